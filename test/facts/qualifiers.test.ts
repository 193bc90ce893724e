import { describe, expect, test } from 'vitest';
import type { Fact } from '../../src/facts/fact.js';
import { qualifierLabels } from '../../src/facts/labels.js';
import {
  decisionCues,
  kindCues,
  kindNonCues,
  kindValues,
  levelCues,
  levels,
  partCues,
  vintageCues,
} from '../../src/facts/qualifiers.js';
import { foldPhrase } from '../../src/text/words.js';
import { factsOf } from './invented.js';

/** Folded cue → the values that claim it, for a table of value → cues. */
function claims(table: readonly (readonly [string, readonly string[]])[]): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const [value, cues] of table) {
    for (const cue of cues) {
      const folded = foldPhrase(cue);
      owners.set(folded, (owners.get(folded) ?? new Set()).add(value));
    }
  }
  return owners;
}

const shared = (owners: Map<string, Set<string>>) =>
  [...owners].filter(([, values]) => values.size > 1).map(([cue, values]) => `${cue}: ${[...values].join(', ')}`);

describe('the cue tables', () => {
  test('no cue names two levels once folded', () => {
    expect(shared(claims(Object.entries(levelCues).map(([level, { cues }]) => [level, cues])))).toEqual([]);
  });
  test('no cue names two kinds, and no kind cue is also a phrase that names none', () => {
    const table: [string, readonly string[]][] = [
      ...Object.entries(kindCues).map(([kind, { cues }]): [string, readonly string[]] => [kind, cues]),
      ['(none)', kindNonCues],
      ['(decision)', decisionCues.words],
    ];
    expect(shared(claims(table))).toEqual([]);
  });
  test('part markers, total raisers and non-cues are distinct, and so are the capital cues', () => {
    expect(
      shared(
        claims([
          ['marker', partCues.markers],
          ['raises', partCues.raisesTotal],
          ['none', partCues.none],
        ]),
      ),
    ).toEqual([]);
    expect(
      shared(
        claims([
          ['capital', vintageCues.capital],
          ['carried', vintageCues.carried],
          ['including', vintageCues.including],
        ]),
      ),
    ).toEqual([]);
  });
  test('every value has a Vietnamese and an English label, each distinct within its field', () => {
    const fields: Record<string, readonly { vi: string; en: string }[]> = {
      level: levels.map((level) => levelCues[level]),
      kind: [...kindValues.map((kind) => kindCues[kind]), decisionCues.labels],
      vintage: Object.values(vintageCues.labels),
      part: Object.values(partCues.labels),
    };
    for (const [field, labels] of Object.entries(fields)) {
      for (const label of labels) {
        expect(label.vi.trim(), field).not.toBe('');
        expect(label.en.trim(), field).not.toBe('');
      }
      expect(new Set(labels.map((label) => label.vi)).size, field).toBe(labels.length);
      expect(new Set(labels.map((label) => label.en)).size, field).toBe(labels.length);
    }
  });
  test('every level and kind has cues, each with words', () => {
    for (const { cues } of [...Object.values(levelCues), ...Object.values(kindCues)]) {
      expect(cues.length).toBeGreaterThan(0);
      for (const cue of cues) expect(foldPhrase(cue)).not.toBe('');
    }
  });
});

// Sentences below are invented for the tests: none is taken from the articles.

const pick = (facts: readonly Fact[], ...fields: (keyof Fact)[]) =>
  facts.map((fact) => [fact.raw, ...fields.map((field) => fact[field])]);

describe('level', () => {
  test('the nearest level before a figure, all levels for the whole, and the longest cue', () => {
    const facts = factsOf(
      'Năm 2023, Quỹ Vì người nghèo các cấp huy động được 40 tỷ đồng, trong đó cấp tỉnh 12 tỷ đồng, cấp huyện, xã 28 tỷ đồng.',
    );
    expect(pick(facts, 'level', 'part')).toEqual([
      ['40 tỷ đồng', 'all_levels', 'total'],
      ['12 tỷ đồng', 'province', 'part'],
      ['28 tỷ đồng', 'district_commune', 'part'],
    ]);
  });
  test('a level after a figure describes it, not the figure after the comma', () => {
    expect(pick(factsOf('Tỉnh có 8 đơn vị hành chính cấp huyện, 150 xã, phường.'), 'level')).toEqual([
      ['8 đơn vị hành chính', 'district'],
      ['150 xã', null],
    ]);
    expect(pick(factsOf('Có 20 mô hình được cấp xã triển khai.'), 'level')).toEqual([['20 mô hình', 'commune']]);
  });
  test('a level inside a closed bracket says nothing after it', () => {
    expect(pick(factsOf('Ban chỉ đạo (cấp tỉnh) đã hỗ trợ 300 hộ nghèo.'), 'level')).toEqual([['300 hộ', null]]);
  });
});

describe('vintage', () => {
  test('a year of capital, carried over, and included in a later year', () => {
    const facts = factsOf(
      'Giải ngân vốn năm 2024 (kể cả vốn năm 2023 kéo dài sang năm 2024) đạt 30 tỷ đồng/50 tỷ đồng. Trong đó, nguồn vốn năm 2023 kéo dài sang năm 2024 giải ngân 10 tỷ đồng; nguồn vốn năm 2024 giải ngân 20 tỷ đồng.',
    );
    expect(pick(facts, 'vintage')).toEqual([
      ['30 tỷ đồng', '2024_with_carried'],
      ['50 tỷ đồng', '2024_with_carried'],
      ['10 tỷ đồng', '2023_carried'],
      ['20 tỷ đồng', '2024'],
    ]);
  });
  test('a clause opening with a year goes on listing capital by year', () => {
    expect(pick(factsOf('Vốn được giao năm 2021 là 12 tỷ đồng; năm 2022 là 15 tỷ đồng.'), 'vintage')).toEqual([
      ['12 tỷ đồng', '2021'],
      ['15 tỷ đồng', '2022'],
    ]);
  });
  test('only funding figures have one', () => {
    expect(pick(factsOf('Năm 2023 ngân hàng cho vay vốn năm 2023 đến 500 hộ nghèo.'), 'vintage')).toEqual([
      ['500 hộ', null],
    ]);
  });
});

describe('kind', () => {
  test('built and repaired, and both at once is neither', () => {
    expect(pick(factsOf('Đã xây mới 45 căn nhà và sửa chữa 12 căn nhà cho hộ nghèo.'), 'kind')).toEqual([
      ['45 căn', 'new_construction'],
      ['12 căn', 'maintenance'],
    ]);
    expect(pick(factsOf('Hoàn thành xây mới, sửa chữa 80 nhà ở cho hộ khó khăn.'), 'kind')).toEqual([['80 nhà', null]]);
    expect(pick(factsOf('Năm nay có 14 công trình nông thôn mới.'), 'kind')).toEqual([['14 công trình', null]]);
  });
  test("the figure's own words win over the verb before it", () => {
    expect(pick(factsOf('Huyện đầu tư 9 công trình nâng cấp; duy tu 4 công trình.'), 'kind')).toEqual([
      ['9 công trình', 'maintenance'],
      ['4 công trình', 'maintenance'],
    ]);
    // Works are invested in when maintained too: "đầu tư" alone says neither.
    expect(pick(factsOf('Tỉnh đã đầu tư 20 công trình; đầu tư nâng cấp 6 công trình.'), 'kind')).toEqual([
      ['20 công trình', null],
      ['6 công trình', 'maintenance'],
    ]);
  });
  test('value chain and community projects, with their total', () => {
    expect(
      pick(
        factsOf('Triển khai 40 dự án, trong đó 10 dự án liên kết chuỗi giá trị và 30 dự án cộng đồng.'),
        'kind',
        'part',
      ),
    ).toEqual([
      ['40 dự án', null, 'total'],
      ['10 dự án', 'value_chain', 'part'],
      ['30 dự án', 'community', 'part'],
    ]);
  });
  test('jobs in the province, outside it and abroad', () => {
    const facts = factsOf(
      'Tạo việc làm cho 9.000 lao động, trong đó trong tỉnh 6.000 lao động, ngoài tỉnh 2.500 lao động, đi làm việc ở nước ngoài 500 lao động.',
    );
    expect(pick(facts, 'kind', 'part')).toEqual([
      ['9.000 lao động', null, 'total'],
      ['6.000 lao động', 'in_province', 'part'],
      ['2.500 lao động', 'out_of_province', 'part'],
      ['500 lao động', 'abroad', 'part'],
    ]);
    expect(pick(factsOf('Nhà hảo tâm trong và ngoài tỉnh giúp 70 lao động.'), 'kind')).toEqual([['70 lao động', null]]);
  });
  test('the decision a figure is counted under', () => {
    expect(pick(factsOf('Theo Quyết định số 22 là 410 nhà; theo Quyết định 48/QĐ-TTg là 95 nhà.'), 'kind')).toEqual([
      ['410 nhà', 'decision:22'],
      ['95 nhà', 'decision:48'],
    ]);
  });
});

describe('part', () => {
  test('only a total stated in the same sentence has parts: "Trong đó" opening a sentence makes none', () => {
    const facts = factsOf('Năm 2023 toàn tỉnh hỗ trợ 900 căn nhà. Trong đó, xây mới 600 căn, sửa chữa 300 căn.');
    expect(pick(facts, 'part', 'kind')).toEqual([
      ['900 căn', null, null],
      ['600 căn', null, 'new_construction'],
      ['300 căn', null, 'maintenance'],
    ]);
  });
  test('a rate is a part of a total rate only where both are given', () => {
    const facts = factsOf(
      'Năm 2024 kế hoạch giao vốn 40 tỷ đồng, đạt 90%, trong đó vốn sự nghiệp 25 tỷ đồng, vốn đầu tư 15 tỷ đồng, đạt 95%.',
    );
    expect(pick(facts, 'part')).toEqual([
      ['40 tỷ đồng', 'total'],
      ['90%', 'total'],
      ['25 tỷ đồng', 'part'],
      ['15 tỷ đồng', 'part'],
      ['95%', 'part'],
    ]);
    expect(pick(factsOf('Cho vay 300 hộ, đạt 110% kế hoạch, trong đó 120 hộ cận nghèo.'), 'part')).toEqual([
      ['300 hộ', 'total'],
      ['110%', null],
      ['120 hộ', 'part'],
    ]);
  });
  test("a whole's rate and a sub-group's rate in one sentence", () => {
    const facts = factsOf(
      'Năm 2022, tỷ lệ hộ nghèo giảm còn 8,1%; tỷ lệ hộ nghèo dân tộc thiểu số giảm còn 12,4%. Tỷ lệ hộ nghèo ở các huyện nghèo còn 30%.',
    );
    expect(pick(facts, 'part')).toEqual([
      ['8,1%', 'total'],
      ['12,4%', 'part'],
      ['30%', null],
    ]);
  });
  test('"A/B" of counted things is A of all B, and what a sentence adds is part of the total it raises', () => {
    expect(pick(factsOf('Có 7/10 xã tổ chức đối thoại chính sách.'), 'part')).toEqual([
      ['7', 'part'],
      ['10 xã', 'total'],
    ]);
    expect(pick(factsOf('Đã cấp 900/1.000 thẻ BHYT, đạt 90% kế hoạch.'), 'part')).toEqual([
      ['900', null],
      ['1.000 thẻ', null],
      ['90%', null],
    ]);
    expect(pick(factsOf('Năm nay có thêm 3 xã về đích, nâng tổng số xã đạt chuẩn lên 12 xã.'), 'part')).toEqual([
      ['3 xã', 'part'],
      ['12 xã', 'total'],
    ]);
  });
  test('"bao gồm" makes parts only of figures counted in the same unit', () => {
    expect(pick(factsOf('Hỗ trợ 500 hộ, bao gồm 200 hộ nghèo và 300 hộ cận nghèo.'), 'part')).toEqual([
      ['500 hộ', 'total'],
      ['200 hộ', 'part'],
      ['300 hộ', 'part'],
    ]);
    expect(pick(factsOf('Đầu tư 12 công trình (bao gồm 300 hộ hưởng lợi).'), 'part')).toEqual([
      ['12 công trình', null],
      ['300 hộ', null],
    ]);
  });
});

describe('districts', () => {
  test('a count of districts takes the districts named after it when as many are named', () => {
    expect(pick(factsOf('Năm 2024 có 2 huyện được hỗ trợ đặc biệt là Bình Gia và Văn Quan.'), 'districts')).toEqual([
      ['2 huyện', ['Bình Gia', 'Văn Quan']],
    ]);
    expect(pick(factsOf('Năm 2024 có 3 huyện được hỗ trợ đặc biệt, gồm Bình Gia và Văn Quan.'), 'districts')).toEqual([
      ['3 huyện', []],
    ]);
  });
});

describe('subject', () => {
  test('a group named before "với" owns the households and people counted after it', () => {
    const facts = factsOf('Huyện có 12 dân tộc, trong đó dân tộc thiểu số với hơn 3.000 hộ/14.000 khẩu.');
    expect(pick(facts, 'subject')).toEqual([
      ['12 dân tộc', null],
      ['3.000 hộ', 'hộ dân tộc thiểu số'],
      ['14.000 khẩu', 'hộ dân tộc thiểu số'],
    ]);
  });
  test('pupils are counted by their unit', () => {
    expect(pick(factsOf('Miễn học phí cho 2.500 lượt em trong năm học.'), 'subject')).toEqual([
      ['2.500 lượt em', 'học sinh'],
    ]);
  });
});

describe('qualifier labels', () => {
  const none = { level: null, districts: [], vintage: null, kind: null, part: null } as const;
  test('one short label per meaning, in Vietnamese and English', () => {
    expect(qualifierLabels({ ...none, level: 'province' }, 'vi')).toEqual(['cấp tỉnh']);
    expect(qualifierLabels({ ...none, vintage: '2022_carried', part: 'part' }, 'vi')).toEqual([
      'vốn 2022 kéo dài sang 2023',
      'trong đó',
    ]);
    expect(qualifierLabels({ ...none, vintage: '2023_with_carried', part: 'total' }, 'vi')).toEqual([
      'gồm cả vốn 2022 kéo dài',
      'tổng',
    ]);
    expect(qualifierLabels({ ...none, districts: ['Ngân Sơn'] }, 'vi')).toEqual(['huyện Ngân Sơn']);
    expect(qualifierLabels({ ...none, kind: 'new_construction' }, 'vi')).toEqual(['đầu tư mới']);
    expect(qualifierLabels({ ...none, kind: 'decision:167' }, 'en')).toEqual(['under Decision 167']);
    expect(qualifierLabels({ ...none, vintage: '2023', level: 'district_commune' }, 'en')).toEqual([
      'district and commune levels',
      '2023 capital',
    ]);
    expect(qualifierLabels(none, 'en')).toEqual([]);
  });
});
