import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { ignoredNames, isIgnoredName } from '../../src/knowledge/files.js';
import { knowledgeFolder } from '../helpers.js';

test('each ignored-name pattern skips its own examples', () => {
  for (const { pattern, examples } of ignoredNames) {
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) expect(pattern.test(example), `${String(pattern)} on ${example}`).toBe(true);
  }
});

test('no file of the shipped knowledge has an ignored name', async () => {
  const names = await readdir(knowledgeFolder, { recursive: true });
  expect(names.length).toBeGreaterThan(20);
  for (const name of names) expect(isIgnoredName(path.basename(name)), name).toBe(false);
});

test('ordinary names that look like editor files are not skipped', () => {
  for (const name of ['kien-giang.md', 'swp.md', 'tmp.md', '49130.md', 'a#b.md', 'places.json'])
    expect(isIgnoredName(name), name).toBe(false);
});
