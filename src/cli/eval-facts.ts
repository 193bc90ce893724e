/** `npm run eval:facts`: extracted facts against the hand-made gold annotation. */
import './io.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { evaluateFacts, goldFactSchema, type Score } from '../facts/evaluate.js';
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
