import type { Fact } from '../../facts/fact.js';
import { units } from '../../facts/units.js';
import type { AnswerContext } from '../answer.js';
import type { Block, Composition } from '../blocks.js';
import { cautions, formatNumber, type Language } from '../compose.js';
import { factsForPlace } from '../lookup.js';
import type { Plan } from '../plan.js';
import { templates } from '../templates.js';
import { askedFact, missingText, placeBlocks } from './figures.js';

type ComparisonPlan = Extract<Plan, { kind: 'comparison' }>;

/**
 * Places compared: first the same measure side by side, one line per place (the same period where
 * each has it), and the gap when the two figures are comparable — computed, and said to be; then each
 * place's related figures; cautions when periods or poverty standards differ.
 */
export function comparisonRoute(plan: ComparisonPlan, context: AnswerContext, language: Language): Composition {
  const { base } = context;
  const t = templates[language];
  const groups = plan.request.places.map((place) => factsForPlace(base, place, plan.request));
  const answered = groups.filter((group) => group.facts.length > 0);
  const measure = sharedMeasure(answered.map((group) => group.facts));
  const ofMeasure = answered.map((group) => group.facts.filter((fact) => fact.indicator === measure));
  const year = commonYear(ofMeasure);
  const rows = measure
    ? answered.flatMap((group, index) => {
        const facts = ofMeasure[index] ?? [];
        const sameYear = facts.filter((fact) => fact.period?.to === year);
        const pool = sameYear.length > 0 ? sameYear : facts;
        return pool.length > 0
          ? [{ place: group.place.district ?? group.place.name, fact: askedFact(pool, plan.request) }]
          : [];
      })
    : [];
  const blocks: Block[] = [];
  if (rows.length > 1) {
    blocks.push({ kind: 'rows', heading: t.comparison(t.topic[plan.request.intent]), rows, numbered: false });
    const gap = difference(rows, language);
    if (gap) blocks.push({ kind: 'text', text: gap });
  }
  for (const group of groups) {
    if (group.facts.length > 0) blocks.push(...placeBlocks(group, plan.request, base, language, false));
    else blocks.push({ kind: 'text', text: missingText(group, plan.request, base, language) });
  }
  const shown = answered.flatMap((group) => group.facts);
  blocks.push(...cautions(shown, language).map((text): Block => ({ kind: 'text', text })));
  return { blocks, facts: shown, passages: [] };
}

/** The measure every answered place has, the first-ranked of the first place that all share. */
function sharedMeasure(lists: readonly (readonly Fact[])[]): Fact['indicator'] | null {
  const [first, ...others] = lists;
  if (!first || others.length === 0) return null;
  return (
    first.find((fact) => others.every((list) => list.some((other) => other.indicator === fact.indicator)))?.indicator ??
    null
  );
}

/** The latest year every place has a figure of the measure for, so the rows compare like with like. */
function commonYear(lists: readonly (readonly Fact[])[]): number | null {
  const years = lists.map(
    (facts) => new Set(facts.flatMap((fact) => (fact.period?.to != null ? [fact.period.to] : []))),
  );
  const [first, ...others] = years;
  const shared = [...(first ?? [])].filter((year) => others.every((set) => set.has(year)));
  return shared.length > 0 ? Math.max(...shared) : null;
}

/**
 * The gap between two figures of one measure, only when comparable: the same unit, both actual, of
 * the same year. A rate's gap is in percentage points.
 */
function difference(
  rows: readonly { readonly place: string; readonly fact: Fact }[],
  language: Language,
): string | null {
  const [a, b] = rows;
  if (!a || !b || rows.length !== 2) return null;
  const comparable =
    a.fact.unit === b.fact.unit &&
    a.fact.status === 'actual' &&
    b.fact.status === 'actual' &&
    a.fact.change === null &&
    b.fact.change === null &&
    a.fact.period?.to != null &&
    a.fact.period.to === b.fact.period?.to;
  if (!comparable || a.fact.value === b.fact.value) return null;
  const [higher, lower] = a.fact.value > b.fact.value ? [a, b] : [b, a];
  const gap = higher.fact.value - lower.fact.value;
  const percent = units[a.fact.unit as keyof typeof units]?.kind === 'percent';
  const unit = percent
    ? language === 'vi'
      ? ' điểm %'
      : ' percentage points'
    : ` ${language === 'vi' ? a.fact.unit : (units[a.fact.unit as keyof typeof units]?.en ?? a.fact.unit)}`;
  const rounded = Math.round(gap * 1000) / 1000;
  return templates[language].difference(higher.place, lower.place, `${formatNumber(rounded, language)}${unit}`);
}
