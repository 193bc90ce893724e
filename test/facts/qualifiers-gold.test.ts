import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from 'vitest';
import { z } from 'zod';
import {
  evaluateFacts,
  evaluateQualifiers,
  goldFactSchema,
  goldQualifierSchema,
  qualifierFields,
} from '../../src/facts/evaluate.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { knowledgeFolder } from '../helpers.js';

const fixture = (name: string) => path.resolve(knowledgeFolder, '../test/fixtures', name);

test('districts, level, vintage, kind and part agree with the gold qualifiers at 95% or more', async () => {
  const gold = z.array(goldFactSchema).parse(JSON.parse(await readFile(fixture('gold-facts.json'), 'utf8')));
  const goldQualifiers = z
    .array(goldQualifierSchema)
    .parse(JSON.parse(await readFile(fixture('gold-qualifiers.json'), 'utf8')));
  const base = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));
  const { byField } = evaluateQualifiers(goldQualifiers, evaluateFacts(gold, base.facts, base.entries));
  for (const field of qualifierFields) {
    // Every field has gold values to be measured against, and the rules predict some.
    expect(byField[field].gold, field).toBeGreaterThan(0);
    expect(byField[field].precision, `${field} precision`).toBeGreaterThanOrEqual(0.95);
    expect(byField[field].recall, `${field} recall`).toBeGreaterThanOrEqual(0.95);
  }
});
