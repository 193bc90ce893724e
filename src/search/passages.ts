import { create, insertMultiple, type Orama, search } from '@orama/orama';
import type { KnowledgeEntry } from '../knowledge/entry.js';
import { exactSyllable, foldSyllable } from '../text/fold.js';
import { splitSentences } from '../text/sentences.js';
import { splitWords } from '../text/words.js';

/** A window of consecutive sentences of one paragraph, cited like a figure. */
export interface Passage {
  readonly id: string;
  readonly entryId: string;
  readonly province: string;
  readonly kind: 'article' | 'summary';
  readonly text: string;
  /** Offsets of the passage in the entry's body. */
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  /** Exact (tone-keyed) words, to rank passages that match the question's diacritics higher. */
  readonly exact: ReadonlySet<string>;
}

/** Province value for entries that name none, so the enum filter can still select them. */
export const noProvince = '-';
const windowSize = 3;
/** Appended to every token so Orama matches whole syllables, not prefixes ("ho" must not find "hồng"). */
const wholeWord = '\u0001';

/**
 * Vietnamese tokenizer for Orama: folded syllables (no tone marks, đ→d, i/y unified), numbers kept
 * whole ("1,28"), each token once per field, each made whole by a terminator. Orama's own tokenizer
 * splits Vietnamese words at accented letters.
 */
export const vietnameseTokenizer = {
  language: 'vietnamese',
  normalizationCache: new Map<string, string>(),
  tokenize(raw: string): string[] {
    return [...new Set(splitWords(raw).map((word) => foldSyllable(word) + wholeWord))];
  },
};

// Only the text is indexed: a passage's entry and kind are read from the shard's own map by its id.
const schema = { text: 'string' } as const;
type PassageDatabase = Orama<typeof schema>;

interface Shard {
  readonly database: PassageDatabase;
  readonly passages: ReadonlyMap<string, Passage>;
  /** In how many of the shard's chunks each token occurs. */
  readonly chunksWith: ReadonlyMap<string, number>;
}

/**
 * A syllable in more than this share of a shard's chunks is left out of its searches ("nghèo", "giảm"
 * in a province's reports on poverty): its BM25 weight is near nothing, and Orama gathers and scores
 * every chunk holding it (quadratically in its radix tree, see FINDINGS.md).
 */
const commonShare = 1 / 8;
/** Below this many chunks a share says little, and scoring every chunk costs microseconds. */
const commonShareFrom = 200;
/**
 * Nor is a syllable searched that is in more chunks than this, whatever the share: Orama's cost is
 * quadratic in it (one syllable in 17,000 chunks of one shard took over 100 ms).
 */
const commonChunks = 2_000;

/**
 * Passages are indexed per province, each shard built the first time a question needs it: start-up
 * does no indexing, and a search only scores its province's chunks (at ten thousand articles one
 * index over everything scores most of the corpus for common syllables such as "hộ" or "nghèo").
 * Built shards stay within a budget of body text, the least recently searched dropped first: Orama
 * holds about 23 bytes of heap per character indexed (measured at ten thousand articles).
 */
export interface PassageIndex {
  readonly entriesByProvince: ReadonlyMap<string, readonly KnowledgeEntry[]>;
  readonly titles: ReadonlyMap<string, string>;
  /** Built shards, least recently searched first. */
  readonly shards: Map<string, Shard>;
  /** Characters of body text each shard would index. */
  readonly sizes: ReadonlyMap<string, number>;
  /** Characters of body text the built shards may index together. */
  readonly budget: number;
  /** Which provinces' text holds each folded syllable: read once, when first needed (see routedProvinces). */
  readonly routing: { provincesBySyllable: ReadonlyMap<string, ReadonlySet<string>> | null };
}

/** About 180 MB of Orama: every province of a thousand articles, fourteen of ten thousand. */
export const defaultIndexBudget = 8_000_000;

/** The key of the shard over every entry, for questions that name no place. */
const everywhere = '*';

/** Groups entries by province; shards are chunked and indexed on first use. */
export function buildPassageIndex(entries: readonly KnowledgeEntry[], budget = defaultIndexBudget): PassageIndex {
  const entriesByProvince = new Map<string, KnowledgeEntry[]>();
  const sizes = new Map<string, number>();
  for (const entry of entries) {
    for (const key of [entry.provinces[0] ?? noProvince, everywhere]) {
      const list = entriesByProvince.get(key);
      if (list) list.push(entry);
      else entriesByProvince.set(key, [entry]);
      sizes.set(key, (sizes.get(key) ?? 0) + entry.body.length);
    }
  }
  const titles = new Map(entries.map((entry) => [entry.id, entry.title]));
  return { entriesByProvince, titles, shards: new Map(), sizes, budget, routing: { provincesBySyllable: null } };
}

/**
 * The shard of a key, built if need be, dropping the least recently searched ones to stay within
 * the budget. Null for a key with no entries, or too large for the budget (at ten thousand
 * articles, the shard over every province: questions naming no place are routed, see below).
 */
function shard(index: PassageIndex, key: string): Shard | null {
  const existing = index.shards.get(key);
  if (existing) {
    index.shards.delete(key);
    index.shards.set(key, existing);
    return existing;
  }
  const entries = index.entriesByProvince.get(key);
  const size = index.sizes.get(key) ?? 0;
  if (!entries || size > index.budget) return null;
  let used = [...index.shards.keys()].reduce((sum, built) => sum + (index.sizes.get(built) ?? 0), 0);
  for (const [built] of index.shards) {
    if (used + size <= index.budget) break;
    index.shards.delete(built);
    used -= index.sizes.get(built) ?? 0;
  }
  const made = buildShard(entries, index.titles);
  index.shards.set(key, made);
  return made;
}

/** At most this many provinces are searched for a question that names none, over a large knowledge. */
const routedProvinceCount = 3;

/**
 * Where the shard over every province is larger than the budget, a question that names no province
 * is searched in the few provinces whose text holds most of its rarer syllables (each weighted by how
 * few provinces hold it). The syllable-to-province map is read from every entry once, on first use:
 * 1.8 s and 53,000 syllables at ten thousand articles, against 0.8 GB for the shard it replaces.
 */
function routedProvinces(index: PassageIndex, syllables: readonly string[]): string[] {
  const bySyllable = (index.routing.provincesBySyllable ??= provincesBySyllable(index));
  const provinces = [...index.entriesByProvince.keys()].filter((key) => key !== everywhere).length;
  const scores = new Map<string, number>();
  for (const syllable of syllables) {
    const holding = bySyllable.get(syllable);
    if (!holding || holding.size > provinces / 4) continue;
    for (const province of holding)
      scores.set(province, (scores.get(province) ?? 0) + Math.log(provinces / holding.size));
  }
  return [...scores]
    .sort((a, b) => b[1] - a[1])
    .slice(0, routedProvinceCount)
    .map(([province]) => province);
}

function provincesBySyllable(index: PassageIndex): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [province, entries] of index.entriesByProvince) {
    if (province === everywhere) continue;
    for (const entry of entries) {
      for (const word of new Set(splitWords(`${entry.title}\n${entry.body}`))) {
        const syllable = foldSyllable(word);
        const holding = map.get(syllable);
        if (holding) holding.add(province);
        else map.set(syllable, new Set([province]));
      }
    }
  }
  return map;
}

/**
 * The chunks passages are cut into: each paragraph in runs of up to three sentences. They do not
 * overlap: each sentence is indexed once. Overlapping windows, one from every sentence, passed the
 * same evaluations with 1.6 times the index (every province of ten thousand articles: 1.3 GB of
 * Orama against 0.8 GB).
 */
export function sentenceWindows(body: string): { text: string; start: number; end: number; paragraph: number }[] {
  const sentences = splitSentences(body);
  const windows: { text: string; start: number; end: number; paragraph: number }[] = [];
  for (let index = 0; index < sentences.length;) {
    const first = sentences[index];
    if (!first) break;
    const window = sentences.slice(index, index + windowSize).filter((s) => s.paragraph === first.paragraph);
    const end = (window.at(-1) ?? first).end;
    windows.push({ text: body.slice(first.start, end), start: first.start, end, paragraph: first.paragraph });
    index += window.length;
  }
  return windows;
}

function buildShard(entries: readonly KnowledgeEntry[], titles: ReadonlyMap<string, string>): Shard {
  const database = create({ schema, components: { tokenizer: vietnameseTokenizer } });
  const passages = new Map<string, Passage>();
  for (const entry of entries) {
    for (const { text, start, end, paragraph } of sentenceWindows(entry.body)) {
      const id = `${entry.id}#${start}`;
      passages.set(id, {
        id,
        entryId: entry.id,
        province: entry.provinces[0] ?? noProvince,
        kind: entry.kind,
        text,
        start,
        end,
        paragraph,
        exact: new Set(splitWords(text).map(exactSyllable)),
      });
    }
  }
  const documents = [...passages.values()].map((p) => ({
    id: p.id,
    // A summary's headline says what its one sentence is about; it is searched, not quoted.
    text: p.kind === 'summary' ? `${titles.get(p.entryId) ?? ''}\n${p.text}` : p.text,
  }));
  const inserted = insertMultiple(database, documents);
  if (inserted instanceof Promise) throw new Error('the passage index must build synchronously');
  const chunksWith = new Map<string, number>();
  for (const document of documents)
    for (const token of vietnameseTokenizer.tokenize(document.text))
      chunksWith.set(token, (chunksWith.get(token) ?? 0) + 1);
  return { database, passages, chunksWith };
}

export interface PassageQuery {
  readonly text: string;
  /** Restrict to these provinces (pre-2025 names); all entries when absent. */
  readonly provinces?: readonly string[];
  readonly limit?: number;
}

/**
 * Passages for a query, best first: Orama's BM25 over folded words in each province's shard, then
 * the top candidates re-ranked so passages with the question's exact (accented) words come first.
 */
export function searchPassages(index: PassageIndex, query: PassageQuery): Passage[] {
  // The query's words are read once, for every shard searched and the routing.
  const { written, syllables, text } = queryWords(query.text);
  const keys = query.provinces
    ? [...new Set(query.provinces)]
    : (index.sizes.get(everywhere) ?? 0) <= index.budget
      ? [everywhere]
      : routedProvinces(index, syllables);
  const exactWords = written.filter((word) => word !== foldSyllable(word)).map(exactSyllable);
  const scored: { passage: Passage; score: number; rank: number }[] = [];
  for (const key of keys) {
    const found = shard(index, key);
    const term = found && distinctiveTerms(found, syllables, text);
    if (!found || !term) continue;
    const results = search(found.database, { term, properties: ['text'], limit: 50 });
    if (results instanceof Promise) throw new Error('passage search must be synchronous');
    results.hits.forEach((hit, rank) => {
      const passage = found.passages.get(hit.id);
      if (!passage) return;
      const exactMatches = exactWords.filter((word) => passage.exact.has(word)).length;
      scored.push({ passage, score: hit.score * (1 + exactMatches / Math.max(1, exactWords.length)), rank });
    });
  }
  return scored
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .slice(0, query.limit ?? 5)
    .map((item) => item.passage);
}

/**
 * Distinct syllables a query is searched for at most. The questions of the eval sets send up to 25
 * (a question's content words, its topic's cue words and, for difficulties, their synonyms); Orama's
 * cost grows with each (800 distinct words took 130 ms over every province of a thousand articles,
 * 64 take 10 ms), so a message of hundreds of distinct words is searched for its first 64.
 */
export const maxQuerySyllables = 64;

/** A query's words as written, its distinct folded syllables and its text, cut to `maxQuerySyllables`. */
function queryWords(text: string): { written: string[]; syllables: string[]; text: string } {
  const written = splitWords(text);
  const folded = written.map(foldSyllable);
  const syllables = [...new Set(folded)];
  if (syllables.length <= maxQuerySyllables) return { written, syllables, text };
  const searched = syllables.slice(0, maxQuerySyllables);
  const kept = new Set(searched);
  return {
    written: written.filter((_, position) => kept.has(folded[position] ?? '')),
    syllables: searched,
    text: searched.join(' '),
  };
}

/**
 * The query's syllables the shard holds, less those common to it; if all are common, the rarest one
 * unless even that is in over `commonChunks` chunks. Null when nothing is left to search for.
 */
function distinctiveTerms(found: Shard, words: readonly string[], text: string): string | null {
  if (found.passages.size < commonShareFrom) return text;
  const frequency = (word: string) => found.chunksWith.get(word + wholeWord) ?? 0;
  const held = words.filter((word) => frequency(word) > 0);
  const limit = Math.min(found.passages.size * commonShare, commonChunks);
  const distinctive = held.filter((word) => frequency(word) <= limit);
  if (distinctive.length > 0) return distinctive.join(' ');
  const [rarest] = held.sort((a, b) => frequency(a) - frequency(b));
  return rarest && frequency(rarest) <= commonChunks ? rarest : null;
}
