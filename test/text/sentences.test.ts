import { describe, expect, test } from 'vitest';
import { continuesPrevious, sentenceBeforeStart, splitSentences } from '../../src/text/sentences.js';
import { foldedWords } from '../../src/text/words.js';

describe('sentences', () => {
  test('a body splits at sentence ends and paragraphs, each sentence verbatim at its offsets', () => {
    const body = 'Năm 2023, tỉnh giảm 2,76%. Đạt mục tiêu đề ra.\n\nMục tiêu năm 2024 là 3%.';
    const sentences = splitSentences(body);
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      'Năm 2023, tỉnh giảm 2,76%.',
      'Đạt mục tiêu đề ra.',
      'Mục tiêu năm 2024 là 3%.',
    ]);
    for (const sentence of sentences) expect(body.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentences.map((sentence) => sentence.paragraph)).toEqual([0, 0, 1]);
  });

  test('"Trong đó", "Theo đó", "Mục tiêu cụ thể" read on from the sentence before; other openings do not', () => {
    for (const opening of ['Trong đó, theo quyết định số 167 là 6.009 nhà.', 'Mục tiêu cụ thể là giảm 0,2%/năm.'])
      expect(continuesPrevious(foldedWords(opening)), opening).toBe(true);
    expect(continuesPrevious(foldedWords('Trong năm 2024, tỉnh đặt mục tiêu chung là …'))).toBe(false);
  });

  test('the sentence before is found in the same paragraph only', () => {
    const body = 'Đoạn trước.\n\nTỉnh đặt mục tiêu chung là giảm nghèo bền vững. Mục tiêu cụ thể là giảm 0,2%/năm.';
    const specific = body.indexOf('Mục tiêu cụ thể');
    const from = sentenceBeforeStart(body, specific);
    expect(from === null ? null : body.slice(from, specific).trim()).toBe(
      'Tỉnh đặt mục tiêu chung là giảm nghèo bền vững.',
    );
    expect(sentenceBeforeStart(body, body.indexOf('Tỉnh đặt'))).toBeNull();
  });
});
