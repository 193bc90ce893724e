import { exactSyllable, foldSyllable } from './fold.js';

/** A word of running text: a number kept whole ("1.329", "1,28", "7.943,93") or a run of letters. */
const wordPattern = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu;

/** The words of a text in order, as written (lower case). */
export function splitWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(wordPattern) ?? [];
}

/** Folded words for matching: "Tỷ lệ hộ nghèo" → ["ti", "le", "ho", "ngheo"]. */
export function foldedWords(text: string): string[] {
  return splitWords(text).map(foldSyllable);
}

/** Exact words with the tone as a digit, placement-independent. */
export function exactWords(text: string): string[] {
  return splitWords(text).map(exactSyllable);
}

/** Folded text as one space-separated string, for phrase matching. */
export function foldPhrase(text: string): string {
  return foldedWords(text).join(' ');
}
