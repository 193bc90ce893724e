import { describe, expect, test } from 'vitest';
import { buildPassageIndex, searchPassages, sentenceWindows, vietnameseTokenizer } from '../../src/search/passages.js';
import { foldedWords } from '../../src/text/words.js';
import { context } from '../answer/context.js';
import { syntheticEntries } from '../../src/bench/synthetic.js';

test('the tokenizer folds Vietnamese, keeps numbers whole, and gives each token once', () => {
  const tokens = vietnameseTokenizer.tokenize('Tỷ lệ hộ nghèo còn 1,28%; hộ nghèo');
  expect(tokens.map((token) => token.slice(0, -1))).toEqual(['ti', 'le', 'ho', 'ngheo', 'con', '1,28']);
  expect(new Set(tokens).size).toBe(tokens.length);
  expect(vietnameseTokenizer.tokenize('Ðồng').map((t) => t.slice(0, -1))).toEqual(['dong']);
});

test('a syllable matches whole syllables only: "hộ" does not find "Hồng"', () => {
  // An article of its own: one paragraph names a person called Hồng, one is about households (hộ).
  const [real] = context.base.entries;
  if (!real) throw new Error('no entry');
  const entry = {
    ...real,
    id: 'hong-test',
    body: 'Bà Hồng ở xã Tân Hồng trồng hoa hồng.\n\nXã đã hỗ trợ 12 hộ làm nhà.',
  };
  const index = buildPassageIndex([entry]);
  const hits = searchPassages(index, { text: 'hộ' });
  expect(hits.map((p) => p.text)).toEqual(['Xã đã hỗ trợ 12 hộ làm nhà.']);
  expect(searchPassages(index, { text: 'hồng' }).map((p) => p.text)).toEqual(['Bà Hồng ở xã Tân Hồng trồng hoa hồng.']);
});

test('search stays within the provinces asked: An Giang is not Kiên Giang or Tiền Giang', () => {
  const hits = searchPassages(context.index, { text: 'khó khăn', provinces: ['Lạng Sơn'], limit: 20 });
  expect(hits.length).toBeGreaterThan(0);
  for (const passage of hits) expect(passage.province).toBe('Lạng Sơn');
  expect(searchPassages(context.index, { text: 'khó khăn', provinces: ['An Giang'] })).toEqual([]);
});

test("passages with the question's exact diacritics rank first", () => {
  const [best] = searchPassages(context.index, { text: 'phần mềm quản lý hộ nghèo', provinces: ['Cần Thơ'] });
  expect(best?.text).toContain('phần mềm hệ thống MIS Posasoft');
});

test('an unaccented query finds the same passage', () => {
  const [best] = searchPassages(context.index, { text: 'phan mem quan ly ho ngheo', provinces: ['Cần Thơ'] });
  expect(best?.text).toContain('MIS Posasoft');
});

test('shards are built on first use only', () => {
  const index = buildPassageIndex(context.base.entries);
  expect(index.shards.size).toBe(0);
  searchPassages(index, { text: 'hộ nghèo', provinces: ['Bắc Kạn'] });
  expect([...index.shards.keys()]).toEqual(['Bắc Kạn']);
});

describe('in a large shard, syllables in over a third of its chunks are left out of the search', () => {
  // Forty synthetic articles filed under one province: a shard of several hundred chunks.
  const entries = syntheticEntries(context.base, 40).map((entry) => ({ ...entry, provinces: ['Cần Thơ'] }));
  const index = buildPassageIndex(entries);

  test('the distinctive words still find their passage', () => {
    const [best] = searchPassages(index, {
      text: 'Cần Thơ rút ra bài học kinh nghiệm gì trong giảm nghèo',
      provinces: ['Cần Thơ'],
    });
    expect(index.shards.get('Cần Thơ')?.passages.size).toBeGreaterThan(200);
    expect(best?.text).toMatch(/bài học kinh nghiệm/i);
  });

  test('every passage found holds a word of the question that is not common to the shard', () => {
    const question = 'Cần Thơ rút ra bài học kinh nghiệm gì trong giảm nghèo';
    const chunks = entries.flatMap((entry) => sentenceWindows(entry.body).map((w) => new Set(foldedWords(w.text))));
    const distinctive = foldedWords(question).filter(
      (word) => chunks.filter((chunk) => chunk.has(word)).length <= chunks.length / 3,
    );
    expect(distinctive.length).toBeLessThan(foldedWords(question).length);
    const hits = searchPassages(index, { text: question, provinces: ['Cần Thơ'], limit: 50 });
    expect(hits.length).toBeGreaterThan(10);
    for (const passage of hits) expect(foldedWords(passage.text).some((word) => distinctive.includes(word))).toBe(true);
  });

  test('a query of common syllables only is searched by its rarest one, and finds something', () => {
    const hits = searchPassages(index, { text: 'giảm nghèo', provinces: ['Cần Thơ'] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((passage) => /giảm|nghèo/i.test(passage.text))).toBe(true);
  });

  test('words the shard does not hold find nothing, rather than everything', () => {
    expect(searchPassages(index, { text: 'zzyzx qwerty', provinces: ['Cần Thơ'] })).toEqual([]);
  });
});

test('a syllable in over 2,000 chunks is never searched alone: too common to single out a passage', () => {
  const entries = syntheticEntries(context.base, 400).map((entry) => ({ ...entry, provinces: ['Cần Thơ'] }));
  const index = buildPassageIndex(entries);
  expect(searchPassages(index, { text: 'nghèo', provinces: ['Cần Thơ'] })).toEqual([]);
  expect(index.shards.get('Cần Thơ')?.passages.size).toBeGreaterThan(2_000);
  const hits = searchPassages(index, { text: 'nghèo phần mềm', provinces: ['Cần Thơ'] });
  expect(hits.length).toBeGreaterThan(0);
  for (const passage of hits) expect(passage.text).toMatch(/phần|mềm/i);
});

describe('built shards stay within a budget of indexed text', () => {
  const size = (province: string) =>
    context.base.entries.filter((entry) => entry.provinces[0] === province).reduce((sum, e) => sum + e.body.length, 0);

  test('the least recently searched shard is dropped first, and rebuilt when searched again', () => {
    const budget = size('Cần Thơ') + size('Lạng Sơn');
    const index = buildPassageIndex(context.base.entries, budget);
    searchPassages(index, { text: 'hộ nghèo', provinces: ['Cần Thơ'] });
    searchPassages(index, { text: 'hộ nghèo', provinces: ['Lạng Sơn'] });
    searchPassages(index, { text: 'hộ nghèo', provinces: ['Cần Thơ'] });
    searchPassages(index, { text: 'hộ nghèo', provinces: ['Bắc Kạn'] });
    expect([...index.shards.keys()]).toEqual(['Cần Thơ', 'Bắc Kạn']);
    const [best] = searchPassages(index, { text: 'phần mềm quản lý hộ nghèo', provinces: ['Cần Thơ'] });
    expect(best?.text).toContain('MIS Posasoft');
  });

  test('over a budget smaller than all the text, a question naming no place is searched where its rarer words are', () => {
    const everything = context.base.entries.reduce((sum, entry) => sum + entry.body.length, 0);
    const index = buildPassageIndex(context.base.entries, everything - 1);
    const [best] = searchPassages(index, { text: 'phần mềm quản lý hộ nghèo' });
    expect(best?.text).toContain('MIS Posasoft');
    expect(index.shards.has('*')).toBe(false);
    expect(index.shards.size).toBeLessThanOrEqual(3);
    expect(searchPassages(index, { text: 'zzyzx qwerty' })).toEqual([]);
  });

  test('a shard larger than the budget is not built: its search finds nothing', () => {
    const index = buildPassageIndex(context.base.entries, size('Cần Thơ') - 1);
    expect(searchPassages(index, { text: 'phần mềm', provinces: ['Cần Thơ'] })).toEqual([]);
    expect(searchPassages(index, { text: 'phần mềm' })).toEqual([]);
    expect(index.shards.size).toBe(0);
  });
});
