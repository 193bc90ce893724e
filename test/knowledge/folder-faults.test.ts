import { execFileSync } from 'node:child_process';
import { closeSync, constants, openSync } from 'node:fs';
import { mkdir, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { loadAnswerContext } from '../../src/knowledge/runtime.js';
import { knowledgeDigest } from '../../src/knowledge/snapshot.js';
import { copyKnowledge } from '../helpers.js';

/** Longer than a start-up on the shipped knowledge takes; a hang fails instead of blocking the run. */
const hangAfterMs = 5_000;

const folders: string[] = [];
/** Pipes made by a test: opened for writing afterwards, which frees a read that hung on one. */
const pipes: string[] = [];

afterEach(async () => {
  for (const pipe of pipes.splice(0)) {
    try {
      closeSync(openSync(pipe, constants.O_WRONLY | constants.O_NONBLOCK));
    } catch {
      // ENXIO: nobody was reading it.
    }
  }
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

async function knowledgeWith(change: (folder: string) => Promise<void> | void): Promise<string> {
  const folder = await copyKnowledge();
  folders.push(folder);
  await change(folder);
  return folder;
}

function within<T>(what: string, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} hung for ${hangAfterMs} ms`)), hangAfterMs);
  });
  return Promise.race([work(), hang]).finally(() => clearTimeout(timer));
}

/** Start-up as the bot does it: the digest (snapshot check), the loader, the answering context. */
async function startUp(folder: string): Promise<{ entries: number }> {
  knowledgeDigest(folder);
  const knowledge = await within('loadKnowledge', () => loadKnowledge(folder));
  await within('loadAnswerContext', () =>
    loadAnswerContext(folder, { snapshot: path.join(folder, 'no.snapshot') }),
  );
  return { entries: knowledge.entries.length };
}

/** The problems start-up fails with; the test fails if start-up succeeds or fails otherwise. */
async function startUpProblems(folder: string) {
  const error = await startUp(folder).then(
    () => new Error('start-up succeeded'),
    (error: unknown) => error,
  );
  if (!(error instanceof KnowledgeError)) throw error;
  return error.problems;
}

const mkfifo = (file: string) => {
  execFileSync('mkfifo', [file]);
  pipes.push(file);
};
const hasMkfifo = process.platform !== 'win32';

describe('editor and system files in the knowledge folder do not stop start-up', () => {
  test.each([
    ['a dangling symlink in raw/ (emacs lock file)', 'raw/.#000_fe6f241720c91208.txt'],
    ['a dangling symlink in articles/ (emacs lock file)', 'articles/.#kien-giang-quan-tam-thuc-hien-cong-tac.md'],
    ['a dangling symlink named *.md in articles/', 'articles/moved-away.md'],
    ['a dangling symlink in summaries/', 'summaries/.#phu-yen-than-toc-giam-ho-ngheo.md'],
  ])('%s', async (_name, file) => {
    const folder = await knowledgeWith((f) => symlink('user@host.12345:1700000000', path.join(f, file)));
    expect(await startUp(folder)).toEqual({ entries: 15 });
  });

  test.each([
    ['a vim swap file', 'articles/.kien-giang-quan-tam-thuc-hien-cong-tac.md.swp'],
    ['a vim swap file that is not hidden', 'articles/kien-giang.md.swo'],
    ['an emacs auto-save file', 'articles/#kien-giang.md#'],
    ['a backup copy', 'articles/kien-giang.md~'],
    ['a half-written temporary', 'articles/kien-giang.md.tmp'],
    ["vim's write probe", 'articles/4913'],
    ['a hidden file ending in .md', 'articles/.draft.md'],
  ])('%s (not valid as an article) is not read', async (_name, file) => {
    const folder = await knowledgeWith((f) => writeFile(path.join(f, file), Buffer.from([0x62, 0x30, 0xff, 0x00])));
    expect(await startUp(folder)).toEqual({ entries: 15 });
  });

  test('a symlink to an article kept elsewhere is followed', async () => {
    const article = 'articles/kien-giang-quan-tam-thuc-hien-cong-tac.md';
    const folder = await knowledgeWith(async (f) => {
      await mkdir(path.join(f, 'elsewhere'));
      await rename(path.join(f, article), path.join(f, 'elsewhere/kien-giang.md'));
      await symlink('../elsewhere/kien-giang.md', path.join(f, article));
    });
    expect(await startUp(folder)).toEqual({ entries: 15 });
  });

  test('a symlink loop in raw/ does not stop the digest', async () => {
    const folder = await knowledgeWith(async (f) => {
      await symlink('.', path.join(f, 'raw/again'));
      await symlink('itself', path.join(f, 'raw/itself'));
    });
    expect(await startUp(folder)).toEqual({ entries: 15 });
  });
});

describe('something named *.md that is not a regular file is a problem naming it, never a hang', () => {
  test('a folder named x.md', async () => {
    const folder = await knowledgeWith((f) => mkdir(path.join(f, 'articles/x.md')));
    expect(await startUpProblems(folder)).toEqual([
      { file: 'articles/x.md', field: null, message: 'is not a regular file (a folder)' },
    ]);
  });

  test.skipIf(!hasMkfifo)('a pipe (FIFO) named x.md', async () => {
    const folder = await knowledgeWith((f) => mkfifo(path.join(f, 'summaries/x.md')));
    expect(await startUpProblems(folder)).toEqual([
      { file: 'summaries/x.md', field: null, message: 'is not a regular file (a pipe, socket or device)' },
    ]);
  });

  test.skipIf(!hasMkfifo)('a pipe as places.json', async () => {
    const folder = await knowledgeWith(async (f) => {
      await rm(path.join(f, 'places.json'));
      mkfifo(path.join(f, 'places.json'));
    });
    expect(await startUpProblems(folder)).toEqual([
      { file: 'places.json', field: null, message: 'is not a regular file (a pipe, socket or device)' },
    ]);
  });

  test('a folder where an article cites its raw page', async () => {
    const folder = await knowledgeWith(async (f) => {
      await rm(path.join(f, 'raw/000_fe6f241720c91208.txt'));
      await mkdir(path.join(f, 'raw/000_fe6f241720c91208.txt'));
    });
    const problems = await startUpProblems(folder);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'source' });
    expect(problems[0]?.message).toContain('raw/000_fe6f241720c91208.txt is not a regular file');
  });

  test('articles/ that is a file, not a folder', async () => {
    const folder = await knowledgeWith(async (f) => {
      await rm(path.join(f, 'articles'), { recursive: true });
      await writeFile(path.join(f, 'articles'), '');
    });
    expect(await startUpProblems(folder)).toContainEqual({ file: 'articles', field: null, message: 'is not a folder' });
  });
});
