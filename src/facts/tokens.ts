import { foldSyllable } from '../text/fold.js';

/** A folded word of a sentence, or the punctuation that bounds clauses, with its position. */
export interface Token {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

const tokenPattern = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|[;()]/gu;

/** Folded tokens of a text with positions in it: "Hộ cận nghèo còn 12.203 hộ;" → ho, can, ngheo, ... */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(tokenPattern)].map((m) => ({
    word: foldSyllable(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

const phraseCache = new Map<string, string[]>();

/** A phrase as folded words, for matching against tokens. Cue phrases are few: each is folded once. */
export function phraseWords(phrase: string): string[] {
  let words = phraseCache.get(phrase);
  if (!words) {
    words = [...phrase.matchAll(tokenPattern)].map((m) => foldSyllable(m[0]));
    if (phraseCache.size < 10_000) phraseCache.set(phrase, words);
  }
  return words;
}

/** Indexes where `phrase` starts in `tokens`. */
export function findPhrase(tokens: readonly Token[], phrase: readonly string[]): number[] {
  const starts: number[] = [];
  for (let index = 0; index + phrase.length <= tokens.length; index++) {
    if (phrase.every((word, offset) => tokens[index + offset]?.word === word)) starts.push(index);
  }
  return starts;
}
