import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Fact } from '../facts/fact.js';
import { createGazetteer } from '../places/gazetteer.js';
import type { PlacesFile } from '../places/schema.js';
import { indexKnowledge, type KnowledgeBase } from './base.js';
import type { KnowledgeEntry } from './entry.js';
import { KnowledgeError } from './load.js';

/**
 * A snapshot of the built knowledge base: entries, extracted facts and the vocabulary, so a large
 * deployment starts without re-reading and re-extracting every article. Facts are stored without the
 * text they cite (title, quote): it is rebuilt from the entry and the offsets on load.
 */
interface SnapshotFile {
  readonly format: 1;
  readonly digest: string;
  readonly places: PlacesFile;
  readonly entries: readonly KnowledgeEntry[];
  readonly facts: readonly Omit<Fact, 'citation'>[];
  readonly citations: readonly (readonly [entry: number, start: number, end: number])[];
  readonly vocabulary: { readonly pairs: string[]; readonly exact: string[]; readonly folded: string[] };
}

export async function saveSnapshot(base: KnowledgeBase, digest: string, file: string): Promise<number> {
  const entryIndex = new Map(base.entries.map((entry, index) => [entry.id, index]));
  const snapshot: SnapshotFile = {
    format: 1,
    digest,
    places: base.places,
    entries: base.entries,
    facts: base.facts.map(({ citation: _citation, ...fact }) => fact),
    citations: base.facts.map((fact) => [entryIndex.get(fact.citation.entryId) ?? -1, fact.citation.start, fact.citation.end]),
    vocabulary: {
      pairs: [...base.gazetteer.vocabulary],
      exact: [...base.gazetteer.syllables],
      folded: [...base.gazetteer.foldedSyllables],
    },
  };
  const bytes = serialize(snapshot);
  await writeFile(file, bytes);
  return bytes.length;
}

/**
 * Restores a snapshot; returns null when it is missing, of another format, or made from other
 * knowledge files than `digest` describes. A restored base is checked (fact count, cited text).
 */
export async function loadSnapshot(file: string, digest: string): Promise<KnowledgeBase | null> {
  let snapshot: SnapshotFile;
  try {
    snapshot = deserialize(await readFile(file)) as SnapshotFile;
  } catch {
    return null;
  }
  if (snapshot.format !== 1 || snapshot.digest !== digest) return null;
  // The deserialised objects are fresh: each gets its citation in place rather than being copied.
  const facts = snapshot.facts as Fact[];
  facts.forEach((fact, index) => {
    const [entryAt = -1, start = 0, end = 0] = snapshot.citations[index] ?? [];
    const entry = snapshot.entries[entryAt];
    if (!entry) throw new KnowledgeError([{ file, field: 'facts', message: `fact ${index} cites no entry` }]);
    fact.citation = {
      entryId: entry.id,
      kind: entry.kind,
      title: entry.title,
      publisher: entry.publisher,
      published: entry.published,
      quote: entry.body.slice(start, end),
      start,
      end,
    };
  });
  // A sample of the citations is checked against the text: a snapshot out of step with its entries
  // fails here rather than quoting the wrong sentence.
  const broken = facts.find((fact, index) => index % 97 === 0 && !fact.citation.quote.includes(fact.raw));
  if (broken) throw new KnowledgeError([{ file, field: 'facts', message: `fact ${broken.id} no longer matches its quote` }]);
  const gazetteer = createGazetteer(snapshot.places, {
    pairs: new Set(snapshot.vocabulary.pairs),
    exact: new Set(snapshot.vocabulary.exact),
    folded: new Set(snapshot.vocabulary.folded),
  });
  return indexKnowledge({ entries: snapshot.entries, places: snapshot.places, gazetteer }, facts);
}

/** What the knowledge folder holds, by file name, size and modification time: cheap to compute. */
export async function knowledgeDigest(folder: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<void> => {
    for (const name of (await readdir(dir)).sort()) {
      const full = path.join(dir, name);
      const info = await stat(full);
      if (info.isDirectory()) await walk(full);
      else hash.update(`${path.relative(folder, full)}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  await walk(folder);
  return hash.digest('hex');
}
