/**
 * `npm run policies -- [--format table|csv|json]`: the policy catalogue — every legal document,
 * programme, movement, fund, poverty standard and institution the articles mention, with the
 * provinces whose articles mention it and each sentence that does, cited. CSV is UTF-8 with a BOM.
 */
import { writeCsv } from './io.js';
import { parseArgs } from 'node:util';
import { buildKnowledgeBase } from '../knowledge/base.js';
import { loadKnowledge } from '../knowledge/load.js';
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
const rows = catalogue.policies.flatMap((policy) =>
  policy.mentions.map((mention) => {
    const entry = base.entriesById.get(mention.entryId);
    return {
      id: policy.id,
      kind: policy.kind,
      name: policy.name,
      provinces: policy.provinces.join('; '),
      date: policy.stated?.date ?? '',
      issuer: policy.stated?.issuer ?? '',
      subject: policy.stated?.subject ?? '',
      province: mention.province ?? '',
      title: entry?.title ?? '',
      publisher: entry?.publisher ?? '',
      published: entry?.published ?? '',
      quote: mention.quote,
    };
  }),
);

if (format === 'json') {
  console.log(JSON.stringify(catalogue.policies, null, 2));
} else if (format === 'csv') {
  writeCsv(rows);
} else {
  console.table(
    catalogue.policies.map((policy) => ({
      id: policy.id,
      kind: policy.kind,
      name: policy.name.slice(0, 60),
      provinces: policy.provinces.join(', '),
      sentences: policy.mentions.length,
    })),
  );
  console.log(`${catalogue.policies.length} policies, ${rows.length} cited sentences`);
}
