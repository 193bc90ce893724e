import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { loadAnswerContext } from '../../src/knowledge/runtime.js';
import { context } from '../answer/context.js';
import { copyKnowledge, knowledgeFolder } from '../helpers.js';

const article = 'articles/lang-son-no-luc-but-pha-de-giam.md';
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

/** A copy of the knowledge whose article's body is repeated to about `bytes` (a very long page). */
async function knowledgeWithLongArticle(bytes: number): Promise<string> {
  const folder = await copyKnowledge();
  folders.push(folder);
  const file = path.join(folder, article);
  const text = await readFile(file, 'utf8');
  const bodyAt = text.indexOf('\n---\n', 4) + 5;
  const body = text.slice(bodyAt);
  const times = Math.ceil(bytes / Buffer.byteLength(body));
  await writeFile(file, text.slice(0, bodyAt) + Array.from({ length: times }, () => body).join('\n\n'));
  return folder;
}

test('the knowledge built in a worker is the one built here', async () => {
  const { base } = await loadAnswerContext(knowledgeFolder, { offThread: true });
  expect(base.entries).toEqual(context.base.entries);
  expect(base.facts).toEqual(context.base.facts);
  expect(base.provincesWithFacts).toEqual(context.base.provincesWithFacts);
  expect(base.gazetteer.vocabulary.size).toBe(context.base.gazetteer.vocabulary.size);
});

test('while a large folder is built for /reload, the event loop keeps ticking', async () => {
  const folder = await knowledgeWithLongArticle(2_000_000);
  let last = performance.now();
  let longestGap = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  const { base } = await loadAnswerContext(folder, { offThread: true });
  const buildMs = performance.now() - started;
  clearInterval(ticker);
  // A build that blocked until now left no tick after it: its gap ends here.
  longestGap = Math.max(longestGap, performance.now() - last);
  console.log(
    `off-thread build with a 2 MB article: ${buildMs.toFixed(0)} ms; longest event-loop gap ${longestGap.toFixed(0)} ms; ${base.facts.length} facts`,
  );
  expect(base.facts.length).toBeGreaterThan(5 * context.base.facts.length);
  // Built here, the event loop would stop for the whole build; a worker leaves it the unpacking.
  expect(longestGap).toBeLessThan(buildMs / 4);
});

test('a broken folder gives the KnowledgeError the loader gives, naming file and field', async () => {
  const folder = await copyKnowledge();
  folders.push(folder);
  const file = path.join(folder, article);
  await writeFile(file, (await readFile(file, 'utf8')).replace(/^published: .*$/m, 'published: 2024-13-45'));
  const here = await loadKnowledge(folder).catch((error: unknown) => error);
  const there = await loadAnswerContext(folder, { offThread: true }).catch((error: unknown) => error);
  expect(there).toBeInstanceOf(KnowledgeError);
  expect((there as KnowledgeError).problems).toEqual((here as KnowledgeError).problems);
  expect((there as KnowledgeError).problems).toContainEqual(expect.objectContaining({ file: article, field: 'published' }));
  expect((there as KnowledgeError).message).toContain(`${article} → published`);
});

test('a shutdown signal rejects the reload at once, without waiting for the build', async () => {
  const folder = await knowledgeWithLongArticle(2_000_000);
  const stopping = new AbortController();
  const reload = loadAnswerContext(folder, { offThread: true, signal: stopping.signal });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const abortedAt = performance.now();
  stopping.abort(new Error('stopping'));
  await expect(reload).rejects.toThrow('stopping');
  expect(performance.now() - abortedAt).toBeLessThan(100);
});
