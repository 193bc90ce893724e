/**
 * Vietnamese text folding: one normal form for reading, one for matching.
 *
 * Users type without tone marks, with old or new tone placement (hoà/hòa) and with i/y variants
 * (tỉ/tỷ); the articles write Đ as the Icelandic Ð (U+00D0) in places. Matching therefore works on
 * folded forms, while the exact form is kept to rank exact matches higher.
 */

/** Letters NFD does not decompose, mapped by hand. Invariant-tested: every target is ASCII. */
export const letterFolds: Readonly<Record<string, string>> = {
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
};

/** Vietnamese tone marks as combining characters (after NFD). Vowel shapes (â, ơ, ư) are not tones. */
export const toneMarks: Readonly<Record<string, string>> = {
  '\u0300': '2', // huyền
  '\u0301': '1', // sắc
  '\u0303': '4', // ngã
  '\u0309': '3', // hỏi
  '\u0323': '5', // nặng
};

const combiningMarks = /[\u0300-\u036f]/g;
const foldableLetters = new RegExp(`[${Object.keys(letterFolds).join('')}]`, 'g');
const toneMarkPattern = new RegExp(`[${Object.keys(toneMarks).join('')}]`, 'g');
const invisible = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
/** A syllable ending in y right after consonants is spelt with i as well (tỷ/tỉ, lý/lí, kỹ/kĩ). */
const finalYAfterConsonant = /(?<=^[bcdghklmnpqrstvx]+)y$/;

/** NFC, invisible characters removed, whitespace collapsed: the form every input is read in. */
export function normalizeText(text: string): string {
  return text.normalize('NFC').replace(invisible, '').replace(/\s+/gu, ' ').trim();
}

/** Lower case with every mark removed and đ/ð mapped to d: "Đắk Lắk" → "dak lak". */
export function foldDiacritics(text: string): string {
  return text
    .normalize('NFD')
    .replace(combiningMarks, '')
    .replace(foldableLetters, (letter) => letterFolds[letter] ?? letter)
    .toLowerCase()
    .normalize('NFC');
}

/** The i/y spelling variants made one: "ty" → "ti" for a whole syllable. */
export function unifyFinalY(syllable: string): string {
  return syllable.replace(finalYAfterConsonant, 'i');
}

/**
 * Syllables fold the same way every time and a language has a few thousand of them: remembered, with
 * a bound so that arbitrary user input cannot grow the cache without limit.
 */
function memoized(fold: (syllable: string) => string): (syllable: string) => string {
  const cache = new Map<string, string>();
  return (syllable) => {
    let folded = cache.get(syllable);
    if (folded === undefined) {
      if (cache.size >= syllableCacheSize) cache.clear();
      folded = fold(syllable);
      cache.set(syllable, folded);
    }
    return folded;
  };
}

const syllableCacheSize = 50_000;

/** One folded syllable as used for matching: no marks, đ→d, i/y unified. */
export const foldSyllable = memoized((syllable) => unifyFinalY(foldDiacritics(syllable)));

/**
 * The exact form of a syllable independent of where the tone mark sits: letters with their vowel
 * shapes, then the tone as a digit ("hoà" and "hòa" → "hoa2"; "tỷ" and "tỉ" → "ti3").
 */
export const exactSyllable = memoized(exactSyllableUncached);

function exactSyllableUncached(syllable: string): string {
  const decomposed = syllable.toLowerCase().normalize('NFD');
  let tone = '';
  const letters = decomposed.replace(toneMarkPattern, (mark) => {
    tone = toneMarks[mark] ?? '';
    return '';
  });
  return unifyFinalY(letters.normalize('NFC').replace(/[ðÐ]/g, 'đ')) + tone;
}
