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

const schema = { entryId: 'string', province: 'enum', kind: 'enum', text: 'string' } as const;
type PassageDatabase = Orama<typeof schema>;

export interface PassageIndex {
  readonly database: PassageDatabase;
  readonly passages: ReadonlyMap<string, Passage>;
}

/** Chunks every entry into sentence windows and indexes them in memory. */
export function buildPassageIndex(entries: readonly KnowledgeEntry[]): PassageIndex {
  const database = create({ schema, components: { tokenizer: vietnameseTokenizer } });
  const passages = new Map<string, Passage>();
  const titles = new Map(entries.map((entry) => [entry.id, entry.title]));
  for (const entry of entries) {
    const sentences = splitSentences(entry.body);
    sentences.forEach((first, index) => {
      const window = sentences.slice(index, index + windowSize).filter((s) => s.paragraph === first.paragraph);
      const last = window.at(-1) ?? first;
      const text = entry.body.slice(first.start, last.end);
      const id = `${entry.id}#${first.start}`;
      passages.set(id, {
        id,
        entryId: entry.id,
        province: entry.provinces[0] ?? noProvince,
        kind: entry.kind,
        text,
        start: first.start,
        end: last.end,
        paragraph: first.paragraph,
        exact: new Set(splitWords(text).map(exactSyllable)),
      });
    });
  }
  const inserted = insertMultiple(
    database,
    [...passages.values()].map((p) => ({
      id: p.id,
      entryId: p.entryId,
      province: p.province,
      kind: p.kind,
      // A summary's headline says what its one sentence is about; it is searched, not quoted.
      text: p.kind === 'summary' ? `${titles.get(p.entryId) ?? ''}\n${p.text}` : p.text,
    })),
  );
  if (inserted instanceof Promise) throw new Error('the passage index must build synchronously');
  return { database, passages };
}

export interface PassageQuery {
  readonly text: string;
  /** Restrict to these provinces (pre-2025 names). */
  readonly provinces?: readonly string[];
  readonly limit?: number;
}

/**
 * Passages for a query, best first: Orama's BM25 over folded words within the provinces, then the
 * top candidates re-ranked so passages with the question's exact (accented) words come first.
 */
export function searchPassages(index: PassageIndex, query: PassageQuery): Passage[] {
  const results = search(index.database, {
    term: query.text,
    properties: ['text'],
    limit: 50,
    ...(query.provinces ? { where: { province: { in: [...query.provinces] } } } : {}),
  });
  if (results instanceof Promise) throw new Error('passage search must be synchronous');
  const accented = splitWords(query.text).filter((word) => word !== foldSyllable(word));
  const exactWords = accented.map(exactSyllable);
  return results.hits
    .map((hit, rank) => {
      const passage = index.passages.get(hit.id);
      const exactMatches = passage ? exactWords.filter((word) => passage.exact.has(word)).length : 0;
      return { passage, score: hit.score * (1 + exactMatches / Math.max(1, exactWords.length)), rank };
    })
    .filter((item): item is { passage: Passage; score: number; rank: number } => item.passage !== undefined)
    .sort((a, b) => b.score - a.score || a.rank - b.rank)
    .slice(0, query.limit ?? 5)
    .map((item) => item.passage);
}
