import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Fact } from '../facts/fact.js';
import { createGazetteer } from '../places/gazetteer.js';
import type { PlacesFile } from '../places/schema.js';
import type { PolicyNames } from '../policies/schema.js';
import { indexKnowledge, type KnowledgeBase } from './base.js';
import type { KnowledgeEntry } from './entry.js';
import { listFolderSync } from './files.js';
import { decodeFacts, encodeFacts, type FactTable } from './fact-table.js';
import { KnowledgeError } from './load.js';

/**
 * The snapshot layout: bumped whenever facts gain or change a field (3: level, vintage, kind, part;
 * 4: the policies' names),
 * so a snapshot written by older code is refused and rebuilt instead of restoring facts without them.
 */
export const snapshotFormat = 4;

/**
 * A snapshot of the built knowledge base: entries, extracted facts (by column, see FactTable) and
 * the vocabulary, so a large deployment starts without re-reading and re-extracting every article.
 * Plain data that structured clone and `v8.serialize` copy as is: also the form in which the build
 * worker hands its result to the main thread.
 */
export interface SnapshotFile {
  readonly format: typeof snapshotFormat;
  readonly digest: string;
  readonly places: PlacesFile;
  readonly policyNames: PolicyNames;
  readonly entries: readonly KnowledgeEntry[];
  readonly facts: FactTable;
  readonly vocabulary: { readonly pairs: string[]; readonly exact: string[]; readonly folded: string[] };
}

/** The knowledge base as plain data: what is extracted is kept, what is only indexed is dropped. */
export function packKnowledgeBase(base: KnowledgeBase, digest: string): SnapshotFile {
  return {
    format: snapshotFormat,
    digest,
    places: base.places,
    policyNames: base.policyNames,
    entries: base.entries,
    facts: encodeFacts(base.facts, base.entries),
    vocabulary: {
      pairs: [...base.gazetteer.vocabulary],
      exact: [...base.gazetteer.syllables],
      folded: [...base.gazetteer.foldedSyllables],
    },
  };
}

/**
 * The knowledge base back from {@link packKnowledgeBase}: facts decoded, gazetteer and lookup maps
 * rebuilt (no reading, no extraction). `origin` names where the data came from in a problem.
 * `pause` runs between the steps (each a few hundred ms at ten thousand articles): a caller that
 * serves chats meanwhile lets the event loop turn there.
 */
export async function unpackKnowledgeBase(
  snapshot: SnapshotFile,
  origin: string,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<KnowledgeBase> {
  let facts: Fact[];
  try {
    facts = decodeFacts(snapshot.facts, snapshot.entries);
  } catch (error) {
    throw new KnowledgeError([{ file: origin, field: 'facts', message: (error as Error).message }]);
  }
  // A sample of the citations is checked against the text: a snapshot out of step with its entries
  // fails here rather than quoting the wrong sentence.
  const broken = facts.find((fact, index) => index % 97 === 0 && !fact.citation.quote.includes(fact.raw));
  if (broken)
    throw new KnowledgeError([
      { file: origin, field: 'facts', message: `fact ${broken.id} no longer matches its quote` },
    ]);
  await pause();
  const gazetteer = createGazetteer(snapshot.places, {
    pairs: new Set(snapshot.vocabulary.pairs),
    exact: new Set(snapshot.vocabulary.exact),
    folded: new Set(snapshot.vocabulary.folded),
  });
  await pause();
  return indexKnowledge(
    { entries: snapshot.entries, places: snapshot.places, gazetteer, policyNames: snapshot.policyNames },
    facts,
  );
}

export async function saveSnapshot(base: KnowledgeBase, digest: string, file: string): Promise<number> {
  const bytes = serialize(packKnowledgeBase(base, digest));
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
  if (snapshot.format !== snapshotFormat || snapshot.digest !== digest) return null;
  return unpackKnowledgeBase(snapshot, file);
}

/**
 * What the knowledge folder holds, by file name, size and modification time: cheap to compute. Read
 * synchronously: at ten thousand files one stat after another through the thread pool takes half a
 * second, in a loop of sync calls a twentieth of that, and nothing else runs during start-up.
 * Editors' and hidden files are left out (`ignoredNames` in files.ts), and so is a symlink that points
 * nowhere; a pipe or device is counted by name only, never opened.
 */
export function knowledgeDigest(folder: string): string {
  const hash = createHash('sha256');
  // Folders already walked, by device and inode: a symlink to a parent folder is walked once.
  const walked = new Set<string>();
  const walk = (dir: string): void => {
    const info = statSync(dir);
    const id = `${info.dev}:${info.ino}`;
    if (walked.has(id)) return;
    walked.add(id);
    for (const { name, type } of listFolderSync(dir)) {
      const full = path.join(dir, name);
      if (type === 'directory') walk(full);
      else if (type === 'file') {
        // Gone since the listing (an editor saving by renaming): as if it had not been listed.
        const file = statSync(full, { throwIfNoEntry: false });
        if (file) hash.update(`${path.relative(folder, full)}\0${file.size}\0${file.mtimeMs}\n`);
      } else if (type === 'other') hash.update(`${path.relative(folder, full)}\0${type}\n`);
    }
  };
  walk(folder);
  return hash.digest('hex');
}
