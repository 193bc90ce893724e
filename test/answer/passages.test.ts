import { expect, test } from 'vitest';
import { buildPassageIndex, searchPassages, vietnameseTokenizer } from '../../src/answer/passages.js';
import { context } from './context.js';

test('the tokenizer folds Vietnamese, keeps numbers whole, and gives each token once', () => {
  const tokens = vietnameseTokenizer.tokenize('Tỷ lệ hộ nghèo còn 1,28%; hộ nghèo');
  expect(tokens.map((token) => token.slice(0, -1))).toEqual(['ti', 'le', 'ho', 'ngheo', 'con', '1,28']);
  expect(new Set(tokens).size).toBe(tokens.length);
  expect(vietnameseTokenizer.tokenize('Ðồng').map((t) => t.slice(0, -1))).toEqual(['dong']);
});

test('a syllable matches whole syllables only: "hộ" does not find "Hồng"', () => {
  const hits = searchPassages(context.index, { text: 'hồng', provinces: ['Kiên Giang'] });
  expect(hits.every((p) => /hồng/i.test(p.text))).toBe(true);
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
