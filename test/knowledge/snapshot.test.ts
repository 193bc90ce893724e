import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { expect, test } from 'vitest';
import { knowledgeDigest, loadSnapshot, saveSnapshot, snapshotFormat } from '../../src/knowledge/snapshot.js';
import { decodeFacts, encodeFacts } from '../../src/knowledge/fact-table.js';
import { context } from '../answer/context.js';
import { knowledgeFolder } from '../helpers.js';

test('a snapshot restores the same facts, quotes and places, and is refused once the knowledge changed', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'snapshot-'));
  const file = path.join(folder, 'knowledge.snapshot');
  const digest = knowledgeDigest(knowledgeFolder);
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

test('facts are stored by column: shared values once, and a fact that cites no entry is refused', () => {
  const table = encodeFacts(context.base.facts, context.base.entries);
  expect(table.count).toBe(context.base.facts.length);
  expect(table.fields.indicator.distinct.length).toBeLessThan(60);
  const restored = decodeFacts(table, context.base.entries);
  expect(restored).toEqual(context.base.facts);
  // Repeated periods are one object, not one per fact.
  const periods = new Set(restored.map((fact) => fact.period).filter(Boolean));
  expect(periods.size).toBe(table.fields.period.distinct.filter(Boolean).length);
  table.entry[0] = context.base.entries.length;
  expect(() => decodeFacts(table, context.base.entries)).toThrow(/fact 0 cites no entry/);
});

test('a snapshot of an older format (facts without their qualifiers) is refused, so it is rebuilt', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'snapshot-'));
  const file = path.join(folder, 'knowledge.snapshot');
  const digest = knowledgeDigest(knowledgeFolder);
  await saveSnapshot(context.base, digest, file);
  const current = deserialize(await readFile(file)) as { format: number };
  await writeFile(file, serialize({ ...current, format: snapshotFormat - 1 }));
  expect(await loadSnapshot(file, digest)).toBeNull();
  await rm(folder, { recursive: true, force: true });
});
