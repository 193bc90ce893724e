import type { Fact } from '../facts/fact.js';
import { type IndicatorDefinition, type IndicatorId, indicators } from '../facts/indicators.js';
import { kindOfUnit, type UnitKind } from '../facts/units.js';
import { type KnowledgeBase, provinceIndicatorKey } from '../knowledge/base.js';
import { coveredProvinces } from '../places/gazetteer.js';
import { foldedWords, foldPhrase } from '../text/words.js';
import { type Intent, stopWords } from './intents.js';
import {
  changeIndicators,
  intentIndicators,
  maxFactsPerPlace,
  overviewIndicators,
  subGroupSubjects,
} from './topics.js';

/** A place a question is about, resolved: a province (before or after 2025) and maybe a former district. */
export interface PlaceRef {
  readonly name: string;
  readonly district: string | null;
}

/** What the answer must find, once the question and its conversation are understood. */
export interface Request {
  readonly intent: Intent;
  readonly places: readonly PlaceRef[];
  readonly year: number | null;
  readonly years: { readonly from: number; readonly to: number } | null;
  readonly subject: string | null;
  readonly trend: boolean;
  readonly change: boolean;
  /** Folded words of the question, to put the figures it names first. */
  readonly words: ReadonlySet<string>;
  /** The same words in order, space-separated and padded (" ... "), to find the phrases it names. */
  readonly phrase: string;
  /** The kind of figure asked for, when the question says: a rate or an amount of money. */
  readonly unit: UnitKind | null;
  /** That kind asked outright ("bao nhiêu tiền"), not only named with a measure ("tiền điện"). */
  readonly unitAsked: boolean;
  /** Asks for the level at the start of a period ("đầu năm"): the starting figure of a fall. */
  readonly start: boolean;
  /** Asks for one part of a whole ("phần", "riêng"): a part before the total it belongs to. */
  readonly portion: boolean;
  /** Policies asked about (catalogue ids): named, or kept from the question before. */
  readonly policies: readonly string[];
  /**
   * The measure asked: named by its label ("số hộ nghèo"), or the one the answer before led with when
   * a follow-up changes only what part is counted ("cấp huyện thì sao?").
   */
  readonly measure: IndicatorId | null;
  /** The year was the conversation's, not the question's ("What about Bac Kan?" after "… in 2023"). */
  readonly yearCarried: boolean;
}

/** Why a place has no figure for a request. */
export type Missing = 'place' | 'district' | 'topic' | 'year';

export interface PlaceFacts {
  readonly place: PlaceRef;
  /** The pre-2025 provinces whose figures answer for the place. */
  readonly covered: readonly string[];
  readonly facts: readonly Fact[];
  readonly missing: Missing | null;
}

/** The figures that answer a request for one place, most relevant first. */
export function factsForPlace(base: KnowledgeBase, place: PlaceRef, request: Request): PlaceFacts {
  const covered = coveredProvinces(base.gazetteer, place.name);
  if (!covered.some((province) => base.factsByProvince.has(province)))
    return { place, covered, facts: [], missing: 'place' };
  const inDistrict = place.district
    ? (base.factsByDistrict.get(place.district) ?? []).filter(
        (fact) => fact.province && covered.includes(fact.province),
      )
    : null;
  const wanted = wantedIndicators(request);
  const pool =
    inDistrict ??
    (wanted
      ? covered.flatMap((province) =>
          [...wanted].flatMap((id) => base.factsByProvinceIndicator.get(provinceIndicatorKey(province, id)) ?? []),
        )
      : covered.flatMap((province) => base.factsByProvince.get(province) ?? []));
  const inOrder = [...pool].sort((a, b) => (base.factOrder.get(a) ?? 0) - (base.factOrder.get(b) ?? 0));
  const onTopic = topicFacts(inOrder, request, wanted);
  if (onTopic.length === 0)
    return {
      place,
      covered,
      facts: [],
      missing: inDistrict && inDistrict.length === 0 ? 'district' : 'topic',
    };
  let inTime = inPeriod(onTopic, request);
  // A year carried from another place's answer, which this place does not report the measure for:
  // its latest figure of the measure, rather than another measure of that year or nothing.
  const measured = (facts: readonly Fact[]) =>
    !request.measure || facts.some((fact) => fact.indicator === request.measure);
  if (request.yearCarried && !measured(inTime) && measured(onTopic))
    inTime = inPeriod(onTopic, { ...request, year: null });
  // A measure named whose figure the article gives without a period ("tập huấn trên 4.000 lượt cán bộ"):
  // that figure, shown as of no stated period, rather than other measures of the year asked.
  else if (request.measure && !measured(inTime)) {
    const undated = onTopic.filter((fact) => fact.indicator === request.measure && fact.period === null);
    if (undated.length > 0) inTime = [...undated, ...inTime];
  }
  if (inTime.length === 0) return { place, covered, facts: [], missing: 'year' };
  return { place, covered, facts: rank(inTime, request).slice(0, maxFactsPerPlace), missing: null };
}

/** Facts on the request's topic, with sub-groups, baselines and targets kept only where asked. */
function topicFacts(facts: readonly Fact[], request: Request, wanted = wantedIndicators(request)): Fact[] {
  let selected = wanted ? facts.filter((fact) => wanted.has(fact.indicator)) : [...facts];
  if (request.intent === 'targets') {
    const targets = selected.filter((fact) => fact.status === 'target');
    // A forecast stands in for a target where none is written ("dự kiến ... giảm được 0,5%").
    selected =
      targets.length > 0 ? targets : selected.filter((fact) => fact.status === 'estimate' && isRateFamily(fact));
  } else {
    selected = selected.filter((fact) => fact.status !== 'target');
  }
  if (!request.change) selected = selected.filter((fact) => !fact.baseline);
  if (request.subject && request.intent !== 'overview') {
    // Only where figures are split by sub-group: "56.921 thẻ BHYT cho hộ nghèo và cận nghèo" is not.
    const bySubject = selected.filter((fact) => fact.subject === request.subject);
    if (bySubject.length > 0 || selected.some((fact) => fact.subject !== null)) return bySubject;
    return selected;
  }
  // Targets are few and each sub-group's target is part of the answer; elsewhere sub-groups wait to be asked.
  if (request.intent === 'targets') return selected;
  const general = selected.filter((fact) => !fact.subject || !subGroups.has(fact.subject));
  return general.length > 0 ? general : selected;
}

const subGroups: ReadonlySet<string> = new Set(subGroupSubjects);

function wantedIndicators(request: Request): ReadonlySet<IndicatorId> | null {
  const wanted = indicatorsFor(request);
  return wanted ? new Set(wanted) : null;
}

function indicatorsFor(request: Request): readonly IndicatorId[] | null {
  if (request.intent === 'targets') return null;
  if (request.intent === 'overview') {
    const context = (Object.entries(indicators) as [IndicatorId, IndicatorDefinition][])
      .filter(([id, definition]) => definition.topic === 'overview' && !overviewIndicators.includes(id))
      .map(([id]) => id);
    return [...overviewIndicators, ...context];
  }
  const shows = intentIndicators[request.intent]?.shows ?? [];
  return request.intent === 'poverty_rate' && (request.change || request.trend || request.subject === 'huyện nghèo')
    ? [...shows, ...changeIndicators]
    : shows;
}

/**
 * Facts of the asked year (or the range holding it), of the asked range, or else the latest: per
 * indicator and subject, the latest actual figure and any newer estimate.
 */
function inPeriod(facts: readonly Fact[], request: Request): Fact[] {
  if (request.year !== null) {
    const year = request.year;
    const exact = facts.filter((fact) => fact.period?.to === year);
    if (exact.length > 0) return exact;
    const spanning = facts.filter(
      (fact) =>
        fact.period &&
        (fact.period.from ?? year) <= year &&
        year <= (fact.period.to ?? year) &&
        fact.period.from !== fact.period.to,
    );
    if (spanning.length > 0) return spanning;
    // Figures whose text states no period are shown as such ("bài không ghi rõ kỳ"), but only when
    // nothing dated exists to contradict the year asked.
    return facts.every((fact) => fact.period === null) ? [...facts] : [];
  }
  if (request.years) {
    const { from, to } = request.years;
    return facts.filter((fact) => fact.period?.to != null && fact.period.to >= from && fact.period.to <= to);
  }
  if (request.trend) return [...facts];
  // One pass per group and a set for membership: a province holds thousands of figures at scale.
  const latest = new Set<Fact>();
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    // The latest figure of each measure and of each thing it counts: a decision's houses are not
    // superseded by another decision's, nor a district's capital by the province's.
    const key = `${fact.province}|${fact.indicator}|${fact.subject}|${fact.districts.join(',')}|${fact.level}|${fact.kind}`;
    const group = groups.get(key);
    if (group) group.push(fact);
    else groups.set(key, [fact]);
  }
  for (const group of groups.values()) {
    let newestSettled = Number.NEGATIVE_INFINITY;
    let settled = false;
    for (const fact of group) {
      if (fact.status !== 'actual' && fact.status !== 'plan') continue;
      settled = true;
      newestSettled = Math.max(newestSettled, yearOf(fact));
    }
    let newestEstimate: number | null = null;
    for (const fact of group) {
      if (fact.status === 'estimate' && yearOf(fact) > newestSettled)
        newestEstimate = Math.max(newestEstimate ?? Number.NEGATIVE_INFINITY, yearOf(fact));
    }
    for (const fact of group) {
      const isSettled = fact.status === 'actual' || fact.status === 'plan';
      if (
        (isSettled && yearOf(fact) === newestSettled) ||
        (fact.status === 'estimate' && newestEstimate !== null && yearOf(fact) === newestEstimate) ||
        (!settled && newestEstimate === null)
      )
        latest.add(fact);
    }
  }
  return facts.filter((fact) => latest.has(fact));
}

const unitKind = (fact: Fact) => kindOfUnit(fact.unit);
const yearOf = (fact: Fact) => fact.period?.to ?? Number.NEGATIVE_INFINITY;

/** Order: the indicators the question names first, then the topic's order, then the text's order. */
function rank(facts: readonly Fact[], request: Request): Fact[] {
  const order = indicatorsFor(request) ?? [];
  const mentionsOf = new Map<IndicatorId, number>();
  const mentioned = (id: IndicatorId) => mentionsOf.get(id) ?? mentionsOf.set(id, mentions(id, request)).get(id) ?? 0;
  return facts
    .map((fact, position) => ({
      fact,
      position,
      mentioned: mentioned(fact.indicator),
      order: order.indexOf(fact.indicator),
    }))
    .sort(
      (a, b) =>
        (request.trend ? yearOf(a.fact) - yearOf(b.fact) : 0) ||
        // The measure named (or carried by a follow-up) is never cut from a place's figures.
        Number(b.fact.indicator === request.measure) - Number(a.fact.indicator === request.measure) ||
        b.mentioned - a.mentioned ||
        (a.order < 0 ? 99 : a.order) - (b.order < 0 ? 99 : b.order) ||
        a.position - b.position,
    )
    .map((item) => item.fact);
}

/** A ranking: one figure per province of one measure, and the provinces that state the topic otherwise. */
export interface Ranking {
  readonly ranked: readonly Fact[];
  /** Provinces without the ranked measure, each with its figure of the topic's next measure ("giảm 5.100 hộ"). */
  readonly measuredOtherwise: readonly Fact[];
}

/**
 * Provinces ranked by the headline figure of a topic: for each, its figure of the asked year or its
 * latest; a rate is read as is, a count by its largest figure (totals before their parts). A province
 * that gives the topic only in another measure is not ranked with them, but listed apart.
 */
export function rankProvinces(base: KnowledgeBase, request: Request, order: 'ascending' | 'descending'): Ranking {
  // "Tỉnh nào giảm nghèo nhanh nhất": a fall is ranked by the fall itself, not by the level.
  const named = request.measure;
  const headline: readonly (readonly IndicatorId[])[] =
    request.change && request.intent === 'poverty_rate'
      ? changeIndicators.map((id) => [id])
      : named && !intentIndicators[request.intent]?.headline
        ? [[named]]
        : (intentIndicators[request.intent]?.headline ?? []);
  const groups = headline.filter((group) => group.some((id) => (base.factsByIndicator.get(id)?.length ?? 0) > 0));
  // "Tốt nhất" (best) asks for performance: a rate, not the size of an amount.
  const best = request.words.has('tot') || request.words.has('best');
  const isRate = (group: readonly IndicatorId[]) => group.some((id) => unitKindsOf(base, id).has('percent'));
  const score = (group: readonly IndicatorId[]) =>
    Math.max(...group.map((id) => mentions(id, request))) + (best && isRate(group) ? 10 : 0);
  const [ranked = [], ...others] = [...groups].sort((a, b) => score(b) - score(a));
  const byProvince = latestByProvince(base, request, ranked);
  const sign = order === 'ascending' ? 1 : -1;
  const measuredOtherwise = new Map<string, Fact>();
  // Only the provinces not ranked are read again, measure by measure, until each has one.
  for (const group of others) {
    const done = new Set([...byProvince.keys(), ...measuredOtherwise.keys()]);
    if (done.size === base.provincesWithFacts.length) break;
    for (const [province, fact] of latestByProvince(base, request, group, done)) measuredOtherwise.set(province, fact);
  }
  return {
    ranked: [...byProvince.values()].sort((a, b) => sign * (a.value - b.value)),
    measuredOtherwise: [...measuredOtherwise.values()],
  };
}

/** Each province's figure of one measure (a group of indicators sharing a unit): the asked year's, or its latest. */
function latestByProvince(
  base: KnowledgeBase,
  request: Request,
  measure: readonly IndicatorId[],
  skip: ReadonlySet<string> = new Set(),
): ReadonlyMap<string, Fact> {
  const kinds = measure[0] ? unitKindsOf(base, measure[0]) : new Set();
  // Only the measure's facts are read, province by province: a ranking never walks the base.
  const wanted = wantedIndicators(request);
  const byProvince = new Map<string, Fact>();
  for (const province of base.provincesWithFacts) {
    if (skip.has(province)) continue;
    const facts: Fact[] = [];
    for (const id of measure) {
      for (const fact of base.factsByProvinceIndicator.get(provinceIndicatorKey(province, id)) ?? [])
        if (fact.status !== 'target' && kinds.has(unitKind(fact))) facts.push(fact);
    }
    if (facts.length === 0) continue;
    const inTime = inPeriod(topicFacts(facts, request, wanted), request);
    // A province's figure for the table is of the group asked (the poor by default) and a whole, not a part.
    const group = request.subject ?? 'hộ nghèo';
    const ofGroup = inTime.filter((fact) => (fact.subject ?? group) === group && fact.part !== 'part');
    const candidates = ofGroup.length > 0 ? ofGroup : inTime;
    // The latest figure; of one period, a count's largest (a total before its parts).
    const best = candidates.reduce<Fact | null>((top, fact) => {
      if (!top) return fact;
      if (yearOf(fact) !== yearOf(top)) return yearOf(fact) > yearOf(top) ? fact : top;
      return unitKind(fact) !== 'percent' && fact.value > top.value ? fact : top;
    }, null);
    if (best) byProvince.set(province, best);
  }
  return byProvince;
}

/** The kinds of unit (percent, money, count, ...) an indicator's figures are written in. */
function unitKindsOf(base: KnowledgeBase, id: IndicatorId): ReadonlySet<string | undefined> {
  let byIndicator = unitKindCache.get(base);
  if (!byIndicator) unitKindCache.set(base, (byIndicator = new Map<IndicatorId, Set<string | undefined>>()));
  let kinds = byIndicator.get(id);
  if (!kinds) byIndicator.set(id, (kinds = new Set((base.factsByIndicator.get(id) ?? []).map(unitKind))));
  return kinds;
}

const unitKindCache = new WeakMap<KnowledgeBase, Map<IndicatorId, Set<string | undefined>>>();

/**
 * The measure a question names by its full label ("huyện nghèo", "số hộ nghèo", "poor districts"),
 * the longest when several are named: among a topic's figures, that one is asked.
 */
export function namedMeasure(phrase: string): IndicatorId | null {
  let named: { id: IndicatorId; length: number } | null = null;
  for (const [id, labels] of measureLabels)
    for (const label of labels)
      if (phrase.includes(label) && label.length > (named?.length ?? 0)) named = { id, length: label.length };
  return named?.id ?? scatteredMeasure(phrase);
}

/**
 * A long label whose every word the question holds, in any order ("tập huấn cho cán bộ" names "Cán bộ
 * được tập huấn"): the one with most words. Short labels ("Số hộ nghèo") are named only as written.
 */
function scatteredMeasure(phrase: string): IndicatorId | null {
  const asked = new Set(phrase.trim().split(' '));
  let named: { id: IndicatorId; words: number } | null = null;
  for (const [id, words] of measureLabelWords)
    if (
      words.length >= scatteredLabelWords &&
      words.every((word) => asked.has(word)) &&
      words.length > (named?.words ?? 0)
    )
      named = { id, words: words.length };
  return named?.id ?? null;
}

/** Labels of at least this many words (other than stop words) are named by their words in any order. */
const scatteredLabelWords = 4;
// Without words that say nothing of the measure ("được", "của").
const labelStopWords = new Set([...stopWords].flatMap((word) => foldedWords(word)));
const measureLabelWords = (Object.entries(indicators) as [IndicatorId, IndicatorDefinition][]).map(
  ([id, definition]) => [id, foldedWords(definition.vi).filter((word) => !labelStopWords.has(word))] as const,
);

/** Each indicator's labels in both languages, folded and padded as a request's phrase is. */
const measureLabels = (Object.entries(indicators) as [IndicatorId, IndicatorDefinition][]).map(
  ([id, definition]) =>
    [
      id,
      // An English label is named in the singular too ("every poor district").
      [definition.vi, definition.en, definition.en.replace(/s$/u, '')].map((label) => ` ${foldPhrase(label)} `),
    ] as const,
);

/** Words of the question that name an indicator (its labels), leaving out words every topic shares. */
function mentions(id: IndicatorId, request: Request): number {
  const asked = askedStems(request);
  let count = 0;
  for (const word of labelWords.get(id) ?? []) if (asked.has(englishStem(word))) count += 1;
  return count;
}

/**
 * An English word without its ending, so "disburse" names "Budget disbursed" and "loan" "Loans";
 * Vietnamese syllables (short, unsuffixed) are left as they are.
 */
const englishStem = (word: string) => (word.length > 4 ? word.replace(/(?:ing|ed|es|e|s)$/, '') : word);

function askedStems(request: Request): ReadonlySet<string> {
  let stems = stemCache.get(request);
  if (!stems) stemCache.set(request, (stems = new Set([...request.words].map(englishStem))));
  return stems;
}

const stemCache = new WeakMap<Request, ReadonlySet<string>>();

const sharedWords = new Set(['ho', 'ngheo', 'giam', 'so', 'cho', 'va', 'duoc', 'cua', 'the', 'of', 'and']);
/** Each indicator's distinctive label words (Vietnamese and English), folded once. */
const labelWords = new Map(
  (Object.entries(indicators) as [IndicatorId, IndicatorDefinition][]).map(([id, definition]) => [
    id,
    [...new Set(foldedWords(`${definition.vi} ${definition.en}`))].filter((word) => !sharedWords.has(word)),
  ]),
);

/** Topics that have at least one figure for the given pre-2025 provinces, for "what I do know". */
export function knownTopics(base: KnowledgeBase, covered: readonly string[]): Intent[] {
  // Asked for every answer's buttons: remembered per knowledge base and set of provinces.
  let cache = topicCache.get(base);
  if (!cache) {
    cache = new Map();
    topicCache.set(base, cache);
  }
  const key = covered.join('|');
  const known = cache.get(key) ?? computeKnownTopics(base, covered);
  cache.set(key, known);
  return known;
}

const topicCache = new WeakMap<KnowledgeBase, Map<string, Intent[]>>();

function computeKnownTopics(base: KnowledgeBase, covered: readonly string[]): Intent[] {
  const topics = new Set<Intent>();
  for (const fact of covered.flatMap((province) => base.factsByProvince.get(province) ?? [])) {
    for (const [intent, shown] of Object.entries(intentIndicators)) {
      if (shown?.shows.includes(fact.indicator)) topics.add(intent as Intent);
    }
    if (fact.status === 'target') topics.add('targets');
  }
  return [...topics];
}

function isRateFamily(fact: Fact | undefined): boolean {
  if (!fact) return false;
  const definition: IndicatorDefinition = indicators[fact.indicator];
  return definition.rateFamily === true;
}

/**
 * A place's card when it is named alone: its figures of any topic, newest first, one per measure and
 * group (the latest), totals before their parts. For a district, the figures the text ties to it.
 */
export function placeCard(base: KnowledgeBase, place: PlaceRef): Fact[] {
  const covered = coveredProvinces(base.gazetteer, place.name);
  const pool = place.district
    ? (base.factsByDistrict.get(place.district) ?? []).filter(
        (fact) => fact.province && covered.includes(fact.province),
      )
    : covered.flatMap((province) => base.factsByProvince.get(province) ?? []);
  // A province's card shows totals; a district's figures are parts of the province's, and are its answer.
  const settled = pool.filter(
    (fact) => fact.status !== 'target' && !fact.baseline && (place.district !== null || fact.part !== 'part'),
  );
  const newest = new Map<string, Fact>();
  for (const fact of settled) {
    const key = `${fact.indicator}|${fact.subject ?? ''}|${fact.districts.join(',')}`;
    const kept = newest.get(key);
    if (!kept || yearOf(fact) > yearOf(kept)) newest.set(key, fact);
  }
  return [...newest.values()]
    .sort((a, b) => yearOf(b) - yearOf(a) || (base.factOrder.get(a) ?? 0) - (base.factOrder.get(b) ?? 0))
    .slice(0, maxFactsPerPlace);
}
