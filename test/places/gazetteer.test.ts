import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { coveredProvinces, createGazetteer, findPlaces } from '../../src/places/gazetteer.js';
import { placesFileSchema } from '../../src/places/schema.js';
import { foldPhrase } from '../../src/text/words.js';
import { knowledgeFolder } from '../helpers.js';

const places = placesFileSchema.parse(JSON.parse(readFileSync(path.join(knowledgeFolder, 'places.json'), 'utf8')));
const gazetteer = createGazetteer(places);
const named = (text: string) => findPlaces(gazetteer, text).map((place) => place.name);

describe('the gazetteer data', () => {
  test('has the 63 provinces before 1 July 2025 and the 34 after it', () => {
    expect(places.before).toHaveLength(63);
    expect(places.after).toHaveLength(34);
    expect(places.before.filter((p) => p.kind === 'thành phố')).toHaveLength(6);
    expect(places.after.filter((p) => p.kind === 'thành phố')).toHaveLength(6);
  });
  test('maps every old province to exactly one new one, and every new one has an old one', () => {
    const after = new Set(places.after.map((p) => p.name));
    for (const province of places.before) expect(after.has(province.becomes)).toBe(true);
    for (const province of places.after)
      expect(gazetteer.after.get(province.name)?.formedFrom.length).toBeGreaterThan(0);
    const formed = [...gazetteer.after.values()].flatMap((p) => p.formedFrom);
    expect(formed.sort()).toEqual(places.before.map((p) => p.name).sort());
  });
  test('every name and alias resolves to one place unless marked as a common word', () => {
    const owners = new Map<string, Set<string>>();
    const claim = (written: string, owner: string) => {
      const key = foldPhrase(written);
      owners.set(key, (owners.get(key) ?? new Set()).add(owner));
    };
    for (const p of places.before) for (const written of [p.name, ...p.aliases]) claim(written, p.name);
    for (const p of places.after) claim(p.name, p.name);
    for (const d of places.districts) for (const written of [d.name, ...d.aliases]) claim(written, `huyện ${d.name}`);
    const common = new Set(places.commonWords.map(foldPhrase));
    const ambiguous = [...owners].filter(([key, names]) => names.size > 1 && !common.has(key));
    expect(ambiguous).toEqual([]);
  });
  test('aliases are variants, not unaccented copies (those are derived)', () => {
    for (const p of places.before) {
      for (const alias of p.aliases) expect(alias === foldPhrase(p.name)).toBe(false);
    }
  });
});

describe('findPlaces', () => {
  test.each([
    ['Tỷ lệ hộ nghèo Kiên Giang', ['Kiên Giang']],
    ['ty le ho ngheo kien giang', ['Kiên Giang']],
    ['kien giag ho ngheo', ['Kiên Giang']],
    ['Kiêng Giang', ['Kiên Giang']],
    ['bihn thuan vay von', ['Bình Thuận']],
    ['bac can', ['Bắc Kạn']],
    ['Bắc Cạn năm 2023', ['Bắc Kạn']],
    ['TP.HCM có bao nhiêu hộ nghèo', ['Hồ Chí Minh']],
    ['tphcm', ['Hồ Chí Minh']],
    ['Sài Gòn', ['Hồ Chí Minh']],
    ['so sánh Lạng Sơn và Bắc Kạn', ['Lạng Sơn', 'Bắc Kạn']],
    ['TP Cần Thơ', ['Cần Thơ']],
    ['huyện Pác Nặm', ['Bắc Kạn']],
    ['An Giang', ['An Giang']],
    ['Thanh Hoá', ['Thanh Hóa']],
    // Initials people type for a province, where no other province shares them.
    ['năm 2023 LS có bao nhiêu hộ nghèo', ['Lạng Sơn']],
    ['BK thực hiện bao nhiêu dự án', ['Bắc Kạn']],
  ])('%s → %j', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  test('keeps false friends apart: Bình Thuận, Bình Định, Thái Bình, Ninh Thuận', () => {
    expect(named('binh dinh')).toEqual(['Bình Định']);
    expect(named('ninh thuan')).toEqual(['Ninh Thuận']);
    expect(named('Thái Bình')).toEqual(['Thái Bình']);
    expect(named('binh thuan')).toEqual(['Bình Thuận']);
  });

  test('reads a common word as a place only when written as a name or after a place marker', () => {
    expect(named('cuộc sống hòa bình')).toEqual([]);
    expect(named('tỉnh hoà bình')).toEqual(['Hòa Bình']);
    expect(named('Hòa Bình')).toEqual(['Hòa Bình']);
  });

  test("a word typed with other marks than a name's is another word, not a typo of it", () => {
    expect(named('Mình đang soạn bài giảng về giảm nghèo')).toEqual([]);
    expect(named('Kiêng Giang')).toEqual(['Kiên Giang']);
  });
  test('does not read ordinary poverty words as places', () => {
    expect(named('tỷ lệ hộ nghèo và hộ cận nghèo năm 2023 là bao nhiêu')).toEqual([]);
    expect(named('what is the poverty rate')).toEqual([]);
  });

  test('a district names its province and itself', () => {
    const [mention] = findPlaces(gazetteer, 'Đầm Hà cho vay bao nhiêu');
    expect(mention).toMatchObject({ name: 'Quảng Ninh', level: 'district', district: 'Đầm Hà' });
  });
});

test('a merged province covers the old provinces inside it', () => {
  expect(coveredProvinces(gazetteer, 'An Giang').sort()).toEqual(['An Giang', 'Kiên Giang']);
  expect(coveredProvinces(gazetteer, 'Lâm Đồng').sort()).toEqual(['Bình Thuận', 'Lâm Đồng', 'Đắk Nông'].sort());
  expect(coveredProvinces(gazetteer, 'Kiên Giang')).toEqual(['Kiên Giang']);
});

test('ordinary phrases that look like a name are not places', () => {
  expect(named('cơ bản được đảm bảo kịp thời theo định mức')).toEqual([]);
  expect(named('bài học trong công tác giảm nghèo')).toEqual([]);
});

describe('findPlaces on long texts', () => {
  test('finds a common-word name inside a run of capitalised words longer than any name', () => {
    expect(named('Ở Tỉnh Thái Bình Năm 2023 Tỷ Lệ Hộ Nghèo Là Bao Nhiêu')).toEqual(['Thái Bình']);
    expect(named(`${'A '.repeat(2000)}Hòa Bình`)).toEqual(['Hòa Bình']);
    expect(named(`Cuộc Sống Hòa Bình ${'Ấm No '.repeat(500)}`)).toEqual(['Hòa Bình']);
  });

  test('weighs a repeated typo once and asks fuse.js at most maxFuzzySearches times', () => {
    const repeated = findPlaces(gazetteer, 'kien giag '.repeat(300), { maxFuzzySearches: 1 });
    expect(repeated).toHaveLength(300);
    expect(repeated.every((place) => place.name === 'Kiên Giang' && place.match === 'fuzzy')).toBe(true);
    expect(findPlaces(gazetteer, 'kien giag và bihn thuan', { maxFuzzySearches: 1 }).map((p) => p.name)).toEqual([
      'Kiên Giang',
    ]);
    expect(named('kien giag và bihn thuan')).toEqual(['Kiên Giang', 'Bình Thuận']);
  });
});
