import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { knowledgeDigest, loadSnapshot, saveSnapshot } from '../../src/knowledge/snapshot.js';
import { context } from '../answer/context.js';
import { knowledgeFolder } from '../helpers.js';

test('a snapshot restores the same facts, quotes and places, and is refused once the knowledge changed', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'snapshot-'));
  const file = path.join(folder, 'knowledge.snapshot');
  const digest = await knowledgeDigest(knowledgeFolder);
  await saveSnapshot(context.base, digest, file);
  const restored = await loadSnapshot(file, digest);
  expect(restored?.facts).toEqual(context.base.facts);
  expect(restored?.provincesWithFacts).toEqual(context.base.provincesWithFacts);
  expect(restored?.gazetteer.vocabulary.size).toBe(context.base.gazetteer.vocabulary.size);
  expect(await loadSnapshot(file, 'another digest')).toBeNull();
  await writeFile(file, 'not a snapshot');
  expect(await loadSnapshot(file, digest)).toBeNull();
  await rm(folder, { recursive: true, force: true });
});
