import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { expect, test } from 'vitest';
import { exportFileName, factColumns, factRow, factsCsv, factsJson } from '../../src/facts/export.js';
import { factSchema } from '../../src/facts/fact.js';
import { context } from '../answer/context.js';

const { facts } = context.base;
/** A CSV file read back by a real RFC 4180 parser, the byte-order mark removed as a spreadsheet does. */
const readCsv = (text: string): string[][] => {
  const records: unknown = parse(text, { bom: true });
  return records as string[][];
};

test('the CSV of every fact reads back to the same rows, every citation column included', () => {
  const text = factsCsv(facts);
  expect(text.startsWith('\ufeff')).toBe(true);
  const [header, ...rows] = readCsv(text);
  expect(header).toEqual([...factColumns]);
  expect(header).toEqual(expect.arrayContaining(['title', 'publisher', 'published', 'quote']));
  expect(rows).toHaveLength(facts.length);
  const expected = facts.map((fact) => factColumns.map((column) => String(factRow(fact)[column])));
  expect(rows).toEqual(expected);
  // Quotes carry commas, quotation marks and Vietnamese letters: they survive the trip whole.
  expect(rows.map((row) => row[factColumns.indexOf('quote')])).toEqual(facts.map((fact) => fact.citation.quote));
  expect(rows.map((row) => Number(row[factColumns.indexOf('value')]))).toEqual(facts.map((fact) => fact.value));
});

test('a quote with quotation marks and line breaks stays one cell', () => {
  const [fact] = facts;
  if (!fact) throw new Error('no facts');
  const tricky = { ...fact, citation: { ...fact.citation, quote: 'Hộ "thoát nghèo", bền vững;\r\ndòng hai' } };
  const [, row] = readCsv(factsCsv([tricky]));
  expect(row?.[factColumns.indexOf('quote')]).toBe(tricky.citation.quote);
});

test('the JSON is the facts whole, valid against the fact schema', () => {
  const parsed = factSchema.array().parse(JSON.parse(factsJson(facts)));
  expect(parsed).toEqual(facts);
});

test('npm run facts writes exactly what the shared export writes (one code path)', async () => {
  const run = promisify(execFile);
  const cli = ['--import', 'tsx', 'src/cli/facts.ts'];
  const csv = await run(process.execPath, [...cli, '--format', 'csv'], { maxBuffer: 1 << 24 });
  expect(csv.stdout).toBe(factsCsv(facts));
  const json = await run(process.execPath, [...cli, '--format', 'json'], { maxBuffer: 1 << 24 });
  expect(json.stdout).toBe(factsJson(facts));
});

test('file names are ASCII and say what is in them', () => {
  expect(exportFileName(['Bình Thuận'], 'csv')).toBe('giam-ngheo-binh-thuan.csv');
  expect(exportFileName(['An Giang', 'Vay vốn tín dụng chính sách'], 'json')).toBe(
    'giam-ngheo-an-giang-vay-von-tin-dung-chinh-sach.json',
  );
  expect(exportFileName([], 'csv')).toBe('giam-ngheo.csv');
  expect(exportFileName(['Đắk Lắk / "x"'], 'csv')).toBe('giam-ngheo-dak-lak-x.csv');
});
