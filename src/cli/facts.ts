/**
 * `npm run facts -- [--province NAME] [--indicator NAME] [--format table|csv|json]`: the cited facts,
 * for officials, with what part of a whole each counts (level, capital year, kind, total or part, and
 * their labels). CSV is UTF-8 with a BOM so spreadsheets keep the Vietnamese letters.
 */
import { writeText } from './io.js';
import { parseArgs } from 'node:util';
import { factRow, factsCsv, factsJson } from '../facts/export.js';
import { indicators } from '../facts/indicators.js';
import { buildKnowledgeBase } from '../knowledge/base.js';
import { loadKnowledge } from '../knowledge/load.js';
import { coveredProvinces, findPlaces } from '../places/gazetteer.js';
import { foldPhrase } from '../text/words.js';
import { knowledgeFolder } from './paths.js';

const { values } = parseArgs({
  options: {
    province: { type: 'string' },
    indicator: { type: 'string' },
    format: { type: 'string', default: 'table' },
  },
});
const format = values.format;
if (format !== 'table' && format !== 'csv' && format !== 'json') {
  console.error(`--format must be table, csv or json (got "${format}")`);
  process.exit(2);
}

const base = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));
let provinces: string[] | null = null;
if (values.province) {
  const [place] = findPlaces(base.gazetteer, values.province);
  if (!place) {
    console.error(`unknown province "${values.province}"`);
    process.exit(2);
  }
  provinces = coveredProvinces(base.gazetteer, place.name);
}
const wanted = values.indicator ? foldPhrase(values.indicator) : null;
const facts = base.facts.filter((fact) => {
  if (provinces && !(fact.province && provinces.includes(fact.province))) return false;
  if (!wanted) return true;
  const definition = indicators[fact.indicator];
  return [fact.indicator, definition.vi, definition.en, definition.topic].some((name) =>
    foldPhrase(name).includes(wanted),
  );
});

if (format === 'json') {
  writeText(factsJson(facts));
} else if (format === 'csv') {
  writeText(factsCsv(facts));
} else {
  console.table(
    facts.map(factRow).map(({ province, label, raw, period, status, qualifiers, title }) => ({
      province,
      label,
      raw,
      period,
      status,
      qualifiers,
      source: title.slice(0, 40),
    })),
  );
  console.log(`${facts.length} facts`);
}
