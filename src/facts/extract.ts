import type { KnowledgeEntry } from '../knowledge/entry.js';
import { findPlaces, type Gazetteer } from '../places/gazetteer.js';
import { type Sentence, splitSentences } from '../text/sentences.js';
import {
  fallWords,
  groupsBeforeWith,
  indicatorSubjects,
  levelLeadIns,
  plannedCounterpart,
  rateCueReach,
  rateCues,
  rateSubjects,
  statusCues,
  unitSubjects,
} from './cues.js';
import type { Fact, FactPeriod } from './fact.js';
import { type Figure, findFigures } from './figures.js';
import { type IndicatorDefinition, type IndicatorId, indicators } from './indicators.js';
import { findTimeMentions, type TimeMention } from './periods.js';
import { qualifySentence } from './qualify.js';
import { findPhrase, phraseWords, type Token, tokenize } from './tokens.js';
import { units } from './units.js';

/** Every figure in an entry's body as a cited fact. Pure: the same entry always gives the same facts. */
export function extractFacts(entry: KnowledgeEntry, gazetteer: Gazetteer): Fact[] {
  const facts: Fact[] = [];
  const sentences = splitSentences(entry.body);
  sentences.forEach((sentence, index) => {
    const earlier = sentences.slice(0, index).filter((s) => s.paragraph === sentence.paragraph);
    const tokens = tokenize(sentence.text);
    const figures = findFigures(sentence.text);
    const classified: IndicatorId[] = [];
    const own: Fact[] = [];
    figures.forEach((figure, position) => {
      const previous = figures[position - 1];
      const indicator = classifyFigure(figure, tokens, sentence.text, previous, classified[position - 1]);
      classified.push(indicator);
      const fact = toFact(entry, gazetteer, sentence, earlier, tokens, figure, indicator, figures);
      // "1.932 lượt hộ cận nghèo với doanh số cho vay 80.591 triệu đồng": the amount is the borrowers'.
      const before = own.at(-1);
      const link = previous ? sentence.text.slice(previous.end, figure.start) : '';
      const inherits = fact.subject === null && units[figure.unit].kind === 'money' && before !== undefined;
      // "24.000 hộ/104.000 khẩu": the people of the same households.
      const counted = (unit: Figure['unit']) => ['households', 'people'].includes(units[unit].kind);
      const samePair =
        figure.pair === 'planned' && previous !== undefined && counted(previous.unit) && counted(figure.unit);
      own.push(
        (inherits && /\b(?:với|vay)\b/u.test(link) && !link.includes(';')) || (samePair && fact.subject === null)
          ? { ...fact, subject: before?.subject ?? null }
          : fact,
      );
    });
    if (figures.length === 0) return;
    const qualified = qualifySentence(sentence.text, figures, {
      funding: (position) => {
        const figure = figures[position];
        const indicator = classified[position];
        return (
          figure !== undefined &&
          indicator !== undefined &&
          (units[figure.unit].kind === 'money' || indicators[indicator].topic === 'budget')
        );
      },
      plan: (position) => own[position]?.status === 'plan',
    });
    const rateParts = subGroupParts(own);
    own.forEach((fact, position) => {
      const qualifiers = qualified[position];
      if (qualifiers) facts.push({ ...fact, ...qualifiers, part: qualifiers.part ?? rateParts[position] ?? null });
    });
  });
  return facts;
}

const subGroups: ReadonlySet<string> = new Set(rateSubjects.map(([, subject]) => subject));

/**
 * A sentence that gives a rate for the whole and for a sub-group ("tỷ lệ hộ nghèo giảm 2,66% …; các
 * huyện nghèo giảm 3,45% …"): the whole's rates are the total, the sub-group's a part of it.
 */
function subGroupParts(facts: readonly Fact[]): (Fact['part'] | null)[] {
  const rate = (fact: Fact) => (indicators[fact.indicator] as IndicatorDefinition).rateFamily === true;
  const ofGroup = (fact: Fact) => fact.subject !== null && subGroups.has(fact.subject);
  const whole = facts.some((fact) => rate(fact) && !ofGroup(fact));
  const group = facts.some((fact) => rate(fact) && ofGroup(fact));
  if (!whole || !group) return facts.map(() => null);
  return facts.map((fact) => (rate(fact) ? (ofGroup(fact) ? 'part' : 'total') : null));
}

function toFact(
  entry: KnowledgeEntry,
  gazetteer: Gazetteer,
  sentence: Sentence,
  earlier: readonly Sentence[],
  tokens: readonly Token[],
  figure: Figure,
  indicator: IndicatorId,
  figures: readonly Figure[],
): Fact {
  const unit = units[figure.unit];
  const status = statusOf(sentence.text, figure, earlier, indicator);
  const other =
    figure.pair === 'achieved'
      ? figures[figures.indexOf(figure) + 1]
      : figure.pair === 'planned'
        ? figures[figures.indexOf(figure) - 1]
        : undefined;
  return {
    id: `${entry.id}@${sentence.start + figure.start}`,
    province: provinceOf(entry, gazetteer, sentence.text, figure),
    districts: districtsOf(gazetteer, sentence.text, figure),
    baseline: isBaseline(indicator, sentence.text, figure),
    indicator,
    subject: subjectOf(indicator, tokens, figure, sentence.text),
    value: figure.value,
    unit: figure.unit,
    normalized: 'toBase' in unit ? { value: figure.value * unit.toBase, unit: unit.baseUnit } : null,
    raw: figure.raw,
    period: startOfYear(sentence.text, figure, periodOf(sentence, figure, earlier)),
    status,
    qualifier: figure.qualifier,
    change: changeOf(indicator, sentence.text, figure),
    ratio: figure.pair && other ? { role: figure.pair, other: other.value } : null,
    level: null,
    vintage: null,
    kind: null,
    part: null,
    citation: {
      entryId: entry.id,
      kind: entry.kind,
      title: entry.title,
      publisher: entry.publisher,
      published: entry.published,
      quote: sentence.text,
      start: sentence.start,
      end: sentence.end,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Indicator

const rateFamilyCues = [
  ...rateCues.nearPoor.map((cue) => ({ words: phraseWords(cue), nearPoor: true })),
  ...rateCues.poor.map((cue) => ({ words: phraseWords(cue), nearPoor: false })),
];
const skippableBeforeRate = new Set([
  'toan',
  'tinh',
  'cua',
  'binh',
  'quan',
  'tren',
  'hon',
  'gan',
  'khoang',
  'chi',
  'thanh',
  'pho',
]);

function classifyFigure(
  figure: Figure,
  tokens: readonly Token[],
  sentence: string,
  previous: Figure | undefined,
  previousIndicator: IndicatorId | undefined,
): IndicatorId {
  // The far side of a pair or range is the same kind of figure as the near side.
  if (
    (figure.pair === 'planned' || figure.range === 'high') &&
    previousIndicator &&
    previous &&
    units[previous.unit].kind === units[figure.unit].kind
  ) {
    const counterpart = figure.pair === 'planned' ? plannedCounterpart[previousIndicator] : undefined;
    return (counterpart as IndicatorId | undefined) ?? previousIndicator;
  }
  const at = tokenIndexAt(tokens, figure.start);
  if (units[figure.unit].kind === 'percent') {
    const rate = classifyRate(tokens, at, sentence, figure);
    if (rate) return rate;
    // "đạt 18% kế hoạch" right after a disbursed/allocated pair is the disbursement rate.
    if (
      previous?.pair === 'planned' &&
      /^(?:budget_)/.test(previousIndicator ?? '') &&
      /đạt\s+(?:tỷ lệ\s+)?$/u.test(sentence.slice(previous.end, figure.start).replace(/^,\s*/, ''))
    ) {
      return 'disbursement_rate';
    }
  }
  return classifyByCues(figure, tokens, at);
}

/** Poverty and near-poverty rates, and their falls, read from the phrases around a percentage. */
function classifyRate(tokens: readonly Token[], at: number, sentence: string, figure: Figure): IndicatorId | null {
  const clauseStart = lastIndexOfWord(tokens, ';', at) + 1;
  const after = tokenIndexAt(tokens, figure.end);
  let nearest: { index: number; nearPoor: boolean } | null = null;
  for (const cue of rateFamilyCues) {
    for (const start of findPhrase(tokens, cue.words)) {
      const end = start + cue.words.length;
      const before = end <= at && start >= clauseStart;
      const rightAfter = start >= after && start - after <= 1;
      if ((before || rightAfter) && (!nearest || end > nearest.index)) nearest = { index: end, nearPoor: cue.nearPoor };
    }
  }
  if (!nearest) return null;
  const level = nearest.nearPoor ? 'near_poor_rate' : 'poverty_rate';
  const reduction = nearest.nearPoor ? 'near_poor_rate_reduction' : 'poverty_rate_reduction';
  const leadIn = wordsBefore(tokens, at, skippableBeforeRate);
  if (levelLeadIns.some((phrase) => endsWith(leadIn, phraseWords(phrase)))) return level;
  if (endsWith(leadIn, ['giam', 'tu']) && /^\s*xuống/u.test(sentence.slice(figure.end))) return level;
  if (tokens[at - 1]?.word === '(') return level;
  if (nearest.index <= at && at - nearest.index > rateCueReach) return null;
  const fellBefore = tokens.slice(0, at).some((token) => fallWords.some((word) => phraseWords(word)[0] === token.word));
  if (fellBefore) return reduction;
  return level;
}

function classifyByCues(figure: Figure, tokens: readonly Token[], at: number): IndicatorId {
  const kind = units[figure.unit].kind;
  const after = tokenIndexAt(tokens, figure.end);
  let best: { id: IndicatorId; distance: number; length: number } | null = null;
  for (const [id, definition] of Object.entries(indicators) as [IndicatorId, IndicatorDefinition][]) {
    if (definition.rateFamily || !(definition.kinds as readonly string[]).includes(kind)) continue;
    for (const cue of definition.before) {
      const words = phraseWords(cue);
      for (const start of findPhrase(tokens, words)) {
        const end = start + words.length;
        if (end > at) continue;
        const between = tokens.slice(end, at);
        const crossesClause = between.some((token) => token.word === ';') && cue !== ';';
        const distance = between.filter((token) => /\w/.test(token.word)).length + (crossesClause ? 10 : 0);
        if (distance > (definition.reach ?? Number.POSITIVE_INFINITY)) continue;
        best = better(best, { id, distance, length: words.length });
      }
    }
    for (const cue of definition.after ?? []) {
      const words = phraseWords(cue);
      for (const start of findPhrase(tokens, words)) {
        const between = tokens.slice(after, start);
        if (start < after || between.length > 10 || between.some((token) => token.word === ';')) continue;
        best = better(best, { id, distance: between.length, length: words.length });
      }
    }
  }
  if (best) return best.id;
  const byUnit = (Object.entries(indicators) as [IndicatorId, IndicatorDefinition][]).find(([, definition]) =>
    definition.units?.includes(figure.unit),
  );
  return byUnit?.[0] ?? 'other';
}

function better<T extends { distance: number; length: number }>(current: T | null, candidate: T): T {
  if (!current) return candidate;
  if (candidate.distance !== current.distance) return candidate.distance < current.distance ? candidate : current;
  return candidate.length > current.length ? candidate : current;
}

function subjectOf(indicator: IndicatorId, tokens: readonly Token[], figure: Figure, sentence: string): string | null {
  const definition: IndicatorDefinition = indicators[indicator];
  if (definition.rateFamily) {
    const at = tokenIndexAt(tokens, figure.start);
    const clause = tokens.slice(lastIndexOfWord(tokens, ';', at) + 1, at);
    for (const [phrase, subject] of rateSubjects) {
      if (findPhrase(clause, phraseWords(phrase)).length > 0) return subject;
    }
    return indicator.startsWith('near_poor') ? 'hộ cận nghèo' : 'hộ nghèo';
  }
  const implied = indicatorSubjects[indicator];
  if (implied) return implied;
  const counted = ['households', 'people'].includes(units[figure.unit].kind);
  const following = sentence.slice(figure.end).match(/^\s*(cận nghèo|mới thoát nghèo|nghèo|dân tộc thiểu số)/u);
  if (following && counted) {
    return `hộ ${following[1]}`;
  }
  if (counted) {
    const lead = wordsBefore(tokens, tokenIndexAt(tokens, figure.start), skippableBeforeRate);
    const group = groupsBeforeWith.find(([phrase]) => endsWith(lead, [...phraseWords(phrase), 'voi']));
    if (group) return group[1];
  }
  return unitSubjects[figure.unit] ?? null;
}

function changeOf(indicator: IndicatorId, sentence: string, figure: Figure): Fact['change'] {
  if (indicator !== 'poverty_rate_reduction' && indicator !== 'near_poor_rate_reduction') return null;
  const fromTo = sentence.slice(figure.end).match(/^\s*\(giảm từ ([\d.,]+)%\s+xuống\s+còn\s+([\d.,]+)%\)/u);
  const parse = (text: string | undefined) => (text ? Number(text.replace(/\./g, '').replace(',', '.')) : null);
  return { direction: 'down', from: parse(fromTo?.[1]), to: parse(fromTo?.[2]), percentagePoints: true };
}

// ---------------------------------------------------------------------------------------------
// Status, period, province

const statusPhrases = (Object.entries(statusCues) as [Fact['status'] | 'none', readonly string[]][]).flatMap(
  ([status, phrases]) => phrases.map((phrase) => ({ status, words: phraseWords(phrase) })),
);

function statusOf(
  sentence: string,
  figure: Figure,
  earlier: readonly Sentence[],
  indicator: IndicatorId,
): Fact['status'] {
  const own = statusIn(tokenize(sentence.slice(0, figure.start)));
  const definition: IndicatorDefinition = indicators[indicator];
  // Allocations are plans unless their own sentence says otherwise; other figures may take the status
  // the paragraph set ("Năm 2024 ... đề ra mục tiêu ... Tỷ lệ hộ nghèo dân tộc thiểu số giảm khoảng 3%").
  if (definition.allocation) return own === 'target' || own === 'estimate' ? own : 'plan';
  const status = own ?? [...earlier].reverse().map(sentenceStatus).find(Boolean) ?? 'actual';
  if (status === 'actual' && figure.pair === 'planned' && /^\s*,?\s*đạt/u.test(sentence.slice(figure.end)))
    return 'plan';
  return status;
}

/** The status a stretch of text sets: an estimate word anywhere, else the last target or result phrase. */
function statusIn(tokens: readonly Token[]): Fact['status'] | null {
  let last: { end: number; length: number; status: Fact['status'] | 'none' } | null = null;
  for (const { status, words } of statusPhrases) {
    for (const start of findPhrase(tokens, words)) {
      if (status === 'estimate') return 'estimate';
      const end = start + words.length;
      if (!last || end > last.end || (end === last.end && words.length > last.length))
        last = { end, length: words.length, status };
    }
  }
  return last && last.status !== 'none' ? last.status : null;
}

// A paragraph's earlier sentences are read once per sentence, not once per figure after them.
const statusMemo = new WeakMap<Sentence, Fact['status'] | null>();
const timeMemo = new WeakMap<Sentence, TimeMention[]>();

function sentenceStatus(sentence: Sentence): Fact['status'] | null {
  if (!statusMemo.has(sentence)) statusMemo.set(sentence, statusIn(tokenize(sentence.text)));
  return statusMemo.get(sentence) ?? null;
}

function sentenceTimes(sentence: Sentence): TimeMention[] {
  let mentions = timeMemo.get(sentence);
  if (!mentions) {
    mentions = findTimeMentions(sentence.text);
    timeMemo.set(sentence, mentions);
  }
  return mentions;
}

function periodOf(current: Sentence, figure: Figure, earlier: readonly Sentence[]): FactPeriod | null {
  const sentence = current.text;
  const usable = (mention: TimeMention) => !mention.baseline && !mention.document;
  const inSentence = sentenceTimes(current).filter(usable);
  const before = inSentence.filter((mention) => mention.end <= figure.start);
  const strongBefore = before.filter((mention) => !mention.nameQualifier).at(-1);
  const strongEarlier = earlier
    .flatMap(sentenceTimes)
    .filter((mention) => usable(mention) && !mention.nameQualifier)
    .at(-1);
  const sameClauseAfter = inSentence.find(
    (mention) => mention.start >= figure.end && !sentence.slice(figure.end, mention.start).includes(';'),
  );
  const chosen = strongBefore ?? strongEarlier ?? before.at(-1) ?? sameClauseAfter;
  return chosen ? { text: chosen.text, from: chosen.from, to: chosen.to, point: chosen.point } : null;
}

/** The knowledge's own text names places as written: no typo search. */
const exactOnly = { fuzzy: false } as const;

/**
 * The former districts a figure is about: the nearest named before it in its clause ("huyện Pác Nặm
 * là 232,18 tỷ đồng"), or those it is located at right after it ("7 công trình giao thông tại 2
 * huyện nghèo Văn Quan, Bình Gia").
 */
function districtsOf(gazetteer: Gazetteer, sentence: string, figure: Figure): string[] {
  const clauseStart = Math.max(sentence.lastIndexOf(';', figure.start), sentence.lastIndexOf(',', figure.start)) + 1;
  const before = findPlaces(gazetteer, sentence.slice(clauseStart, figure.start), exactOnly).filter(
    (place) => place.district,
  );
  if (before.length > 0) return [before.at(-1)?.district ?? ''];
  const rest = sentence.slice(figure.end);
  const clauseEnd = rest.search(/[;.]/);
  const tail = rest.slice(0, clauseEnd < 0 ? rest.length : clauseEnd);
  const located = tail.match(/^[^,]{0,30}\btại\b(.*)$/u);
  if (located)
    return findPlaces(gazetteer, located[1] ?? '', exactOnly).flatMap((place) =>
      place.district ? [place.district] : [],
    );
  return namedCount(gazetteer, sentence, figure);
}

/**
 * A count of districts that the clause goes on to name ("02 huyện … là Pác Nặm và Ngân Sơn", "2
 * huyện nghèo Văn Quan, Bình Gia"): those districts, when as many are named as counted.
 */
function namedCount(gazetteer: Gazetteer, sentence: string, figure: Figure): string[] {
  if (!countsDistricts.has(figure.unit)) return [];
  const rest = sentence.slice(figure.end);
  const clauseEnd = rest.indexOf(';');
  const named = [
    ...new Set(
      findPlaces(gazetteer, clauseEnd < 0 ? rest : rest.slice(0, clauseEnd), exactOnly).flatMap((place) =>
        place.district ? [place.district] : [],
      ),
    ),
  ];
  return named.length === figure.value ? named : [];
}

const countsDistricts: ReadonlySet<string> = new Set(['huyện']);

/** A level a change starts from ("giảm từ 27,37% xuống còn", "đầu năm (2,58%)"): not the current level. */
function isBaseline(indicator: IndicatorId, sentence: string, figure: Figure): boolean {
  const definition: IndicatorDefinition = indicators[indicator];
  if (!definition.rateFamily || indicator.endsWith('_reduction')) return false;
  const before = leadIn(sentence, figure);
  const after = sentence.slice(figure.end, figure.end + 20);
  return (/giảm từ\s*$/u.test(before) && /^\s*xuống/u.test(after)) || startLevelBefore.test(before);
}

/** The 40 characters leading to a figure, where a baseline is announced ("giảm từ", "đầu năm ("). */
const leadIn = (sentence: string, figure: Figure): string =>
  sentence.slice(Math.max(0, figure.start - 40), figure.start);

/** "… so với tỷ lệ hộ cận nghèo đầu năm (4,27%)": the level the year started from. */
const startLevelBefore = /đầu năm\s*\(\s*$/u;

/**
 * A level given for the start of the year ("đầu năm (4,27%)") is of the start of the year the
 * sentence reports on ("cuối năm 2023" → "đầu năm 2023"), not of its end.
 */
function startOfYear(sentence: string, figure: Figure, period: Fact['period']): Fact['period'] {
  const before = leadIn(sentence, figure);
  if (!period?.to || !startLevelBefore.test(before)) return period;
  return { text: `đầu năm ${period.to}`, from: period.to, to: period.to, point: 'start' };
}

function provinceOf(entry: KnowledgeEntry, gazetteer: Gazetteer, sentence: string, figure: Figure): string | null {
  if (entry.provinces.length <= 1) return entry.provinces[0] ?? null;
  const named = findPlaces(gazetteer, sentence.slice(0, figure.start), exactOnly).filter((place) =>
    entry.provinces.includes(place.name),
  );
  return named.at(-1)?.name ?? entry.provinces[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Token helpers

function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.start >= offset);
  return index < 0 ? tokens.length : index;
}

function lastIndexOfWord(tokens: readonly Token[], word: string, before: number): number {
  for (let index = before - 1; index >= 0; index--) if (tokens[index]?.word === word) return index;
  return -1;
}

/** The folded words right before `at`, with skippable filler words dropped from the end. */
function wordsBefore(tokens: readonly Token[], at: number, skippable: ReadonlySet<string>): string[] {
  const words = tokens.slice(Math.max(0, at - 8), at).map((token) => token.word);
  while (words.length > 0 && skippable.has(words.at(-1) ?? '')) words.pop();
  return words;
}

function endsWith(words: readonly string[], phrase: readonly string[]): boolean {
  return (
    phrase.length <= words.length && phrase.every((word, index) => words[words.length - phrase.length + index] === word)
  );
}
