import { describe, expect, test } from 'vitest';
import {
  exactSyllable,
  foldDiacritics,
  foldSyllable,
  letterFolds,
  normalizeText,
  toneMarks,
} from '../../src/text/fold.js';
import { exactWords, foldedWords } from '../../src/text/words.js';

describe('folding table', () => {
  test('every hand-mapped letter folds to ASCII', () => {
    for (const target of Object.values(letterFolds)) expect(target).toMatch(/^[a-z]$/);
  });
  test('every tone mark is a combining character with its own digit', () => {
    const digits = Object.values(toneMarks);
    expect(new Set(digits).size).toBe(digits.length);
    for (const mark of Object.keys(toneMarks)) expect(mark).toMatch(/^[\u0300-\u036f]$/);
  });
});

describe('foldDiacritics', () => {
  test('strips tone marks and vowel shapes, and maps đ, Đ and the Icelandic Ð to d', () => {
    expect(foldDiacritics('Đắk Lắk')).toBe('dak lak');
    expect(foldDiacritics('Ðặc biệt')).toBe('dac biet');
    expect(foldDiacritics('ðồng')).toBe('dong');
    expect(foldDiacritics('Nghệ An')).toBe('nghe an');
  });
  test('folds text the same whatever its Unicode normal form', () => {
    expect(foldDiacritics('Bắc Kạn'.normalize('NFD'))).toBe(foldDiacritics('Bắc Kạn'));
  });
  test('every Vietnamese letter folds to ASCII', () => {
    const letters = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
    expect(foldDiacritics(letters + letters.toUpperCase())).toMatch(/^[a-z]+$/);
  });
});

describe('matching forms', () => {
  test('old and new tone placement match, folded and exact', () => {
    expect(foldSyllable('hoà')).toBe(foldSyllable('hòa'));
    expect(exactSyllable('hoà')).toBe(exactSyllable('hòa'));
    expect(exactSyllable('thuỷ')).toBe(exactSyllable('thủy'));
  });
  test('i/y spellings after a consonant match (tỉ/tỷ, lí/lý) but diphthongs keep their y', () => {
    expect(foldSyllable('tỷ')).toBe(foldSyllable('tỉ'));
    expect(exactSyllable('tỷ')).toBe(exactSyllable('tỉ'));
    expect(foldSyllable('lý')).toBe('li');
    expect(foldSyllable('quy')).toBe('quy');
    expect(foldSyllable('tay')).toBe('tay');
  });
  test('the exact form keeps tones apart that folding merges', () => {
    expect(foldSyllable('số')).toBe(foldSyllable('sở'));
    expect(exactSyllable('số')).not.toBe(exactSyllable('sở'));
  });
  test('numbers stay whole as words', () => {
    expect(foldedWords('Tỷ lệ hộ nghèo còn 1,28% và 51.020 triệu đồng')).toEqual([
      'ti',
      'le',
      'ho',
      'ngheo',
      'con',
      '1,28',
      'va',
      '51.020',
      'trieu',
      'dong',
    ]);
    expect(exactWords('đồng')).toEqual(['đông2']);
  });
});

test('normalizeText removes invisible characters and collapses whitespace', () => {
  expect(normalizeText(' Kiên\u200b  Giang\u202e\n hộ nghèo ')).toBe('Kiên Giang hộ nghèo');
  expect(normalizeText('hoà'.normalize('NFD'))).toBe('hoà'.normalize('NFC'));
});
