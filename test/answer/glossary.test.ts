import { expect, test } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { englishToVietnamese } from '../../src/answer/glossary.js';
import { foldedWords } from '../../src/text/words.js';
import { context } from './context.js';

test('each English entry is one lower-case word, and its Vietnamese is written with diacritics', () => {
  for (const [english, vietnamese] of Object.entries(englishToVietnamese)) {
    expect(english).toMatch(/^[a-z]+$/);
    expect(vietnamese.trim()).not.toBe('');
    // Written as the articles write it: folding changes it.
    expect(foldedWords(vietnamese).join(' ')).not.toBe(vietnamese);
  }
});

test('an English question on how a province works finds the Vietnamese passage through the glossary', () => {
  const result = answer('What software does Can Tho use to keep its data?', context);
  expect(result.passages[0]?.text).toMatch(/phần mềm/);
});

test('an English question on what a province plans next finds the Vietnamese passage that says it', () => {
  const result = answer('What will Binh Thuan focus on in the upcoming period?', context);
  expect(result.passages[0]?.text).toMatch(/thời gian tới, tỉnh sẽ tập trung/);
});
