import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Fact } from '../facts/fact.js';
import { createGazetteer } from '../places/gazetteer.js';
import type { PlacesFile } from '../places/schema.js';
import { indexKnowledge, type KnowledgeBase } from './base.js';
import type { KnowledgeEntry } from './entry.js';
import { decodeFacts, encodeFacts, type FactTable } from './fact-table.js';
import { KnowledgeError } from './load.js';

/**
 * A snapshot of the built knowledge base: entries, extracted facts (by column, see FactTable) and
 * the vocabulary, so a large deployment starts without re-reading and re-extracting every article.
 */
interface SnapshotFile {
  readonly format: 2;
  readonly digest: string;
  readonly places: PlacesFile;
  readonly entries: readonly KnowledgeEntry[];
  readonly facts: FactTable;
  readonly vocabulary: { readonly pairs: string[]; readonly exact: string[]; readonly folded: string[] };
}

export async function saveSnapshot(base: KnowledgeBase, digest: string, file: string): Promise<number> {
  const snapshot: SnapshotFile = {
    format: 2,
    digest,
    places: base.places,
    entries: base.entries,
    facts: encodeFacts(base.facts, base.entries),
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
 * knowledge files than `digest` describes. A restored base is checked (cited text).
 */
export async function loadSnapshot(file: string, digest: string): Promise<KnowledgeBase | null> {
  let snapshot: SnapshotFile;
  try {
    snapshot = deserialize(await readFile(file)) as SnapshotFile;
  } catch {
    return null;
  }
  if (snapshot.format !== 2 || snapshot.digest !== digest) return null;
  let facts: Fact[];
  try {
    facts = decodeFacts(snapshot.facts, snapshot.entries);
  } catch (error) {
    throw new KnowledgeError([{ file, field: 'facts', message: (error as Error).message }]);
  }
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

/**
 * What the knowledge folder holds, by file name, size and modification time: cheap to compute. Read
 * synchronously: at ten thousand files one stat after another through the thread pool takes half a
 * second, in a loop of sync calls a twentieth of that, and nothing else runs during start-up.
 */
export function knowledgeDigest(folder: string): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else hash.update(`${path.relative(folder, full)}\0${info.size}\0${info.mtimeMs}\n`);
    }
  };
  walk(folder);
  return hash.digest('hex');
}
