/**
 * The cited facts as a spreadsheet or JSON: one code path for `npm run facts` and the bot's /xuat,
 * so a file taken from Telegram has the same columns as one made on the command line. Every
 * citation column is kept: a figure without its title, publisher, date and sentence is not to be used.
 */
import { csvText } from '../text/csv.js';
import { foldPhrase } from '../text/words.js';
import type { Fact } from './fact.js';
import { indicators } from './indicators.js';
import { qualifierLabels } from './labels.js';

/** The columns, in order: what the figure is, what part of a whole it counts, then where it is from. */
export const factColumns = [
  'province',
  'indicator',
  'label',
  'subject',
  'value',
  'unit',
  'raw',
  'period',
  'status',
  'districts',
  'level',
  'vintage',
  'kind',
  'part',
  'qualifiers',
  'title',
  'publisher',
  'published',
  'quote',
] as const;

export type FactColumn = (typeof factColumns)[number];
export type FactRow = Readonly<Record<Exclude<FactColumn, 'value'>, string> & { value: number }>;

/** One fact as a row: empty cells where the text says nothing, lists joined with "; ". */
export function factRow(fact: Fact): FactRow {
  return {
    province: fact.province ?? '',
    indicator: fact.indicator,
    label: indicators[fact.indicator].vi,
    subject: fact.subject ?? '',
    value: fact.value,
    unit: fact.unit,
    raw: fact.raw,
    period: fact.period?.text ?? '',
    status: fact.status,
    districts: fact.districts.join('; '),
    level: fact.level ?? '',
    vintage: fact.vintage ?? '',
    kind: fact.kind ?? '',
    part: fact.part ?? '',
    qualifiers: qualifierLabels(fact, 'vi').join('; '),
    title: fact.citation.title,
    publisher: fact.citation.publisher ?? '',
    published: fact.citation.published ?? '',
    quote: fact.citation.quote,
  };
}

/** The facts as CSV (UTF-8 with BOM, CRLF), a header row first. */
export const factsCsv = (facts: readonly Fact[]): string => csvText(factColumns, facts.map(factRow));

/** The facts as JSON, whole (ids, periods' years, offsets of each quote), for programs. */
export const factsJson = (facts: readonly Fact[]): string => `${JSON.stringify(facts, null, 2)}\n`;

/**
 * A file name that says what is in it, ASCII only (every phone and mail client keeps it):
 * "giam-ngheo-binh-thuan.csv", "giam-ngheo-an-giang-vay-von.json", "giam-ngheo.csv" for everything.
 */
export function exportFileName(parts: readonly string[], format: 'csv' | 'json'): string {
  const slug = ['giam ngheo', ...parts]
    .map((part) => foldPhrase(part).replace(/[^a-z0-9]+/g, '-'))
    .filter(Boolean)
    .join('-')
    .replace(/-+/g, '-')
    .slice(0, 80)
    .replace(/-$/, '');
  return `${slug}.${format}`;
}
