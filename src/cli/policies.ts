/**
 * `npm run policies -- [--format table|csv|json]`: the policy catalogue — every legal document,
 * plan, programme, movement, fund, poverty standard and institution the articles mention, and every
 * support measure they report with the groups it is for — with the provinces whose articles mention
 * it and each sentence that does, cited. CSV is UTF-8 with a BOM.
 */
import { writeCsv } from './io.js';
import { parseArgs } from 'node:util';
import { buildKnowledgeBase } from '../knowledge/base.js';
import { loadKnowledge } from '../knowledge/load.js';
import { supportMeasureEntries } from '../answer/support-measures.js';
import { buildPolicyCatalogue } from '../policies/catalogue.js';
import { knowledgeFolder } from './paths.js';

const { values } = parseArgs({ options: { format: { type: 'string', default: 'table' } } });
const format = values.format;
if (format !== 'table' && format !== 'csv' && format !== 'json') {
  console.error(`--format must be table, csv or json (got "${format}")`);
  process.exit(2);
}

const base = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));
const catalogue = buildPolicyCatalogue(base.entries, base.policyNames);
const measures = supportMeasureEntries(base);
const entries = [...catalogue.policies, ...measures];
const rows = entries.flatMap((policy) =>
  policy.mentions.map((mention) => {
    const entry = base.entriesById.get(mention.entryId);
    return {
      id: policy.id,
      kind: policy.kind,
      name: policy.name,
      provinces: policy.provinces.join('; '),
      groups: 'groups' in policy ? policy.groups.join('; ') : '',
      date: 'stated' in policy ? (policy.stated?.date ?? '') : '',
      issuer: 'stated' in policy ? (policy.stated?.issuer ?? '') : '',
      subject: 'stated' in policy ? (policy.stated?.subject ?? '') : '',
      province: mention.province ?? '',
      title: entry?.title ?? '',
      publisher: entry?.publisher ?? '',
      published: entry?.published ?? '',
      quote: mention.quote,
    };
  }),
);

if (format === 'json') {
  console.log(JSON.stringify(entries, null, 2));
} else if (format === 'csv') {
  writeCsv(rows);
} else {
  console.table(
    entries.map((policy) => ({
      id: policy.id,
      kind: policy.kind,
      name: policy.name.slice(0, 60),
      provinces: policy.provinces.join(', '),
      sentences: policy.mentions.length,
    })),
  );
  console.log(
    `${catalogue.policies.length} policies and ${measures.length} support measures, ${rows.length} cited sentences`,
  );
}
