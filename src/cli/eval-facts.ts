/**
 * `npm run eval:facts`: extracted facts against the hand-made gold annotation, and their qualifiers
 * (districts, level, vintage, kind, part) against the gold qualifiers when that file is there.
 */
import './io.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import {
  evaluateFacts,
  evaluateQualifiers,
  goldFactSchema,
  goldQualifierSchema,
  type Score,
} from '../facts/evaluate.js';
import { buildKnowledgeBase } from '../knowledge/base.js';
import { loadKnowledge } from '../knowledge/load.js';
import { knowledgeFolder } from './paths.js';

const goldFile = path.resolve(knowledgeFolder, '../test/fixtures/gold-facts.json');
const gold = z.array(goldFactSchema).parse(JSON.parse(await readFile(goldFile, 'utf8')));
const base = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));
const result = evaluateFacts(gold, base.facts, base.entries);

const percent = (n: number) => `${(n * 100).toFixed(1)}%`;
const row = (score: Score) => ({
  gold: score.expected,
  extracted: score.found,
  matched: score.matched,
  precision: percent(score.precision),
  recall: percent(score.recall),
});
console.log(
  `Overall: precision ${percent(result.overall.precision)}, recall ${percent(result.overall.recall)} (${result.overall.matched} of ${result.overall.expected} gold, ${result.overall.found} extracted)`,
);
console.log(
  `Agreement on matched figures: indicator ${percent(result.agreement.indicator)}, year ${percent(result.agreement.year)}, status ${percent(result.agreement.status)}`,
);
console.log('\nBy entry');
console.table(Object.fromEntries([...result.byEntry].map(([id, score]) => [id, row(score)])));
console.log('By indicator (a figure counts only when its indicator agrees)');
console.table(
  Object.fromEntries(
    [...result.byIndicator].sort(([a], [b]) => a.localeCompare(b)).map(([id, score]) => [id, row(score)]),
  ),
);
console.log(`\nMisses (${result.misses.length}):`);
for (const miss of result.misses)
  console.log(`  ${miss.source} ${miss.raw} [${miss.indicator}] «${miss.sentence.slice(0, 90)}»`);
console.log(`False facts (${result.falseFacts.length}):`);
for (const fact of result.falseFacts)
  console.log(`  ${fact.citation.entryId} ${fact.raw} [${fact.indicator}] «${fact.citation.quote.slice(0, 90)}»`);
console.log(`Disagreements (${result.disagreements.length}):`);
for (const { gold: g, fact, fields } of result.disagreements) {
  console.log(
    `  ${fact.raw} ${fields.map((f) => `${f}: gold ${f === 'year' ? g.year : f === 'status' ? g.status : g.indicator} ≠ ${f === 'year' ? fact.period?.to : f === 'status' ? fact.status : fact.indicator}`).join('; ')}  «${fact.citation.quote.slice(0, 60)}»`,
  );
}

const qualifiersFile = path.resolve(knowledgeFolder, '../test/fixtures/gold-qualifiers.json');
const goldQualifiers = await readFile(qualifiersFile, 'utf8').then(
  (text) => z.array(goldQualifierSchema).parse(JSON.parse(text)),
  (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  },
);
if (!goldQualifiers) {
  console.log('\nNo gold qualifiers (test/fixtures/gold-qualifiers.json): qualifiers not measured.');
} else {
  const qualifiers = evaluateQualifiers(goldQualifiers, result);
  console.log('\nQualifiers (a value counts as a prediction when non-null or non-empty)');
  console.table(
    Object.fromEntries(
      Object.entries(qualifiers.byField).map(([field, score]) => [
        field,
        {
          gold: score.gold,
          predicted: score.predicted,
          right: score.right,
          precision: percent(score.precision),
          recall: percent(score.recall),
        },
      ]),
    ),
  );
  console.log(`Qualifier differences (${qualifiers.differences.length}):`);
  for (const { gold: g, field, expected, found } of qualifiers.differences)
    console.log(
      `  ${g.raw} ${field}: gold ${expected || '—'} ≠ ${found || '—'}${g.note ? ` [${g.note}]` : ''}  «${g.sentence.slice(0, 70)}»`,
    );
}
