import { formatDate, formatNumber, povertyStandardOf } from '../answer/compose.js';
import type { Answer, AnswerFact } from '../answer/schema.js';
import { templates } from '../answer/templates.js';
import { povertyStandards } from '../answer/topics.js';
import { indicators } from '../facts/indicators.js';
import { partCues } from '../facts/qualifiers.js';
import { units } from '../facts/units.js';

export type ChartLanguage = Answer['language'];
export type FigureStatus = AnswerFact['status'];

/** One point of a chart: exactly one cited fact of the answer, with how it is drawn. */
export interface ChartPoint {
  /** The fact itself, as the answer cites it (value, period, source). */
  readonly fact: AnswerFact;
  /** Its label on the category axis: its period (series), place and period (comparison), or part. */
  readonly category: string;
  /** Its value as the reader reads it: "21,95%" in Vietnamese, "21.95%" in English. */
  readonly display: string;
  /** Filled when actual; an estimate, target or plan is drawn hollow, and the legend says which. */
  readonly hollow: boolean;
  /** The legend entry of its status ("thực tế (điểm, cột đặc)", "ước tính (điểm, cột rỗng)"). */
  readonly statusLabel: string;
  /** The poverty standard it was measured under, for measures that depend on one. */
  readonly standard: string | null;
  /** Points of one line share it: one per place and poverty standard, so no line crosses a change. */
  readonly line: string;
}

/**
 * A chart derived from an answer: a series (one measure of a place over three or more periods, a
 * line per place and poverty standard), a comparison (one measure of two or more places, a bar per
 * figure) or the parts of a total (a bar per part). Every point is one cited fact.
 */
export interface ChartSpec {
  readonly kind: 'series' | 'comparison' | 'parts';
  readonly language: ChartLanguage;
  readonly title: string;
  /** Notes under the title: why a line breaks. */
  readonly notes: readonly string[];
  readonly categoryTitle: string;
  readonly valueTitle: string;
  readonly points: readonly ChartPoint[];
  /** Title and sources (title, publisher, date), within Telegram's caption limit. */
  readonly caption: string;
}

/** Telegram's longest photo caption, in characters. */
export const maxCaptionLength = 1024;

/** Fewest periods of one place that make a series, and fewest places that make a comparison. */
const seriesPeriods = 3;
const comparedPlaces = 2;

/** The measure a fact is of: figures of one measure count the same thing the same way. */
const measureOf = (fact: AnswerFact) => `${fact.indicator}|${fact.unit}|${fact.counts.join('|')}`;

/** One period, however it is written ("Năm 2023", "năm 2023"): its years, or its text when it has none. */
const periodKey = (fact: AnswerFact) =>
  fact.years && fact.years.to !== null ? `${fact.years.from ?? ''}-${fact.years.to}` : (fact.period ?? '');

/**
 * The chart of an answer's cited facts, or undefined when they hold no series and no comparison.
 * The answer's figures are tried in its order, so the chart is of the measure it leads with.
 */
export function chartSpecOf(answer: Pick<Answer, 'facts' | 'language'>): ChartSpec | undefined {
  const facts = answer.facts;
  const tried = new Set<string>();
  for (const fact of facts) {
    const measure = measureOf(fact);
    if (!tried.has(measure)) {
      tried.add(measure);
      const same = facts.filter((other) => measureOf(other) === measure);
      const dated = same.filter((other) => other.years?.to != null);
      const periodsByPlace = new Map<string, Set<string>>();
      for (const other of dated)
        periodsByPlace.set(other.province, (periodsByPlace.get(other.province) ?? new Set()).add(periodKey(other)));
      if ([...periodsByPlace.values()].some((periods) => periods.size >= seriesPeriods))
        return chart('series', dated, answer.language);
      if (new Set(same.map((other) => other.province)).size >= comparedPlaces)
        return chart('comparison', same, answer.language);
    }
    const parts = partsOfTotal(fact, facts);
    if (parts) return chart('parts', parts, answer.language);
  }
  return undefined;
}

/** A total and the parts stated with it: one place, one indicator and unit, one period. */
function partsOfTotal(fact: AnswerFact, facts: readonly AnswerFact[]): AnswerFact[] | undefined {
  if (fact.part === null) return undefined;
  const group = facts.filter(
    (other) =>
      other.part !== null &&
      other.province === fact.province &&
      other.indicator === fact.indicator &&
      other.unit === fact.unit &&
      periodKey(other) === periodKey(fact),
  );
  const totals = group.filter((other) => other.part === 'total');
  return totals.length === 1 && group.length > totals.length ? group : undefined;
}

function chart(kind: ChartSpec['kind'], facts: readonly AnswerFact[], language: ChartLanguage): ChartSpec {
  const t = templates[language];
  const [first] = facts;
  if (!first) throw new Error('a chart needs at least one figure');
  const places = [...new Set(facts.map((fact) => fact.province))];
  const ordered =
    kind === 'series'
      ? [...facts].sort(
          (a, b) => (a.years?.to ?? 0) - (b.years?.to ?? 0) || (a.years?.from ?? 0) - (b.years?.from ?? 0),
        )
      : kind === 'comparison'
        ? [...facts].sort((a, b) => places.indexOf(a.province) - places.indexOf(b.province))
        : [...facts].sort((a, b) => (a.part === 'total' ? -1 : b.part === 'total' ? 1 : 0));
  const measure = measureLabel(kind === 'parts' ? { ...first, counts: [] } : first);
  const points = ordered.map((fact) => point(kind, fact, language));
  const title =
    kind === 'series'
      ? t.trend(measure, places.join(', '))
      : kind === 'comparison'
        ? t.comparison(measure)
        : t.chart.parts(measure, first.province);
  const standards = new Set(points.map((p) => p.standard));
  return {
    kind,
    language,
    title,
    notes: standards.size > 1 ? [kind === 'series' ? t.chart.standardBreak : t.standardsDiffer] : [],
    categoryTitle: kind === 'series' ? t.chart.period : kind === 'comparison' ? t.chart.place : t.chart.part,
    valueTitle: `${first.label} (${unitText(first.unit, language)})`,
    points,
    caption: captionOf(title, ordered, language),
  };
}

function point(kind: ChartSpec['kind'], fact: AnswerFact, language: ChartLanguage): ChartPoint {
  const t = templates[language];
  const period = periodLabel(fact, language);
  const standard = standardOf(fact, language);
  const hollow = fact.status !== 'actual';
  return {
    fact,
    category:
      kind === 'series' ? period : kind === 'comparison' ? `${fact.province} · ${period}` : partLabel(fact, language),
    display: displayValue(fact, language),
    hollow,
    statusLabel: fact.status === 'actual' ? t.chart.actual : t.chart.hollow(t.status[fact.status]),
    standard,
    line: `${fact.province} · ${standard ?? ''}`,
  };
}

/** The measure's name, with what part of the whole it counts ("Vốn đã giải ngân (vốn năm 2023)"). */
const measureLabel = (fact: AnswerFact) =>
  fact.counts.length > 0 ? `${fact.label} (${fact.counts.join(', ')})` : fact.label;

/** The period as written (Vietnamese) or its years (English); every point shows one. */
function periodLabel(fact: AnswerFact, language: ChartLanguage): string {
  const t = templates[language];
  if (language === 'vi')
    return fact.period ? fact.period.charAt(0).toLowerCase() + fact.period.slice(1) : t.periodUnstated;
  const { from, to } = fact.years ?? { from: null, to: null };
  if (to === null) return fact.period ?? t.periodUnstated;
  return from !== null && from !== to ? `${from}–${to}` : String(to);
}

/** A part's own label: what it counts, without the "of which" every part shares. */
function partLabel(fact: AnswerFact, language: ChartLanguage): string {
  const shared = partCues.labels.part[language];
  const own = fact.counts.filter((label) => label !== shared);
  return own.length > 0 ? own.join(', ') : fact.label;
}

/**
 * The poverty standard a figure of a poverty measure was measured under, by its year — the rule
 * the answer's cautions use — or null for other measures and undated figures.
 */
function standardOf(fact: AnswerFact, language: ChartLanguage): string | null {
  const definition = indicators[fact.indicator as keyof typeof indicators] as { topic: string } | undefined;
  if (definition?.topic !== 'poverty_rate' || fact.years?.to == null) return null;
  return povertyStandards[povertyStandardOf(fact.years.to)]?.[language] ?? null;
}

const unitText = (unit: string, language: ChartLanguage) =>
  language === 'vi' ? unit : (units[unit as keyof typeof units]?.en ?? unit);

function displayValue(fact: AnswerFact, language: ChartLanguage): string {
  const unit = unitText(fact.unit, language);
  return `${formatNumber(fact.value, language)}${unit.startsWith('%') ? unit : ` ${unit}`}`;
}

/**
 * The title, then the sources of the points (title, publisher, date), each once, in the order the
 * chart shows them; what does not fit Telegram's caption is cut at a word and counted.
 */
export function captionOf(title: string, facts: readonly AnswerFact[], language: ChartLanguage): string {
  const t = templates[language];
  const sources = [...new Map(facts.map((fact) => [fact.source.id, fact.source])).values()];
  const lines = sources.map(
    (source, index) =>
      `[${index + 1}] «${source.title}», ${source.publisher ?? t.noPublisher}, ${formatDate(source.date) ?? t.noDate}`,
  );
  let caption = `${cutAtWord(title, maxCaptionLength / 4)}\n${t.sources}:`;
  // Room kept for the count of sources left out (its longest form).
  const reserve = 1 + t.chart.moreSources(lines.length).length;
  for (const [index, line] of lines.entries()) {
    const after = lines.length - index - 1;
    if (caption.length + 1 + line.length + (after > 0 ? reserve : 0) <= maxCaptionLength) {
      caption += `\n${line}`;
      continue;
    }
    // The first source that does not fit is cut at a word, if enough of it shows; the rest are counted.
    const room = maxCaptionLength - caption.length - 1 - reserve;
    const shown = room >= 40;
    if (shown) caption += `\n${cutAtWord(line, room)}`;
    const left = shown ? after : after + 1;
    return left > 0 ? `${caption}\n${t.chart.moreSources(left)}` : caption;
  }
  return caption;
}

/** The text cut to at most `max` characters at a word boundary, marked "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, Math.max(0, max - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
