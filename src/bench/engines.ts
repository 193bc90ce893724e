import { create, insertMultiple, search } from '@orama/orama';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';

/** A bare full-text engine over the same chunks the bot searches, for comparison. */
export interface BareEngine {
  readonly name: string;
  build(chunks: readonly string[]): void;
  query(text: string): unknown;
}

/** Orama exactly as published, with its default (English) tokenizer. */
export function oramaDefaults(): BareEngine {
  let database = create({ schema: { text: 'string' } as const });
  return {
    name: 'Orama (defaults)',
    build(chunks) {
      database = create({ schema: { text: 'string' } as const });
      const inserted = insertMultiple(
        database,
        chunks.map((text) => ({ text })),
      );
      if (inserted instanceof Promise) throw new Error('expected a synchronous insert');
    },
    query: (text) => search(database, { term: text, limit: 10 }),
  };
}

export function miniSearch(): BareEngine {
  let index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
  return {
    name: 'MiniSearch',
    build(chunks) {
      index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      index.addAll(chunks.map((text, id) => ({ id, text })));
    },
    query: (text) => index.search(text).slice(0, 10),
  };
}

export function flexSearch(): BareEngine {
  let index = new FlexSearch.Index();
  return {
    name: 'FlexSearch',
    build(chunks) {
      index = new FlexSearch.Index();
      chunks.forEach((text, id) => index.add(id, text));
    },
    query: (text) => index.search(text, 10),
  };
}
