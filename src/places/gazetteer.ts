import Fuse from 'fuse.js';
import { exactWords, foldedWords, foldPhrase } from '../text/words.js';
import type { PlacesFile } from './schema.js';

/** A place as the question or article named it, resolved to the gazetteer. */
export interface PlaceMention {
  /** Canonical name as the user meant it: a province before or after 2025, or a district's province. */
  readonly name: string;
  /** What was named: a province (before 2025, after it, or both) or a former district. */
  readonly level: 'province' | 'district';
  /** The district's own name when a district was named. */
  readonly district?: string;
  /** Index of the first and one past the last word of the mention in the folded text. */
  readonly start: number;
  readonly end: number;
  /** How it was found: exact lookup of a name or alias, or fuzzy (typos). */
  readonly match: 'exact' | 'fuzzy';
}

interface NameEntry {
  readonly name: string;
  readonly level: 'province' | 'district';
  readonly district?: string;
  readonly commonWord: boolean;
}

export interface Gazetteer {
  readonly resolution: string;
  readonly effective: string;
  /** Pre-2025 provinces by name. */
  readonly before: ReadonlyMap<string, { readonly kind: string; readonly becomes: string }>;
  /** Post-2025 provinces by name, with the pre-2025 provinces merged into each. */
  readonly after: ReadonlyMap<string, { readonly kind: string; readonly formedFrom: readonly string[] }>;
  /** Former districts by name, with their pre-2025 province. */
  readonly districts: ReadonlyMap<string, string>;
  /** Every folded name and alias to what it names. */
  readonly names: ReadonlyMap<string, NameEntry>;
  readonly fuzzy: Fuse<{ readonly key: string; readonly entry: NameEntry }>;
  readonly longestName: number;
  /** Folded word pairs the knowledge uses: a real phrase is not a misspelt name ("lao động" ≠ Lâm Đồng). */
  readonly vocabulary: ReadonlySet<string>;
  /** Folded words of the knowledge: an unaccented word found here is a real word typed without marks. */
  readonly foldedSyllables: ReadonlySet<string>;
  /** Words a name or alias starts with. */
  readonly firstWords: ReadonlySet<string>;
  /** Names and aliases of more than one word, the ones typos are looked for in. */
  readonly multiWordKeys: readonly string[];
  /**
   * The same names by their words' initials ("b t" → "binh thuan", "ben tre"…): a misspelling keeps
   * them, so a sequence of words is compared with the few names sharing its initials, not all of them.
   */
  readonly keysByInitials: ReadonlyMap<string, readonly string[]>;
  /** Every folded word of every name and alias. */
  readonly nameWords: ReadonlySet<string>;
  /** Exact (toned) words known to be spelt right, the knowledge's and the names': a typo has one that is not. */
  readonly syllables: ReadonlySet<string>;
}

/** Builds the lookup tables. Folded forms (without diacritics) are derived here, never typed. */
/** The words and word pairs a body of text uses: real words, never misspelt names. */
export interface CorpusVocabulary {
  /** Folded word pairs ("lao dong"). */
  readonly pairs: ReadonlySet<string>;
  /** Exact (toned) words. */
  readonly exact: ReadonlySet<string>;
  /** Folded words. */
  readonly folded: ReadonlySet<string>;
}

/** Collects the vocabulary of texts one at a time (a large corpus is never joined into one string). */
export function corpusVocabulary(texts: Iterable<string>): CorpusVocabulary {
  const pairs = new Set<string>();
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const text of texts) {
    const words = foldedWords(text);
    words.forEach((word, index) => {
      folded.add(word);
      if (index > 0) pairs.add(`${words[index - 1]} ${word}`);
    });
    for (const word of exactWords(text)) exact.add(word);
  }
  return { pairs, exact, folded };
}

const noVocabulary: CorpusVocabulary = { pairs: new Set(), exact: new Set(), folded: new Set() };

export function createGazetteer(file: PlacesFile, corpus: CorpusVocabulary = noVocabulary): Gazetteer {
  const common = new Set(file.commonWords.map(foldPhrase));
  const names = new Map<string, NameEntry>();
  const add = (written: string, entry: Omit<NameEntry, 'commonWord'>): void => {
    const key = foldPhrase(written);
    const existing = names.get(key);
    // A province's own name wins over an alias or a district of the same spelling.
    if (existing && existing.level === 'province' && entry.level === 'district') return;
    names.set(key, { ...entry, commonWord: common.has(key) });
  };

  const after = new Map<string, { kind: string; formedFrom: string[] }>();
  for (const province of file.after) after.set(province.name, { kind: province.kind, formedFrom: [] });
  const before = new Map<string, { kind: string; becomes: string }>();
  for (const province of file.before) {
    before.set(province.name, { kind: province.kind, becomes: province.becomes });
    after.get(province.becomes)?.formedFrom.push(province.name);
  }
  for (const province of [...file.before, ...file.after])
    add(province.name, { name: province.name, level: 'province' });
  for (const province of file.before) {
    for (const alias of province.aliases) add(alias, { name: province.name, level: 'province' });
  }
  const districts = new Map<string, string>();
  for (const district of file.districts) {
    districts.set(district.name, district.province);
    for (const written of [district.name, ...district.aliases]) {
      add(written, { name: district.province, level: 'district', district: district.name });
    }
  }

  const fuzzyItems = [...names].filter(([key]) => key.includes(' ')).map(([key, entry]) => ({ key, entry }));
  const fuzzy = new Fuse(fuzzyItems, {
    keys: ['key'],
    includeScore: true,
    threshold: 0.4,
    ignoreLocation: true,
  });
  const longestName = Math.max(...[...names.keys()].map((key) => key.split(' ').length));
  const syllables = new Set(corpus.exact);
  for (const written of [...file.before.flatMap((p) => [p.name, ...p.aliases]), ...file.after.map((p) => p.name)]) {
    for (const word of exactWords(written)) syllables.add(word);
  }
  const multiWordKeys = [...names.keys()].filter((key) => key.includes(' '));
  const keysByInitials = new Map<string, string[]>();
  for (const key of multiWordKeys) {
    const initials = initialsOf(key.split(' '));
    keysByInitials.set(initials, [...(keysByInitials.get(initials) ?? []), key]);
  }
  return {
    firstWords: new Set([...names.keys()].map((key) => key.split(' ')[0] ?? '')),
    multiWordKeys,
    keysByInitials,
    foldedSyllables: corpus.folded,
    nameWords: new Set([...names.keys()].flatMap((key) => key.split(' '))),
    vocabulary: corpus.pairs,
    syllables,
    resolution: file.resolution,
    effective: file.effective,
    before,
    after,
    districts,
    names,
    fuzzy,
    longestName,
  };
}

/** Words that announce a place name, so a common-word name after them is a place. */
const placeMarkers = new Set(['tinh', 'thanh pho', 'tp', 'o', 'tai', 'huyen', 'in', 'of', 'province']);
/** Words that never start or end a fuzzy place match: they are too common to be a misspelt name. */
const fuzzyStopWords = new Set(['ho', 'ngheo', 'thoat', 'ti', 'le', 'nam', 'va', 'cua', 'nha', 'o', 'la']);
const fuzzyAcceptScore = 0.35;
const fuzzyMargin = 0.1;

export interface FindPlacesOptions {
  /** Look for misspelt names too (default true); off for scanning the knowledge's own text. */
  readonly fuzzy?: boolean;
  /** More words known to be spelt right (exact forms): the caller's vocabulary, e.g. English cues. */
  readonly knownWords?: ReadonlySet<string>;
  /**
   * At most this many fuse.js searches for misspelt names (each about half a millisecond over the
   * gazetteer); word sequences past them are not read as typos. Unbounded by default, for the
   * knowledge's own pages; a user's message passes a bound, so that hundreds of typo-like words
   * cost no more than a question naming a few places.
   */
  readonly maxFuzzySearches?: number;
}

/**
 * Every place named in a text, in order. Exact lookup of the longest word sequences first (names,
 * aliases, unaccented forms); fuse.js over two- and three-word sequences only where nothing exact was
 * found, accepted only when clearly better than the runner-up (Kiên/Tiền Giang are 0.34 apart).
 * Common-word names (Thái Bình, Hòa Bình) count when capitalised or after a place marker ("tỉnh").
 *
 * Linear in the text: each word starts at most `longestName` lookups, each distinct word sequence is
 * weighed as a typo once, and fuse.js is asked at most `maxFuzzySearches` times.
 */
export function findPlaces(gazetteer: Gazetteer, text: string, options: FindPlacesOptions = {}): PlaceMention[] {
  const words = foldedWords(text);
  const exact = exactWords(text);
  const capitalised = capitalisedNames(gazetteer, text);
  const taken = new Array<boolean>(words.length).fill(false);
  const mentions: PlaceMention[] = [];

  for (let size = Math.min(gazetteer.longestName, words.length); size >= 1; size--) {
    for (let start = 0; start + size <= words.length; start++) {
      // Most words start no name: skip them before building any candidate.
      if (!gazetteer.firstWords.has(words[start] ?? '')) continue;
      if (taken.slice(start, start + size).some(Boolean)) continue;
      const key = words.slice(start, start + size).join(' ');
      const entry = gazetteer.names.get(key);
      if (!entry) continue;
      if (entry.commonWord && !capitalised.has(key) && !placeMarkers.has(precedingMarker(words, start))) continue;
      taken.fill(true, start, start + size);
      mentions.push(toMention(entry, start, start + size, 'exact'));
    }
  }

  if (options.fuzzy === false) return mentions.sort((a, b) => a.start - b.start);
  const misspelt = misspeltNames(gazetteer, options.maxFuzzySearches ?? Number.POSITIVE_INFINITY);
  for (const size of [3, 2]) {
    for (let start = 0; start + size <= words.length; start++) {
      if (taken.slice(start, start + size).some(Boolean)) continue;
      const slice = words.slice(start, start + size);
      if (fuzzyStopWords.has(slice[0] ?? '') || fuzzyStopWords.has(slice.at(-1) ?? '')) continue;
      if (slice.some((word) => /\d/.test(word))) continue;
      // Only a sequence with a word nobody spells that way can be a misspelt name; this also keeps
      // fuse.js, the slow path, off the common case.
      if (
        gazetteer.syllables.size > 0 &&
        slice.every((folded, offset) => {
          // A word typed with its marks is checked as written; one typed without them as folded.
          const written = exact[start + offset] ?? '';
          const known = written === folded ? gazetteer.foldedSyllables.has(folded) : gazetteer.syllables.has(written);
          return known || options.knownWords?.has(written);
        })
      )
        continue;
      const entry = misspelt(slice);
      if (!entry || markedOtherwise(exact.slice(start, start + size), slice, entry.name)) continue;
      taken.fill(true, start, start + size);
      mentions.push(toMention(entry, start, start + size, 'fuzzy'));
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/**
 * A word typed with its marks that spells a word of the name but marks it otherwise is another word,
 * not a typo: "bài giảng" (a lecture) is not "Bắc Giang".
 */
function markedOtherwise(written: readonly string[], folded: readonly string[], name: string): boolean {
  const nameFolded = foldedWords(name);
  const nameExact = exactWords(name);
  return folded.some(
    (word, index) => written[index] !== word && word === nameFolded[index] && written[index] !== nameExact[index],
  );
}

/**
 * The name a sequence of folded words misspells, if any. Each distinct sequence is weighed once (a
 * message repeating a typo costs one search), and fuse.js is asked at most `searches` times in all.
 */
function misspeltNames(gazetteer: Gazetteer, searches: number): (slice: readonly string[]) => NameEntry | null {
  const nearCache = new Map<string, boolean>();
  const decided = new Map<string, NameEntry | null>();
  let left = searches;
  const weigh = (slice: readonly string[], phrase: string): NameEntry | null => {
    // Every word must be a name's word or one typo from one, before fuse.js is asked.
    if (!slice.every((word) => nearNameWord(gazetteer, word, nearCache))) return null;
    // fuse.js ranks the candidates; it is asked only when some name is one typo per word away.
    const candidates = gazetteer.keysByInitials.get(initialsOf(slice)) ?? [];
    if (!candidates.some((key) => plausibleTypo(slice, key))) return null;
    if (left <= 0) return null;
    left -= 1;
    const [best, runnerUp] = gazetteer.fuzzy.search(phrase, { limit: 2 });
    if (!best || (best.score ?? 1) > fuzzyAcceptScore) return null;
    if (best.item.entry.commonWord || !plausibleTypo(slice, best.item.key)) return null;
    if (gazetteer.vocabulary.has(phrase)) return null;
    const sameName = runnerUp && runnerUp.item.entry.name === best.item.entry.name;
    if (runnerUp && !sameName && (runnerUp.score ?? 1) - (best.score ?? 1) < fuzzyMargin) return null;
    return best.item.entry;
  };
  return (slice) => {
    const phrase = slice.join(' ');
    let entry = decided.get(phrase);
    if (entry === undefined) {
      entry = weigh(slice, phrase);
      decided.set(phrase, entry);
    }
    return entry;
  };
}

/** The first letter of each word: "kien giag" → "k g". A misspelt name keeps them (see plausibleTypo). */
function initialsOf(words: readonly string[]): string {
  return words.map((word) => word.charAt(0)).join(' ');
}

/**
 * A misspelt name keeps its word count and initials, and each word is at most one typo away
 * ("kien giag", "bihn thuan"); short words only when the rest is exact, since "co ban" is not "Cao Bằng".
 */
function plausibleTypo(words: readonly string[], name: string): boolean {
  const nameWords = name.split(' ');
  if (nameWords.length !== words.length) return false;
  const differing = nameWords.flatMap((expected, index) => {
    const written = words[index] ?? '';
    return written === expected ? [] : [{ written, expected }];
  });
  return differing.every(({ written, expected }) => {
    if (written[0] !== expected[0] || !isOneEditApart(written, expected)) return false;
    // A short word may be misspelt only when the rest of the name is exact ("lang som", "can thow").
    return Math.min(written.length, expected.length) >= (differing.length === 1 ? 3 : 4);
  });
}

function nearNameWord(gazetteer: Gazetteer, word: string, cache: Map<string, boolean>): boolean {
  let near = cache.get(word);
  if (near === undefined) {
    near = gazetteer.nameWords.has(word) || [...gazetteer.nameWords].some((name) => isOneEditApart(word, name));
    cache.set(word, near);
  }
  return near;
}

/** One insertion, deletion, substitution or swap of neighbours turns `a` into `b`. */
function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

function toMention(entry: NameEntry, start: number, end: number, match: PlaceMention['match']): PlaceMention {
  return {
    name: entry.name,
    level: entry.level,
    ...(entry.district ? { district: entry.district } : {}),
    start,
    end,
    match,
  };
}

function precedingMarker(words: readonly string[], start: number): string {
  const two = words.slice(Math.max(0, start - 2), start).join(' ');
  return placeMarkers.has(two) ? two : (words[start - 1] ?? '');
}

/**
 * The common-word names ("Thái Bình", "Hòa Bình") the text writes capitalised, folded: only they are
 * looked up in this set. A run of capitalised words is read for names of up to `longestName` words,
 * so the cost is linear in the run; every sub-phrase of it, as once built, is cubic ("A " × 2048
 * took 24 s).
 */
function capitalisedNames(gazetteer: Gazetteer, text: string): Set<string> {
  const found = new Set<string>();
  for (const run of text.normalize('NFC').match(/\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*)+/gu) ?? []) {
    const words = foldPhrase(run).split(' ');
    for (let start = 0; start < words.length; start++) {
      if (!gazetteer.firstWords.has(words[start] ?? '')) continue;
      for (let size = 2; size <= gazetteer.longestName && start + size <= words.length; size++) {
        const phrase = words.slice(start, start + size).join(' ');
        if (gazetteer.names.get(phrase)?.commonWord) found.add(phrase);
      }
    }
  }
  return found;
}

/** The pre-2025 provinces whose figures answer for a place: itself, or those merged into it. */
export function coveredProvinces(gazetteer: Gazetteer, name: string): string[] {
  const merged = gazetteer.after.get(name)?.formedFrom ?? [];
  return [...new Set([...(gazetteer.before.has(name) ? [name] : []), ...merged])];
}
