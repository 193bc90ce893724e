import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { corpusVocabulary, createGazetteer, type Gazetteer } from '../places/gazetteer.js';
import { type PlacesFile, placesFileSchema } from '../places/schema.js';
import { type PolicyNames, policyNamesSchema } from '../policies/schema.js';
import { entryFrontMatterSchema, type KnowledgeEntry } from './entry.js';
import { describeType, listFolder, statType } from './files.js';
import { FrontMatterSyntaxError, splitFrontMatter } from './frontmatter.js';

/** One thing wrong with one knowledge file. */
export interface KnowledgeProblem {
  /** Path relative to the knowledge folder. */
  readonly file: string;
  /** The field at fault (`provinces[1]`), or null when the file as a whole is. */
  readonly field: string | null;
  readonly message: string;
}

/** Thrown when the knowledge folder cannot be loaded whole: nothing is ever half-loaded. */
export class KnowledgeError extends Error {
  override readonly name = 'KnowledgeError';
  constructor(readonly problems: readonly KnowledgeProblem[]) {
    super(
      `the knowledge base has ${problems.length} problem(s):\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
  }
}

export function formatProblem(problem: KnowledgeProblem): string {
  return `${problem.file}${problem.field ? ` → ${problem.field}` : ''}: ${problem.message}`;
}

/** Everything read from `knowledge/`, validated. */
export interface Knowledge {
  readonly entries: readonly KnowledgeEntry[];
  readonly places: PlacesFile;
  readonly gazetteer: Gazetteer;
  /** Names and aliases of the policies no rule can find (knowledge/policies.json). */
  readonly policyNames: PolicyNames;
}

/** Where each kind of entry lives under the knowledge folder. */
export const entryFolders = { article: 'articles', summary: 'summaries' } as const;
export const placesFile = 'places.json';
export const policiesFile = 'policies.json';
export const rawFolder = 'raw';

/**
 * Reads and validates all of `knowledge/`. Collects every problem before failing, so one run shows
 * all that must be fixed; throws {@link KnowledgeError} if there is any.
 */
export async function loadKnowledge(folder: string): Promise<Knowledge> {
  if (!existsSync(folder))
    throw new KnowledgeError([{ file: folder, field: null, message: 'the knowledge folder does not exist' }]);
  const problems: KnowledgeProblem[] = [];
  const places = await readPlaces(folder, problems);
  const policyNames = await readPolicyNames(folder, problems);
  const entries: KnowledgeEntry[] = [];
  for (const [kind, subfolder] of Object.entries(entryFolders)) {
    for (const file of await entryFiles(folder, subfolder, problems)) {
      const bytes = await readKnowledgeFile(folder, file, problems);
      const entry = bytes && parseEntry(file, bytes, problems);
      if (entry && entry.kind !== kind)
        problems.push({
          file,
          field: 'kind',
          message: `"${entry.kind}" entries belong in ${entryFolders[entry.kind]}/`,
        });
      if (entry) entries.push(entry);
    }
  }
  if (entries.length === 0 && problems.length === 0) {
    problems.push({ file: entryFolders.article, field: null, message: 'no knowledge entries (*.md) found' });
  }
  // The knowledge's own words are spelt right: they are never read as a misspelt place name.
  const gazetteer = places ? createGazetteer(places, corpusVocabulary(entries.map((entry) => entry.body))) : null;
  checkReferences(folder, entries, gazetteer, problems);
  if (problems.length > 0 || !places || !gazetteer || !policyNames) throw new KnowledgeError(problems);
  return { entries, places, gazetteer, policyNames };
}

/** Reads only the gazetteer, for tools (ingest) that run before the entries are valid. */
export async function loadGazetteer(folder: string): Promise<Gazetteer> {
  const problems: KnowledgeProblem[] = [];
  const places = await readPlaces(folder, problems);
  if (!places) throw new KnowledgeError(problems);
  return createGazetteer(places);
}

/**
 * The `*.md` files of one entry folder, as paths relative to the knowledge folder. Editors' and
 * hidden files are skipped, and so is a symlink that points nowhere; anything else named `*.md`
 * that is not a regular file (a folder, a pipe) is a problem, and is never opened: a pipe would
 * block start-up until something wrote to it.
 */
async function entryFiles(folder: string, subfolder: string, problems: KnowledgeProblem[]): Promise<string[]> {
  let listed: Awaited<ReturnType<typeof listFolder>>;
  try {
    listed = await listFolder(path.join(folder, subfolder));
  } catch (error) {
    const notFolder = (error as NodeJS.ErrnoException).code === 'ENOTDIR';
    problems.push({ file: subfolder, field: null, message: notFolder ? 'is not a folder' : describeReadError(error) });
    return [];
  }
  const files: string[] = [];
  for (const { name, type } of listed ?? []) {
    if (!name.endsWith('.md') || type === 'missing') continue;
    const file = `${subfolder}/${name}`;
    if (type === 'file') files.push(file);
    else problems.push({ file, field: null, message: `is not a regular file (${describeType(type)})` });
  }
  return files;
}

/** The bytes of one knowledge file, or null with a problem naming it (relative to the folder). */
async function readKnowledgeFile(folder: string, file: string, problems: KnowledgeProblem[]): Promise<Buffer | null> {
  try {
    return await readFile(path.join(folder, file));
  } catch (error) {
    problems.push({ file, field: null, message: describeReadError(error) });
    return null;
  }
}

async function readPlaces(folder: string, problems: KnowledgeProblem[]): Promise<PlacesFile | null> {
  return readJsonFile(folder, placesFile, placesFileSchema, problems);
}

/**
 * The policies' names and aliases. Optional: a knowledge folder without the file has the legal
 * documents that rules find, and no named programmes.
 */
async function readPolicyNames(folder: string, problems: KnowledgeProblem[]): Promise<PolicyNames | null> {
  if (statType(path.join(folder, policiesFile)) === 'missing') return { policies: [] };
  return readJsonFile(folder, policiesFile, policyNamesSchema, problems);
}

/** A JSON file of the knowledge folder, validated; null with its problems (file and field) otherwise. */
async function readJsonFile<T>(
  folder: string,
  file: string,
  schema: z.ZodType<T>,
  problems: KnowledgeProblem[],
): Promise<T | null> {
  const type = statType(path.join(folder, file));
  if (type !== 'file') {
    problems.push({
      file,
      field: null,
      message: type === 'missing' ? 'the file is missing' : `is not a regular file (${describeType(type)})`,
    });
    return null;
  }
  const bytes = await readKnowledgeFile(folder, file, problems);
  if (!bytes) return null;
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    problems.push({ file, field: null, message: describeReadError(error) });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push({ file, field: null, message: `not valid JSON: ${(error as Error).message}` });
    return null;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return null;
  }
  return parsed.data;
}

/** Parses one entry file; records its problems and returns null when it is not usable. */
export function parseEntry(
  file: string,
  bytes: Uint8Array,
  problems: KnowledgeProblem[],
): KnowledgeEntry | null {
  let text: string;
  try {
    text = decodeUtf8(bytes);
  } catch (error) {
    problems.push({ file, field: null, message: describeReadError(error) });
    return null;
  }
  let document: ReturnType<typeof splitFrontMatter>;
  try {
    document = splitFrontMatter(text.normalize('NFC'));
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    problems.push({ file, field: null, message: error.message });
    return null;
  }
  const parsed = entryFrontMatterSchema.safeParse(document.frontMatter);
  if (!parsed.success) {
    problems.push(...zodProblems(file, parsed.error));
    return null;
  }
  if (document.body.trim().length === 0) {
    problems.push({ file, field: 'body', message: 'the body is empty' });
    return null;
  }
  return { ...(parsed.data), file, body: document.body };
}

function checkReferences(
  folder: string,
  entries: readonly KnowledgeEntry[],
  gazetteer: Gazetteer | null,
  problems: KnowledgeProblem[],
): void {
  const ids = new Map<string, string>();
  for (const entry of entries) {
    const first = ids.get(entry.id);
    if (first)
      problems.push({
        file: entry.file,
        field: 'id',
        message: `duplicate id "${entry.id}", already used by ${first}`,
      });
    else ids.set(entry.id, entry.file);
  }
  for (const entry of entries) {
    if (gazetteer) {
      entry.provinces.forEach((name, index) => {
        if (!gazetteer.before.has(name) && name !== nationalScope) {
          problems.push({
            file: entry.file,
            field: `provinces[${index}]`,
            message: `unknown province "${name}" (use a name from ${placesFile}, before 2025)`,
          });
        }
      });
    }
    const source = statType(path.join(folder, rawFolder, entry.source));
    if (source !== 'file') {
      problems.push({
        file: entry.file,
        field: 'source',
        message:
          source === 'missing'
            ? `"${entry.source}" is not in ${rawFolder}/`
            : `${rawFolder}/${entry.source} is not a regular file (${describeType(source)})`,
      });
    }
    if (entry.kind === 'summary' && !(entry.page && ids.has(entry.page))) {
      problems.push({
        file: entry.file,
        field: 'page',
        message: `a summary must name the article whose page showed it; "${entry.page ?? ''}" is not an entry id`,
      });
    }
  }
}

/** The province name national figures are filed under. */
export const nationalScope = 'Việt Nam';

function decodeUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
}

function describeReadError(error: unknown): string {
  if (error instanceof TypeError) return 'not valid UTF-8 text';
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the file is missing';
  if (code === 'EISDIR') return `is not a regular file (${describeType('directory')})`;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (no permission)';
  return `cannot be read (${code ?? (error as Error).message})`;
}

function zodProblems(file: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    file,
    field: issue.path.length > 0 ? formatPath(issue.path) : null,
    message: issue.message,
  }));
}

function formatPath(parts: readonly PropertyKey[]): string {
  return parts
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`))
    .join('');
}
