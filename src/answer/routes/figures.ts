import type { Fact } from '../../facts/fact.js';
import { kindOfUnit } from '../../facts/units.js';
import { indicators } from '../../facts/indicators.js';
import type { KnowledgeBase } from '../../knowledge/base.js';
import { coveredProvinces } from '../../places/gazetteer.js';
import type { AnswerContext } from '../answer.js';
import type { Block, Composition } from '../blocks.js';
import { cautions, formatDate, type Language, partLabels } from '../compose.js';
import { factsForPlace, knownTopics, placeCard, type PlaceFacts, type PlaceRef, type Request } from '../lookup.js';
import { changeIndicators } from '../topics.js';
import { foldedStopWords, type Plan } from '../plan.js';
import { templates } from '../templates.js';
import { continuesPrevious, sentenceBeforeStart } from '../../text/sentences.js';
import { foldedWords } from '../../text/words.js';
import { policyCatalogue } from '../../policies/catalogue.js';
import { factsInside, focusedPassage, placePassages, quoted } from './passages.js';

type FiguresPlan = Extract<Plan, { kind: 'figures' }>;

/**
 * One place's figures: the one the question asks first, in a line of its own, then the related
 * figures of the topic under a heading. A bare place gets its card; a place with text but no figure,
 * asked for an explanation, gets the passage; otherwise "no data" says plainly what is known instead.
 */
export function figuresRoute(plan: FiguresPlan, context: AnswerContext, language: Language): Composition {
  const { base } = context;
  const t = templates[language];
  const group = statedWithPolicy(
    withRatesStated(factsForPlace(base, plan.place, plan.request), plan.request, base),
    plan.request,
    base,
  );
  const card = (facts: readonly Fact[]): Composition => ({
    blocks: [{ kind: 'facts', heading: t.card(placeLabel(plan.place, facts, base, language)), facts }],
    facts,
    passages: [],
  });
  // A district named alone: the figures its text gives, whatever their topic.
  const districtCard = plan.card && plan.place.district ? placeCard(base, plan.place) : [];
  if (districtCard.length > 0) return card(districtCard);
  if (group.facts.length === 0) {
    const placeFacts = plan.card || plan.bare ? placeCard(base, plan.place) : [];
    if (placeFacts.length > 0) return card(placeFacts);
    // A topic the place has no figure for may still be what a passage of it says ("Lạng Sơn có miễn
    // giảm học phí không?" in an article without a count): quoted, unless a number was asked.
    // (A year alone with no figure is said so, with the years that have one: no passage stands in.)
    const explains =
      (plan.explainable && (group.missing !== 'year' || plan.search.contentWords.length > 0)) ||
      group.missing === 'place' ||
      (group.missing === 'topic' && plan.explainsMissingTopic);
    if (explains) {
      const found = placePassages(plan.request, plan.search, plan.place, context.index, base);
      if (found.length > 0) return saysMissingKind(quoted(found, base), plan.request, plan.place, context, language);
    }
    return {
      blocks: [{ kind: 'text', text: missingText(group, plan.request, base, language) }],
      facts: [],
      passages: [],
    };
  }
  const blocks = placeBlocks(group, plan.request, base, language, !plan.card);
  // Asked how ("hai huyện đôn đốc giải ngân ntn"): the passage telling it first, then the figures.
  const told = plan.asksHowOrWho
    ? focusedPassage(plan.search, coveredProvinces(base.gazetteer, plan.place.name), context.index)
    : null;
  if (told) blocks.unshift({ kind: 'passage', passage: told });
  // "Bao nhiêu tiền" where the place's figures of the topic are houses, "bao nhiêu hộ nghèo" where they
  // are rates: said plainly, not another kind of figure in its place.
  const kind = plan.request.unit;
  const isCount = (fact: Fact) => !['percent', 'money'].includes(unitKind(fact) ?? '');
  // A count asked where the figures count another unit is the same measure told otherwise ("thẻ" as
  // "đối tượng"); only where the place gives no count at all is the count missing.
  // (Not districts: "mấy huyện nghèo năm đó giảm được bao nhiêu" names the districts, it does not count them;
  // nor a count when a fall is asked.)
  const missingKind =
    kind === 'percent' || kind === 'money'
      ? !group.facts.some((fact) => unitKind(fact) === kind)
      : kind !== 'admin' && !plan.request.change && !group.facts.some(isCount);
  if (kind && !plan.card && plan.request.unitAsked && missingKind)
    blocks.unshift({
      kind: 'text',
      text: t.noKindData(kind, t.topic[plan.request.intent], placeLabel(plan.place, group.facts, base, language)),
    });
  // A card's first figure is quoted too, so its newest figure can be checked against its sentence.
  const [newest] = group.facts;
  if (plan.card && newest)
    blocks.push({
      kind: 'text',
      text: templates[language].cardQuote(indicators[newest.indicator][language], newest.citation.quote),
    });
  return { blocks, facts: group.facts, passages: told ? [told] : [] };
}

/**
 * Passages answering "bao nhiêu tiền" or "bao nhiêu phần trăm" that state no such figure ("thu nhập mỗi
 * năm bao nhiêu tiền" of orchid growers): said plainly first. Money and rates only: a count's word is
 * read too loosely ("một số") to say its kind is missing.
 */
export function saysMissingKind(
  told: Composition,
  request: Request,
  place: PlaceRef,
  context: AnswerContext,
  language: Language,
): Composition {
  const { unit, unitAsked, intent } = request;
  if (!unitAsked || (unit !== 'money' && unit !== 'percent')) return told;
  if (told.facts.some((fact) => unitKind(fact) === unit)) return told;
  const t = templates[language];
  const note = t.noKindData(unit, t.topic[intent], placeLabel(place, told.facts, context.base, language));
  return { ...told, blocks: [{ kind: 'text', text: note }, ...told.blocks] };
}

/** A place's figures as blocks: the asked figure as the lead (unless a card or a series), then the rest. */
export function placeBlocks(
  group: PlaceFacts,
  request: Request,
  base: KnowledgeBase,
  language: Language,
  withLead: boolean,
): Block[] {
  const t = templates[language];
  const label = placeLabel(group.place, group.facts, base, language);
  const topic = t.topic[request.intent];
  // Figures of one period are no series ("2011-2020" asked, and all counted over it): the asked one leads, quoted.
  const series = request.trend && new Set(group.facts.map((fact) => fact.period?.text ?? '')).size > 1;
  const heading = series ? t.trend(topic, label) : `${topic} — ${label}`;
  if (!withLead || series) {
    // A series read from one or two sentences quotes them; a longer one is the chart's and the sources'.
    return [
      { kind: 'facts', heading, facts: group.facts, ...(series && fewSentences(group.facts) ? { quoted: true } : {}) },
      ...(series ? cautions(group.facts, language).map((text): Block => ({ kind: 'text', text })) : []),
    ];
  }
  const lead = askedFact(group.facts, request);
  const restated = restatements(lead, group.facts);
  const rest = group.facts.filter((fact) => fact !== lead && !restated.includes(fact));
  // The lead names the place in full (its district, its 2025 province); the related figures need only the topic.
  return [
    {
      kind: 'lead',
      place: placeLabel(group.place, [lead], base, language),
      fact: lead,
      restated,
      ...readOn(lead, base),
    },
    // Targets are rules as the article words them: the other targets' sentences are quoted too, while few.
    ...(rest.length > 0
      ? [
          {
            kind: 'facts',
            heading: topic,
            facts: rest,
            ...(request.intent === 'targets' && fewSentences(rest) ? { quoted: true } : {}),
          } as const,
        ]
      : []),
  ];
}

/** A figure's sentence that reads on from the one before ("Trong đó, …", "Mục tiêu cụ thể là …"): quoted with it. */
function readOn(fact: Fact, base: KnowledgeBase): { quote?: string } {
  let read = readOnCache.get(fact);
  if (!read) {
    const { entryId, quote, start, end } = fact.citation;
    const body = base.entriesById.get(entryId)?.body ?? '';
    const from = continuesPrevious(foldedWords(quote)) ? sentenceBeforeStart(body, start) : null;
    read = from === null ? {} : { quote: body.slice(from, end) };
    readOnCache.set(fact, read);
  }
  return read;
}

const readOnCache = new WeakMap<Fact, { quote?: string }>();

/** Figures read from at most two sentences: few enough to quote under their lines. */
const fewSentences = (facts: readonly Fact[]) => new Set(facts.map((fact) => fact.citation.quote)).size <= 2;

/** The lead's figure as other sentences state it: same measure, value, group and status, another sentence. */
function restatements(lead: Fact, facts: readonly Fact[]): Fact[] {
  return facts
    .filter(
      (fact) =>
        fact !== lead &&
        fact.indicator === lead.indicator &&
        fact.value === lead.value &&
        fact.unit === lead.unit &&
        fact.subject === lead.subject &&
        fact.status === lead.status &&
        fact.citation.quote !== lead.citation.quote,
    )
    .slice(0, maxRestatements);
}

/** Enough to show a figure is stated twice, without turning a lead into a page. */
const maxRestatements = 2;

/**
 * The figure the question asks for among a place's figures, ranked by topic: of the measure it names
 * by its label ("số hộ nghèo"), of the kind asked (a
 * rate, an amount of money) where the question says, and the fall itself when it asks how much
 * something fell; then the one whose labels (level, district, capital, kind, total, group) the
 * question names most — of the first-ranked measure, or of another measure when the question names
 * its labels; else the whole rather than a part, and the province rather than a district unless a
 * district was asked. A starting level is never the answer when anything else is there.
 */
export function askedFact(facts: readonly Fact[], request: Request): Fact {
  // "Đầu năm" asks for the starting level; otherwise a starting level is never the answer.
  const starting = (fact: Fact) => fact.baseline || fact.period?.point === 'start';
  let pool = facts.filter((fact) => (request.start ? starting(fact) : !fact.baseline));
  if (pool.length === 0) pool = [...facts];
  const narrow = (keep: (fact: Fact) => boolean) => {
    const kept = pool.filter(keep);
    if (kept.length > 0) pool = kept;
  };
  // The kind asked ("spend", "bao nhiêu hộ") before the measure named: "spend on health insurance
  // cards" names the cards but asks the money.
  if (request.unit) narrow((fact) => unitKind(fact) === request.unit);
  if (request.measure) narrow((fact) => fact.indicator === request.measure);
  // A group asked, or kept from the turn before ("and the near-poor?"): a figure of that group.
  if (request.subject) narrow((fact) => fact.subject === request.subject);
  if (request.change && !request.start)
    narrow((fact) => fact.change !== null || changeIndicators.includes(fact.indicator));
  const [inOrder] = pool;
  if (!inOrder) throw new Error('askedFact needs a figure');
  const shared = (fact: Fact) => sentenceWords(fact).filter((word) => request.words.has(word)).length;
  // With no topic, the overview's first figure is only its headline: a figure whose sentence shares
  // clearly more of the question leads instead ("cơ sở tôn giáo tặng quà … tổng trị giá bao nhiêu").
  const closest =
    request.intent === 'overview' && !request.measure
      ? pool.reduce((best, fact) => (shared(fact) > shared(best) ? fact : best), inOrder)
      : inOrder;
  const first = shared(closest) - shared(inOrder) >= clearlyMore ? closest : inOrder;
  const districtAsked = request.places.some((place) => place.district !== null);
  const named = (fact: Fact) => labelPhrases(fact).filter((phrase) => request.phrase.includes(phrase)).length;
  const score = (fact: Fact) => {
    const whole = (fact.districts.length === 0) !== districtAsked ? 1 : 0;
    const ranked = fact.indicator === first.indicator ? 2 : 0;
    // The whole before its parts, unless the question asks for a part ("phần", "riêng"). A year's
    // figure "including capital carried over" is a whole; the carried-over capital, a part of it.
    const wholeFirst = request.portion ? -0.5 : 0.5;
    const isWhole = fact.part === 'total' || fact.vintage?.endsWith('_with_carried') === true;
    const isPart = fact.part === 'part' || /^\d{4}_carried$/.test(fact.vintage ?? '');
    return named(fact) * 2 + ranked + whole + (isWhole ? wholeFirst : 0) - (isPart ? wholeFirst : 0);
  };
  const candidates = pool.filter((fact) => fact.indicator === first.indicator || named(fact) > 0);
  // Equal on all that, the figure whose sentence shares most of the question's words ("tham gia các dự
  // án hỗ trợ phát triển sản xuất": the production projects' households, not the infrastructure's).
  return candidates.reduce((best, fact) => {
    const difference = score(fact) - score(best);
    return difference > 0 || (difference === 0 && shared(fact) > shared(best)) ? fact : best;
  }, first);
}

/** Words a sentence must share beyond the headline figure's to lead instead of it. */
const clearlyMore = 2;

/** The distinct folded words of a figure's sentence that are not stop words: read once per figure. */
function sentenceWords(fact: Fact): readonly string[] {
  let words = sentenceWordCache.get(fact);
  if (!words)
    sentenceWordCache.set(
      fact,
      (words = [...new Set(foldedWords(fact.citation.quote))].filter((word) => !foldedStopWords.has(word))),
    );
  return words;
}

const sentenceWordCache = new WeakMap<Fact, readonly string[]>();

/**
 * Asked for a rate where the topic's figures are counts ("việc làm đạt bao nhiêu phần trăm kế hoạch"):
 * the rates stated in the same sentences as those figures ("36.850 lượt người, đạt 105,3% kế hoạch").
 */
function withRatesStated(group: PlaceFacts, request: Request, base: KnowledgeBase): PlaceFacts {
  const asked = request.unit;
  if (!asked || group.facts.length === 0 || group.facts.some((fact) => unitKind(fact) === asked)) return group;
  const sentence = (fact: Fact) => `${fact.citation.entryId}\u0000${fact.citation.quote}`;
  const sentences = new Set(group.facts.map(sentence));
  // Each entry's facts read once, however many of the group's figures it holds.
  const stated = [...new Set(group.facts.map((fact) => fact.citation.entryId))]
    .flatMap((entryId) => base.factsByEntry.get(entryId) ?? [])
    .filter((fact) => sentences.has(sentence(fact)) && unitKind(fact) === asked && fact.status !== 'target');
  return stated.length > 0 ? { ...group, facts: [...new Set([...stated, ...group.facts])] } : group;
}

/**
 * A figure asked of a policy ("vốn Chương trình MTQG giảm nghèo được giao bao nhiêu"): the place's
 * figures of the topic stated in the sentences that name it — of the year asked, or of every year the
 * sentences give ("năm 2022 là 25,2 tỷ đồng; năm 2023 là 61,4 tỷ đồng") — when there are any; else
 * the topic's figures as usual.
 */
function statedWithPolicy(group: PlaceFacts, request: Request, base: KnowledgeBase): PlaceFacts {
  if (request.policies.length === 0 || group.facts.length === 0) return group;
  const measures = new Set(group.facts.map((fact) => fact.indicator));
  const stated = request.policies.flatMap((id) =>
    group.covered.flatMap((province) =>
      // With no topic named ("how much did the fund raise"), whatever the policy's sentences count.
      (statedFacts(base).get(id)?.get(province) ?? []).filter(
        (fact) =>
          (request.intent === 'overview' || measures.has(fact.indicator)) &&
          // Targets asked, its targets; otherwise its results.
          (fact.status === 'target') === (request.intent === 'targets') &&
          !fact.baseline,
      ),
    ),
  );
  const ofYear = stated.filter((fact) => fact.period?.to === request.year);
  if (stated.length === 0) return group;
  // The measure asked, when the policy's sentences do not count it ("giải ngân vốn Chương trình MTQG":
  // the disbursement sentence names no programme), comes from the place's figures as usual.
  if (request.intent !== 'overview') {
    const asked = askedFact(group.facts, request).indicator;
    if (!stated.some((fact) => fact.indicator === asked)) return group;
  }
  return { ...group, facts: ofYear.length > 0 ? ofYear : stated };
}

/**
 * The facts stated in the sentences naming each policy, by policy id and province: worked out once
 * per knowledge base, so a question on a policy mentioned in a thousand articles reads only its province's.
 */
function statedFacts(base: KnowledgeBase): ReadonlyMap<string, ReadonlyMap<string, readonly Fact[]>> {
  let byPolicy = statedCache.get(base);
  if (byPolicy) return byPolicy;
  byPolicy = new Map();
  for (const policy of policyCatalogue(base).policies) {
    const byProvince = new Map<string, Fact[]>();
    // A mention may quote the sentence before its own ("Trong đó, theo quyết định số 167 …"): a fact
    // inside its span is stated with the policy.
    for (const fact of factsInside(base, policy.mentions)) {
      const province = byProvince.get(fact.province ?? '');
      if (province) province.push(fact);
      else byProvince.set(fact.province ?? '', [fact]);
    }
    byPolicy.set(policy.id, byProvince);
  }
  statedCache.set(base, byPolicy);
  return byPolicy;
}

const statedCache = new WeakMap<KnowledgeBase, Map<string, ReadonlyMap<string, readonly Fact[]>>>();

const unitKind = (fact: Fact) => kindOfUnit(fact.unit);

/**
 * What a figure counts, as folded phrases a question may name: a one-word label itself ("tổng"),
 * else each pair of neighbouring words ("keo dai" of "vốn 2022 kéo dài sang 2023", "ngoai tinh",
 * "the province"), so that "phần vốn kéo dài" names the carried-over capital. The default group
 * (hộ nghèo) names nothing.
 */
function labelPhrases(fact: Fact): readonly string[] {
  let phrases = phraseCache.get(fact);
  if (!phrases) phraseCache.set(fact, (phrases = computeLabelPhrases(fact)));
  return phrases;
}

const phraseCache = new WeakMap<Fact, readonly string[]>();
const periodWords = new Set(['nam', 'sang', 'year', 'of', 'in']);

function computeLabelPhrases(fact: Fact): string[] {
  const subject = fact.subject && fact.subject !== 'hộ nghèo' ? [fact.subject] : [];
  const labels = [...partLabels(fact, 'vi'), ...partLabels(fact, 'en'), ...subject];
  return [
    ...new Set(
      labels
        .flatMap((label) => {
          // "QĐ 167" is how labels write what questions write "quyết định 167" or "qd 167".
          const written = foldedWords(label);
          const spelt = written.flatMap((word) => (word === 'qd' ? ['quyet', 'dinh'] : [word]));
          return spelt.length === written.length ? [written] : [written, spelt];
        })
        .flatMap((words) => {
          if (words.length === 1) return [` ${words[0]} `];
          // A pair of words that only says when ("năm 2023", "vốn 2022") names the period the question
          // asks anyway, not what the figure counts.
          return words
            .slice(1)
            .map((word, index) => [words[index] ?? '', word])
            .filter((pair) => !pair.every((word) => periodWords.has(word) || /^\d+$/.test(word)))
            .map(([a, b]) => ` ${a} ${b} `);
        }),
    ),
  ];
}

/**
 * The place as the reader should see it: with its district, and with the province it belongs to
 * since 1 July 2025 when that differs ("Kiên Giang, nay thuộc An Giang từ 01/07/2025").
 */
export function placeLabel(
  place: { readonly name: string; readonly district: string | null },
  facts: readonly Fact[],
  base: KnowledgeBase,
  language: Language,
): string {
  const t = templates[language];
  const sourceProvinces = [...new Set(facts.map((fact) => fact.province ?? ''))].filter(Boolean);
  const effective = formatDate(base.gazetteer.effective) ?? base.gazetteer.effective;
  const name = place.district ? `${place.district} (${place.name})` : place.name;
  if (sourceProvinces.length > 0 && !sourceProvinces.includes(place.name)) {
    return `${name}: ${sourceProvinces.map((p) => `${p} (${t.mergedInto(place.name, effective)})`).join(', ')}`;
  }
  const becomes = base.gazetteer.before.get(place.name)?.becomes;
  return becomes && becomes !== place.name ? `${name} (${t.mergedInto(becomes, effective)})` : name;
}

/** Why there is no figure, plainly, and what is known instead. */
export function missingText(group: PlaceFacts, request: Request, base: KnowledgeBase, language: Language): string {
  const t = templates[language];
  // "No figure on the near-poor rate", not "on the poverty rate", when the rate of a group was asked.
  const asked = request.subject
    ? language === 'vi'
      ? request.subject
      : (t.subject[request.subject] ?? request.subject)
    : null;
  const topic = asked ? `${t.topic[request.intent]} (${asked})` : t.topic[request.intent];
  const name = group.place.district ?? group.place.name;
  switch (group.missing) {
    case 'place':
      // "Bạc Liêu (nay thuộc Cà Mau từ 01/07/2025)": what became of it is known, even with no figure.
      return t.noPlaceData(
        group.place.district ? name : placeLabel(group.place, [], base, language),
        base.provincesWithFacts.join(', '),
      );
    case 'district':
      return t.noDistrictData(topic, group.place.district ?? '', group.place.name);
    case 'year': {
      const years = factsForPlace(base, group.place, { ...request, year: null, trend: true }).facts.flatMap((fact) =>
        fact.period?.to ? [fact.period.to] : [],
      );
      return t.noYearData(topic, name, request.year ?? 0, [...new Set(years)].sort().join(', '));
    }
    default: {
      const known = knownTopics(base, group.covered).map((intent) => t.topic[intent].toLowerCase());
      return t.noTopicData(topic, name, known.join(', '));
    }
  }
}
