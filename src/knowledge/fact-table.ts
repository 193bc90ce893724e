import type { Fact } from '../facts/fact.js';
import type { KnowledgeEntry } from './entry.js';

/**
 * Facts stored by column for the snapshot: numbers in typed arrays, and every other field as an
 * index into a table of its distinct values. At ten thousand articles this is a fraction of the
 * object graph's size, deserialises in a single copy per column, and restores facts whose repeated
 * values (province, indicator, period, ...) are shared rather than two hundred thousand copies.
 */
export interface FactTable {
  readonly count: number;
  readonly values: Float64Array;
  /** Entry index, quote start and end, and the figure's offset (its id is `entry@offset`). */
  readonly entry: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly offset: Int32Array;
  readonly fields: { readonly [Field in TabledField]: { readonly distinct: unknown[]; readonly index: Int32Array } };
}

const tabledFields = [
  'province',
  'districts',
  'baseline',
  'indicator',
  'subject',
  'unit',
  'normalized',
  'raw',
  'period',
  'status',
  'qualifier',
  'change',
  'ratio',
  'level',
  'vintage',
  'kind',
  'part',
] as const satisfies readonly (keyof Fact)[];
type TabledField = (typeof tabledFields)[number];

/** Names compared and used as keys everywhere: restored as the engine's own interned strings. */
const namedFields: ReadonlySet<TabledField> = new Set([
  'province',
  'indicator',
  'subject',
  'unit',
  'status',
  'qualifier',
  'level',
  'vintage',
  'kind',
  'part',
]);

export function encodeFacts(facts: readonly Fact[], entries: readonly KnowledgeEntry[]): FactTable {
  const entryIndex = new Map(entries.map((entry, index) => [entry.id, index]));
  const count = facts.length;
  const table = {
    count,
    values: new Float64Array(count),
    entry: new Int32Array(count),
    start: new Int32Array(count),
    end: new Int32Array(count),
    offset: new Int32Array(count),
    fields: Object.fromEntries(
      tabledFields.map((field) => [field, { distinct: [] as unknown[], index: new Int32Array(count) }]),
    ) as FactTable['fields'],
  };
  const seen = Object.fromEntries(tabledFields.map((field) => [field, new Map<string, number>()]));
  facts.forEach((fact, at) => {
    const entry = entryIndex.get(fact.citation.entryId);
    const offset = Number(fact.id.slice(fact.citation.entryId.length + 1));
    if (entry === undefined || fact.id !== `${fact.citation.entryId}@${offset}`)
      throw new Error(`fact ${fact.id} does not name its entry and offset`);
    table.values[at] = fact.value;
    table.entry[at] = entry;
    table.start[at] = fact.citation.start;
    table.end[at] = fact.citation.end;
    table.offset[at] = offset;
    for (const field of tabledFields) {
      const value = fact[field];
      const key = JSON.stringify(value);
      const column = table.fields[field];
      const known = seen[field]?.get(key);
      if (known !== undefined) column.index[at] = known;
      else {
        seen[field]?.set(key, column.distinct.length);
        column.index[at] = column.distinct.length;
        column.distinct.push(value);
      }
    }
  });
  return table;
}

/** The facts back, each with its citation read from its entry. */
export function decodeFacts(table: FactTable, entries: readonly KnowledgeEntry[]): Fact[] {
  const column = <F extends TabledField>(field: F) => {
    const { distinct, index } = table.fields[field];
    const values = (namedFields.has(field) ? distinct.map(intern) : distinct) as Fact[F][];
    return (at: number) => values[index[at] ?? -1] as Fact[F];
  };
  const province = column('province');
  const districts = column('districts');
  const baseline = column('baseline');
  const indicator = column('indicator');
  const subject = column('subject');
  const unit = column('unit');
  const normalized = column('normalized');
  const raw = column('raw');
  const period = column('period');
  const status = column('status');
  const qualifier = column('qualifier');
  const change = column('change');
  const ratio = column('ratio');
  const level = column('level');
  const vintage = column('vintage');
  const kind = column('kind');
  const part = column('part');
  const facts = new Array<Fact>(table.count);
  for (let at = 0; at < table.count; at++) {
    const entry = entries[table.entry[at] ?? -1];
    if (!entry) throw new Error(`fact ${at} cites no entry`);
    const start = table.start[at] ?? 0;
    const end = table.end[at] ?? 0;
    // The same fields in the same order as extraction builds them: one shape for every fact.
    facts[at] = {
      id: `${entry.id}@${table.offset[at]}`,
      province: province(at),
      districts: districts(at),
      baseline: baseline(at),
      indicator: indicator(at),
      subject: subject(at),
      value: table.values[at] ?? Number.NaN,
      unit: unit(at),
      normalized: normalized(at),
      raw: raw(at),
      period: period(at),
      status: status(at),
      qualifier: qualifier(at),
      change: change(at),
      ratio: ratio(at),
      level: level(at),
      vintage: vintage(at),
      kind: kind(at),
      part: part(at),
      citation: {
        entryId: entry.id,
        kind: entry.kind,
        title: entry.title,
        publisher: entry.publisher,
        published: entry.published,
        quote: entry.body.slice(start, end),
        start,
        end,
      },
    };
  }
  return facts;
}

/**
 * The engine's interned copy of a string: deserialised strings are not, and every property lookup
 * or comparison with them then hashes or compares the whole string instead of a pointer.
 */
function intern<T>(value: T): T {
  if (typeof value !== 'string') return value;
  return (Object.keys({ [value]: 0 })[0] ?? value) as T;
}
