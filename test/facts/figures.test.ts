import { expect, test } from 'vitest';
import { findFigures } from '../../src/facts/figures.js';
import { indicators } from '../../src/facts/indicators.js';
import { findTimeMentions } from '../../src/facts/periods.js';
import { units } from '../../src/facts/units.js';

const raws = (sentence: string) => findFigures(sentence).map((figure) => figure.raw);

test('a number with its unit as written, even with no space before it', () => {
  expect(raws('với doanh số cho vay 80.591triệu đồng và 6.784 lượt hộ')).toEqual(['80.591triệu đồng', '6.784 lượt hộ']);
});
test('pairs and ranges borrow the unit of their other side', () => {
  const [left, right] = findFigures('giải ngân được 478,93/760,8 tỷ đồng, đạt 62,95% kế hoạch');
  expect(left).toMatchObject({ raw: '478,93', unit: 'tỷ đồng', pair: 'achieved', value: 478.93 });
  expect(right).toMatchObject({ raw: '760,8 tỷ đồng', pair: 'planned' });
  expect(findFigures('bình quân từ 02%-2,5%').map((f) => [f.value, f.range])).toEqual([
    [2, 'low'],
    [2.5, 'high'],
  ]);
});
test('dates, years, decision numbers, durations and levels are not figures', () => {
  expect(
    raws('Quyết định số 353/QĐ-TTg ngày 15/03/2022 giai đoạn 2021-2025 trong 10 năm, 9 tháng, thuộc 4 cấp'),
  ).toEqual([]);
  expect(raws('Nghị quyết số 47-NQ/TU, ngày 09/9/2021; theo quyết định số 167 của Chính phủ là 6.009 nhà')).toEqual([
    '6.009 nhà',
  ]);
  expect(raws('Tính đến tháng 6/2024, đã triển khai đầu tư 54 công trình')).toEqual(['54 công trình']);
});
test('time expressions: points, ranges, dates, baselines and document dates', () => {
  const mentions = findTimeMentions(
    'Tính đến hết ngày 31/5/2024, giảm 0,62% so với cuối năm 2022, giai đoạn 2021-2024',
  );
  expect(mentions.map((m) => [m.to, m.point, m.baseline])).toEqual([
    [2024, 'date', false],
    [2022, 'end', true],
    [2024, null, false],
  ]);
  expect(findTimeMentions('Quyết định số 353/QĐ-TTg ngày 15/03/2022')[0]?.document).toBe(true);
});
test('every indicator counts in known unit kinds and names its default units correctly', () => {
  const kinds = new Set(Object.values(units).map((unit) => unit.kind));
  for (const definition of Object.values(indicators)) {
    for (const kind of definition.kinds) expect(kinds.has(kind)).toBe(true);
    for (const unit of 'units' in definition ? definition.units : []) expect(Object.keys(units)).toContain(unit);
  }
});
test('every indicator has a Vietnamese and an English label', () => {
  for (const definition of Object.values(indicators)) {
    expect(definition.vi.length).toBeGreaterThan(2);
    expect(definition.en).toMatch(/^[\x20-\x7e]+$/);
  }
});
