import type { Dirent, Stats } from 'node:fs';
import { readdirSync, statSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Names in the knowledge folder that are never knowledge, whatever their extension. Editors and the
 * system leave them beside the files people edit — often as dangling symlinks (emacs' lock file is a
 * symlink to `user@host.pid`) or half-written copies — and one of them must never stop start-up,
 * nor be read as an article because its name ends in `.md`.
 */
export const ignoredNames: readonly { readonly pattern: RegExp; readonly why: string; readonly examples: readonly string[] }[] = [
  {
    pattern: /^\./,
    why: 'hidden: .DS_Store, .git, vim swap files, emacs lock files (symlinks to user@host.pid)',
    examples: ['.DS_Store', '.#kien-giang.md', '.kien-giang.md.swp'],
  },
  { pattern: /~$/, why: 'backup copy (emacs, gedit, nano)', examples: ['kien-giang.md~'] },
  { pattern: /^#.*#$/, why: 'emacs auto-save', examples: ['#kien-giang.md#'] },
  {
    pattern: /\.sw[a-px]$/,
    why: 'vim swap file (.swp, then .swo, .swn, ...; .swx while probing)',
    examples: ['kien-giang.md.swp', 'x.swo', 'x.swx'],
  },
  { pattern: /\.tmp$/, why: 'temporary of a tool that saves by renaming', examples: ['kien-giang.md.tmp'] },
  { pattern: /^4913$/, why: 'vim checks the folder is writable by creating this file', examples: ['4913'] },
];

export function isIgnoredName(name: string): boolean {
  return ignoredNames.some(({ pattern }) => pattern.test(name));
}

/** What a folder entry is, symlinks followed; a symlink that points nowhere is `missing`. */
export type EntryType = 'file' | 'directory' | 'other' | 'missing';

/** One entry of a listed folder that is not an editor's or hidden file. */
export interface FolderEntry {
  readonly name: string;
  readonly type: EntryType;
}

/**
 * The entries of `dir`, sorted by name, without ignored names; null when the folder does not exist.
 * Types come from the listing itself: only symlinks cost a `stat`, so a large folder is not
 * stat'ed file by file.
 */
export async function listFolder(dir: string): Promise<FolderEntry[] | null> {
  let dirents: Dirent[];
  try {
    dirents = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const entries: FolderEntry[] = [];
  for (const dirent of sortByName(dirents)) {
    if (isIgnoredName(dirent.name)) continue;
    const type = dirent.isSymbolicLink() ? typeOf(await stat(path.join(dir, dirent.name)).catch(() => null)) : typeOf(dirent);
    entries.push({ name: dirent.name, type });
  }
  return entries;
}

/** {@link listFolder}, synchronously (the digest's walk). */
export function listFolderSync(dir: string): FolderEntry[] {
  const entries: FolderEntry[] = [];
  for (const dirent of sortByName(readdirSync(dir, { withFileTypes: true }))) {
    if (isIgnoredName(dirent.name)) continue;
    entries.push({ name: dirent.name, type: dirent.isSymbolicLink() ? statType(path.join(dir, dirent.name)) : typeOf(dirent) });
  }
  return entries;
}

/** The type of whatever `file` names, symlinks followed; never opens it (a FIFO would block). */
export function statType(file: string): EntryType {
  try {
    return typeOf(statSync(file, { throwIfNoEntry: false }) ?? null);
  } catch {
    // ELOOP (a symlink to itself), EACCES on a parent: nothing that can be read.
    return 'missing';
  }
}

function typeOf(info: Dirent | Stats | null): EntryType {
  if (!info) return 'missing';
  if (info.isFile()) return 'file';
  if (info.isDirectory()) return 'directory';
  return 'other';
}

/** Byte order, as the digest always had it (not the locale's). */
function sortByName(dirents: Dirent[]): Dirent[] {
  return dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** The words a "not a regular file" problem uses for what was found instead. */
export function describeType(type: EntryType): string {
  return type === 'directory' ? 'a folder' : type === 'missing' ? 'a link that points nowhere' : 'a pipe, socket or device';
}
