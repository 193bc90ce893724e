import { findPlaces, type Gazetteer, type PlaceMention } from '../places/gazetteer.js';
import {
  documentsAsked,
  isOfListedKind,
  type Policy,
  type PolicyCatalogue,
  policiesNamed,
  policyKindsListed,
} from '../policies/catalogue.js';
import { normalizeText } from '../text/fold.js';
import { type UnitDefinition, type UnitKind, units } from '../facts/units.js';
import { indicators } from '../facts/indicators.js';
import { topicRegistry } from './topics.js';
import { groupsInPhrase } from './support-measures.js';
import { beneficiaries, type TargetGroupId } from './target-groups.js';
import { exactWords, foldedWords, splitWords } from '../text/words.js';
import {
  changeCues,
  chartCues,
  comparisonCues,
  englishWords,
  followUpCues,
  type Intent,
  intentConfidenceThreshold,
  intentCues,
  intentNames,
  modifierCues,
  nationalCues,
  acrossProvincesCues,
  startCues,
  portionCues,
  receivedCues,
  formerCues,
  uncoveredCues,
  supportCues,
  mannerCues,
  achievementCues,
  chatAbbreviations,
  policyBackReferences,
  placeBackReferences,
  workNameHeads,
  relativeYearCues,
  whenCues,
  againstYearBeforeCues,
  endingParticles,
  unitCues,
  kindAskedCues,
  quantityCues,
  notQuantityPhrases,
  countingCues,
  programmeCues,
  rankingCues,
  rankingOrder,
  subjectCues,
  stopWords,
  trendCues,
} from './intents.js';

/** A question as the core understands it. */
export interface Question {
  /** The question as read: NFC, markup removed, whitespace collapsed. */
  readonly text: string;
  /** Its words, folded: what every later step matches on (place mentions index into them). */
  readonly words: readonly string[];
  readonly language: 'vi' | 'en';
  readonly intent: Intent;
  /** Score of the winning intent's cues, 0 when none matched. */
  readonly confidence: number;
  /** A strong cue names the topic ("tỷ lệ hộ nghèo"), not only weak ones leaning to it ("hộ nghèo, hộ cận nghèo"). */
  readonly topicNamed: boolean;
  readonly places: readonly PlaceMention[];
  /** A single year asked for ("năm 2022", "2022"), or null. */
  readonly year: number | null;
  /** A range asked for ("2021-2024", "từ 2016 đến 2020"). */
  readonly years: { readonly from: number; readonly to: number } | null;
  readonly subject: string | null;
  readonly ranking: 'ascending' | 'descending' | null;
  readonly comparison: boolean;
  /** Uses a comparative ("thấp hơn", "higher"), with or without places named. */
  readonly comparative: boolean;
  /** The kind of figure asked: a rate, an amount of money, or what "bao nhiêu hộ / em / nhà" counts. */
  readonly unit: UnitKind | null;
  /** A percentage or money asked outright ("bao nhiêu tiền"), not only named with a measure ("tiền điện"). */
  readonly unitAsked: boolean;
  /** Asks about the whole country ("cả nước", "nationwide"). */
  readonly national: boolean;
  /** Asks for every province ("các tỉnh", "each province"). */
  readonly acrossProvinces: boolean;
  /** Asks for the level at the start of a period ("đầu năm"). */
  readonly start: boolean;
  /** Asks for one part of a whole ("phần", "riêng", "of those"). */
  readonly portion: boolean;
  /** Policies the question names (catalogue ids), most specific first. */
  readonly policies: readonly string[];
  /** Legal documents the question names that the articles never mention ("Quyết định 999"). */
  readonly unknownDocuments: readonly string[];
  /** Asks what the articles do not say (a procedure, an interest rate, one's own eligibility). */
  readonly uncovered: boolean;
  /** Asks what support a group gets ("được hỗ trợ những gì"). */
  readonly support: boolean;
  /** The group a support question is about when no figure counts it ("học sinh nghèo được hỗ trợ gì"). */
  readonly beneficiary: TargetGroupId | null;
  /** Points back to the policy of the answer before ("việc thực hiện nó", "this programme"). */
  readonly policyBack: boolean;
  /** Points back to the place of the answer before ("ở đó", "in that province"). */
  readonly placeBack: boolean;
  /** Asks how something is done ("bằng cách nào", "how does"): a passage tells it. */
  readonly manner: boolean;
  /** Kinds of policy it asks to list ("những quyết định nào": "Quyết định"; "which programmes": "programme"). */
  readonly listsPolicies: readonly string[];
  readonly trend: boolean;
  /** Asks how much something fell or rose. */
  readonly change: boolean;
  /** Asks whether targets were met ("có đạt mục tiêu không", "did they meet it"): the results, not the targets. */
  readonly achieved: boolean;
  /** A year named by the one before ("năm trước": -1, "the following year": 1). */
  readonly relativeYear: -1 | 1 | null;
  /** Asks when ("ký ngày nào", "when was it issued"). */
  readonly asksWhen: boolean;
  /** Asks for a figure ("bao nhiêu", "how many") rather than an explanation. */
  readonly quantity: boolean;
  readonly followUp: boolean;
  /** Asks for a chart ("vẽ biểu đồ", "chart"): of one place, a series over the years. */
  readonly chart: boolean;
}

/** A cue phrase of the word tables, folded: asked for every question, so folded once per cue. */
export const foldCue = (cue: string): string => {
  let folded = foldedCues.get(cue);
  if (folded === undefined) foldedCues.set(cue, (folded = foldedWords(cue).join(' ')));
  return folded;
};
const foldedCues = new Map<string, string>();

const rankingOrderCues = [...rankingOrder.ascending, ...rankingOrder.descending];
const relativeYearEntries = Object.entries(relativeYearCues);

/** A table of cues folded and padded once: a question tries each table's cues without rebuilding them. */
function paddedCues(cues: readonly string[]): readonly string[] {
  let padded = paddedCueCache.get(cues);
  if (!padded) paddedCueCache.set(cues, (padded = cues.map((cue) => ` ${foldCue(cue)} `)));
  return padded;
}
const paddedCueCache = new WeakMap<readonly string[], readonly string[]>();
const compiledIntentCues = intentNames.flatMap((intent) =>
  Object.entries(intentCues[intent]).map(([cue, weight]) => ({
    intent,
    words: foldCue(cue).split(' '),
    exact: exactWords(cue),
    order: 0,
    // A longer cue is more specific: "miễn giảm học phí" outweighs a lone "vay".
    weight: weight * (1 + 0.1 * (foldCue(cue).split(' ').length - 1)),
  })),
);
compiledIntentCues.sort((a, b) => b.words.length - a.words.length);
const cuesByFirstWord = new Map<string, (typeof compiledIntentCues)[number][]>();
compiledIntentCues.forEach((cue, order) => {
  cue.order = order;
  const first = cue.words[0] ?? '';
  cuesByFirstWord.set(first, [...(cuesByFirstWord.get(first) ?? []), cue]);
});

/** Words between a province's former and present names that make them one. */
const formerWords = new Set(formerCues.flatMap((cue) => foldCue(cue).split(' ')));
const receivedWords = new Set(receivedCues.map(foldCue));
/**
 * "hỗ trợ đầu tư gì", "chính sách giảm nghèo gì": what support, with a word or two
 * between; "kể giúp các chính sách", "list the poverty-reduction policies", "which policy areas" (not
 * "what is the policy").
 */
// "which kinds of production support projects" asks of projects: "support" there describes them.
const supportAsked =
  / (?:ho tro|dau tu)(?: \S+){0,2} (?:nhung )?gi | chinh sach(?: \S+){0,2} (?:gi|nao) | (?:ke giup|ke ten|liet ke)(?: \S+){0,4} chinh sach | (?:which|list)(?: \S+){0,4} polic(?:y|ies) | (?:what|which|list)(?: \S+){0,3} (?:support|help|benefits) (?!(?:projects?|models?|programmes?|programs?|schemes?|funds?) )/;
/**
 * "hỗ trợ người nghèo qua những lĩnh vực nào", "what did Bình Thuận do for ethnic minority households":
 * what support, when no one measure is named ("what does the legal aid centre do for the poor" asks of it).
 */
const supportAreasAsked =
  / ho tro(?: \S+){0,4} (?:nhung |cac )?(?:linh vuc|mang|hinh thuc|loai hinh) (?:nao|gi) | what (?:did|does|has|have)(?: \S+){1,4} (?:do|done) for /;
/**
 * "mấy nhiệm vụ trọng tâm nào" asks which, not how many; "mấy huyện, huyện nào" asks both (the noun
 * said again before "nào").
 */
function asksWhichNotHowMany(phrase: string): boolean {
  const match = / may (\S+)((?: \S+){0,3}) nao /.exec(phrase);
  return match !== null && !(match[2] ?? '').split(' ').includes(match[1] ?? '');
}

const abbreviationPattern = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${Object.keys(chatAbbreviations).join('|')})(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Words before "vay" that make it borrowing, not the particle "vậy". */
const borrowingWords = new Set(['duoc', 'cho', 'muon', 'xin', 'di', 'co', 'the', 'de', 'khi', 'ai', 'nao']);

/** Words a request for the bot's help by one word ("help") runs to at most. */
const helpWords = 8;

/** The one-word quantity cues ("số", "mấy"), folded, with the written forms that are them. */
const oneWordQuantity = new Map(
  quantityCues.filter((cue) => !cue.includes(' ')).map((cue) => [foldCue(cue), new Set(exactWords(cue))] as const),
);
/** Half a strong cue: enough to outweigh the group counted ("số hộ nghèo"), not a second topic's cue. */
const receivedWeight = 0.5;

const neutralNames = Object.entries(intentCues.overview)
  .filter(([, weight]) => weight === 0)
  .map(([name]) => ` ${foldCue(name)} `);

/** Words the answering core knows (cues, question words, English): never a misspelt place name. */
const knownWords = new Set(
  [
    ...intentNames.flatMap((intent) => Object.keys(intentCues[intent])),
    ...englishWords,
    ...stopWords,
    ...rankingCues,
    ...comparisonCues,
    ...trendCues,
    ...changeCues,
    ...chartCues,
    ...quantityCues,
    ...nationalCues,
    ...acrossProvincesCues,
    ...startCues,
    ...portionCues,
    ...uncoveredCues,
    ...supportCues,
    ...mannerCues,
    ...achievementCues,
    ...policyBackReferences,
    ...placeBackReferences,
    ...unitCues.percent,
    ...unitCues.money,
  ].flatMap((phrase) => exactWords(phrase)),
);

/**
 * Characters of a question that are read: Telegram's longest message (4,096 UTF-16 code units). What
 * a caller passes beyond it (a forged webhook body, a pasted file) is ignored, so understanding and
 * answering any input costs at most what a message of this length costs.
 */
export const maxQuestionLength = 4096;

/** The question cut to `maxQuestionLength`, never between the two halves of a surrogate pair. */
export function withinQuestionLength(rawQuestion: string): string {
  if (rawQuestion.length <= maxQuestionLength) return rawQuestion;
  const cut = rawQuestion.slice(0, maxQuestionLength);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Misspelt place names looked for in one question at most (fuse.js, half a millisecond each): the
 * eval questions need one at most, a comparison of misspelt provinces a few.
 */
const maxFuzzySearches = 8;

/**
 * Reads a question: places, time, topic and the shape of the answer wanted. Pure, and linear in the
 * question (cut to `maxQuestionLength`): test/answer/work-budget.test.ts holds every step to it.
 */
export function understand(rawQuestion: string, gazetteer: Gazetteer, catalogue?: PolicyCatalogue): Question {
  const text = normalizeText(stripMarkup(withinQuestionLength(rawQuestion)));
  // Read with its chat abbreviations spelt out; the question is kept as typed.
  const read = text.replace(
    abbreviationPattern,
    (abbreviation) => chatAbbreviations[abbreviation.toLowerCase()] ?? abbreviation,
  );
  const words = foldedWords(read);
  const phrase = ` ${words.join(' ')} `;
  const has = (cues: readonly string[]) => paddedCues(cues).some((cue) => phrase.includes(cue));
  const exact = exactWords(read);
  // A one-word cue written with other diacritics is another word: "Sở" (department) is not "số".
  const asWritten = words.map((word, index) =>
    oneWordQuantity.get(word)?.has(exact[index] ?? '') === false && exact[index] !== word ? '·' : word,
  );
  const named = catalogue ? policiesNamed(catalogue, words) : [];
  // Nor a policy's name ("so ldtbxh" is the department, however typed).
  const quantityPhrase = [
    ...paddedCues(notQuantityPhrases),
    ...named.flatMap((policy) => [...policy.aliases, ...(policy.shortForms ?? [])].map((name) => ` ${name} `)),
  ].reduce((rest, padded) => rest.split(padded).join(' · '), ` ${asWritten.join(' ')} `);
  const withoutWorkName = phrase.includes(' giam ngheo ')
    ? paddedCues(workNameHeads).reduce((rest, head) => rest.replaceAll(`${head}giam ngheo `, `${head}· `), phrase)
    : phrase;
  const places = oneNamePerPlace(
    findPlaces(gazetteer, read, { knownWords, maxFuzzySearches }),
    gazetteer,
    words,
    has(comparisonCues),
  );
  // "… bị quá tải vay?": a last "vay" typed without diacritics ends the question ("vậy"), unless a
  // word of borrowing stands before it ("được vay", "cho vay", "muốn vay").
  const particle = words.at(-1) === 'vay' && exact.at(-1) === 'vay' && !borrowingWords.has(words.at(-2) ?? '');
  const detected = particle
    ? detectIntent(words.slice(0, -1), exact.slice(0, -1), places)
    : detectIntent(words, exact, places);
  const unit = has(unitCues.percent) ? 'percent' : has(unitCues.money) ? 'money' : countedKind(phrase);
  // No topic cue, but a unit counted that one topic alone counts in ("nhiều nhà nhất": houses).
  const unitTopic = detected.intent === 'unknown' && detected.confidence === 0 && unit ? topicCounting(unit) : null;
  const chosen = unitTopic ? { intent: unitTopic, confidence: unitTopicWeight, named: false } : detected;
  // "Có đạt mục tiêu không?": the poverty rate's fall the articles set against its targets.
  const achievement = chosen.intent === 'targets' && has(achievementCues);
  // The results of the topic asked besides its targets (the fund's takings "so với chỉ tiêu"); the
  // poverty rate's fall where no other topic is named.
  const resultsTopic = achievement ? detectIntent(words, exact, places, 'targets') : null;
  // "Did they meet it in 2022?" after a target: whether the results met it, whatever topic the turn before had.
  const achieved = has(achievementCues) && (chosen.intent === 'targets' || chosen.intent === 'unknown');
  const {
    intent,
    confidence,
    named: topicNamed,
  } = achievement
    ? {
        ...chosen,
        intent:
          resultsTopic && resultsTopic.confidence > 0 && resultsTopic.intent !== 'overview'
            ? resultsTopic.intent
            : ('poverty_rate' as const),
      }
    : chosen;
  const { year, years } = detectTime(read);
  const ranking =
    has(rankingCues) || (has(rankingOrderCues) && places.length === 0)
      ? has(rankingOrder.ascending)
        ? 'ascending'
        : 'descending'
      : null;
  const startsAsFollowUp = followUpCues.start.some((cue) => phrase.startsWith(` ${foldCue(cue)} `));
  const chart = has(chartCues);
  // "vẽ biểu đồ" naming no place and no topic is about the answer before it.
  const chartOfPrevious = chart && places.length === 0 && confidence === 0;
  return {
    text,
    words,
    language: detectLanguage(read),
    intent,
    confidence,
    topicNamed,
    places,
    year,
    years,
    subject: askedSubject(phrase),
    ranking: places.length > 1 ? null : ranking,
    comparison: places.length > 1 || (has(comparisonCues) && places.length > 0),
    comparative: has(comparisonCues),
    national: has(nationalCues),
    acrossProvinces: has(acrossProvincesCues),
    start: has(startCues),
    portion: has(portionCues),
    policies: named.map((policy) => policy.id),
    unknownDocuments: catalogue ? unknownDocuments(catalogue, named, words) : [],
    uncovered: has(uncoveredCues),
    support: has(supportCues) || supportAsked.test(phrase) || (!topicNamed && supportAreasAsked.test(phrase)),
    beneficiary: groupsInPhrase(phrase).find((group) => beneficiaries.includes(group))?.id ?? null,
    manner: has(mannerCues),
    policyBack: has(policyBackReferences),
    placeBack: has(placeBackReferences),
    // Only kinds the catalogue has: "những kế hoạch nào" with no numbered plan is for the passages.
    listsPolicies: catalogue
      ? policyKindsListed(words).filter((kind) => catalogue.policies.some((policy) => isOfListedKind(policy, kind)))
      : [],
    unit,
    // A count's kind is always asked outright ("bao nhiêu hộ"): it is read after the counting word.
    unitAsked: unit === 'percent' || unit === 'money' ? has(kindAskedCues[unit]) : unit !== null,
    // A range named as a period ("giai đoạn 2021-2024") is when the figure counts, not a series asked for.
    trend:
      has(trendCues) ||
      // A chart of one place is its series over the years.
      (chart && (places.length === 1 || chartOfPrevious)) ||
      (years !== null && years.to > years.from && !/\b(?:giai doan|period) (?:19|20)\d\d/.test(words.join(' '))),
    // "Giảm nghèo" after a noun is the work's name ("công tác giảm nghèo"), not a fall asked.
    change: achievement || paddedCues(changeCues).some((cue) => withoutWorkName.includes(cue)),
    achieved,
    asksWhen: has(whenCues),
    relativeYear: has(againstYearBeforeCues)
      ? null
      : (relativeYearEntries.find(([cue]) => phrase.includes(` ${foldCue(cue)} `))?.[1] ?? null),
    quantity:
      quantityCues.some((cue) => quantityPhrase.includes(` ${foldCue(cue)} `)) && !asksWhichNotHowMany(quantityPhrase),
    followUp:
      startsAsFollowUp ||
      chartOfPrevious ||
      followUpCues.end.some((cue) => withoutParticles(words).endsWith(` ${foldCue(cue)} `)),
    chart,
  };
}

/** The question without the particles that end it ("… thì sao ạ", "… thì sao ad", "… nhé"), padded. */
function withoutParticles(words: readonly string[]): string {
  let end = words.length;
  while (end > 0 && foldedEndingParticles.has(words[end - 1] ?? '')) end -= 1;
  return ` ${words.slice(0, end).join(' ')} `;
}

const foldedEndingParticles = new Set(endingParticles.map(foldCue));

/** The one sub-group asked about; none when the question names several ("hộ nghèo và hộ cận nghèo"). */
function askedSubject(phrase: string): string | null {
  let rest = phrase;
  const named = new Set<string>();
  for (const [cue, subject] of subjectCues) {
    const folded = ` ${foldCue(cue)} `;
    if (!rest.includes(folded)) continue;
    named.add(subject);
    rest = rest.split(folded).join(' ');
  }
  // Plain "hộ nghèo" (not inside "tỷ lệ hộ nghèo") is the default group: it only cancels a sub-group.
  if (/(?<!ti le) (?:ho|nguoi) ngheo | poor (?:households|people) /.test(rest)) named.add('hộ nghèo');
  return named.size === 1 && !named.has('hộ nghèo') ? ([...named][0] ?? null) : null;
}

/**
 * A province named with the one it became ("Lâm Đồng (Bình Thuận cũ)", "Bắc Kạn (nay thuộc Thái
 * Nguyên)", "Thái Nguyên – phần tỉnh Bắc Kạn cũ", "An Giang (chỗ Kiên Giang cũ)") is one place, not
 * two to compare: the former province is kept, the one its figures are reported under. Only a
 * comparison asked in words ("so sánh An Giang và Kiên Giang") keeps both, unless the two names are
 * written as one ("so sánh Lâm Đồng (Bình Thuận cũ) với Lạng Sơn").
 */
function oneNamePerPlace(
  places: readonly PlaceMention[],
  gazetteer: Gazetteer,
  words: readonly string[],
  comparing: boolean,
): PlaceMention[] {
  const joined = (a: PlaceMention, b: PlaceMention) => {
    const [first, second] = a.start < b.start ? [a, b] : [b, a];
    const between = words.slice(first.end, second.start);
    return between.length <= 4 && between.every((word) => formerWords.has(word));
  };
  const merged = new Set(
    places.flatMap((old) => {
      const becomes = gazetteer.before.get(old.name)?.becomes;
      if (!becomes || becomes === old.name) return [];
      const now = places.find((place) => place.name === becomes);
      return now && (!comparing || joined(old, now)) ? [becomes] : [];
    }),
  );
  return places.filter((place) => place.level !== 'province' || !merged.has(place.name));
}

/**
 * What "bao nhiêu hộ", "mấy em", "how many households" count: the kind of unit the word after the
 * question word names, read from the units table ("hộ" → households, "em" → people), when that
 * word names one kind only ("lượt" is of households and people alike) — or the word after it does,
 * among those kinds ("can nha" typed for "căn nhà": "can" may be "cán bộ", "nha" is houses).
 */
function countedKind(phrase: string): UnitKind | null {
  for (const cue of countingWords) {
    const at = phrase.indexOf(` ${cue} `);
    if (at < 0) continue;
    const [next, after] = phrase.slice(at + cue.length + 2).split(' ');
    const kinds = unitWordKinds.get(next ?? '');
    if (kinds?.size === 1) return [...kinds][0] ?? null;
    // A word between that is no unit ("how many poor households"): the word after it says.
    const narrowed = [...(unitWordKinds.get(after ?? '') ?? [])].filter((kind) => !kinds || kinds.has(kind));
    if (narrowed.length === 1) return narrowed[0] ?? null;
  }
  return null;
}

const countingWords = countingCues.map(foldCue);

/** A unit counted names its topic only weakly: a follow-up's own topic cue still outweighs it. */
const unitTopicWeight = 0.5;

/** The one topic whose figures are counted in a kind of unit (houses: housing), if only one is. */
function topicCounting(kind: UnitKind): Intent | null {
  const topics = intentNames.filter(
    (intent) =>
      intent !== 'overview' &&
      (topicRegistry[intent].shows ?? []).some((id) => (indicators[id].kinds as readonly UnitKind[]).includes(kind)),
  );
  return topics.length === 1 ? (topics[0] ?? null) : null;
}

/** Each word of a unit's written forms (Vietnamese, folded, and English): the kinds of unit it belongs to. */
const unitWordKinds = (() => {
  const kinds = new Map<string, Set<UnitKind>>();
  // Rates and money have cue words of their own ("phần trăm", "bao nhiêu tỷ"); "năm" of "%/năm" is not one.
  const measured = new Set<UnitKind>(['percent', 'money', 'price', 'area', 'mass']);
  const entries = Object.entries(units) as [string, UnitDefinition][];
  const wordsOf = ([written, unit]: [string, UnitDefinition]) =>
    foldedWords([written, ...(unit.also ?? []), unit.en].join(' '));
  for (const entry of entries)
    if (!measured.has(entry[1].kind))
      for (const word of wordsOf(entry)) kinds.set(word, (kinds.get(word) ?? new Set()).add(entry[1].kind));
  // A counted unit's word that a rate's words share is no one kind alone: "phần" is of "phần quà" and
  // "phần trăm" ("chiếm bao nhiêu phần dân số" counts no gifts).
  for (const word of foldedWords(unitCues.percent.join(' '))) kinds.get(word)?.add('percent');
  return kinds;
})();

/** Scores every intent by its cues, longest cue first, each word used once. */
function detectIntent(
  words: readonly string[],
  exact: readonly string[],
  places: readonly PlaceMention[],
  excluded: Intent | null = null,
): { intent: Intent; confidence: number; named: boolean } {
  const used = new Array<boolean>(words.length).fill(false);
  // Place names are not cues ("Thái Bình" is not "bình").
  for (const place of places) used.fill(true, place.start, place.end);
  const scores = new Map<Intent, number>();
  // The topics a strong cue names, not only weak ones leaning together ("hộ nghèo, hộ cận nghèo").
  const named = new Set<Intent>();
  // Only cues whose first word the question has, in their longest-first order.
  const candidates = [...new Set(words.flatMap((word) => cuesByFirstWord.get(word) ?? []))].sort(
    (a, b) => a.order - b.order,
  );
  const positions = new Map<string, number[]>();
  words.forEach((word, index) => {
    const at = positions.get(word);
    if (at) at.push(index);
    else positions.set(word, [index]);
  });
  for (const cue of candidates) {
    for (const start of positions.get(cue.words[0] ?? '') ?? []) {
      const end = start + cue.words.length;
      if (end > words.length) continue;
      if (used.slice(start, end).some(Boolean)) continue;
      if (!cue.words.every((word, offset) => words[start + offset] === word)) continue;
      // A one-word cue written with other diacritics is another word: "trân trọng" is not "trận",
      // "vậy" is not "vay". Longer cues tolerate a wrong mark ("hộ cân nghèo").
      const written = exact[start] ?? '';
      if (cue.words.length === 1 && written !== words[start] && written !== cue.exact[0]) continue;
      // "help" alone asks for the bot's help in a short message only: "where does orchid growing help
      // families escape poverty" asks about orchids.
      if (cue.intent === 'help' && cue.words.length === 1 && words.length > helpWords) continue;
      used.fill(true, start, end);
      // "được vay", "got loans", or with one word between ("got policy loans", "được cấp thẻ").
      const received =
        cue.weight > 0 && words.slice(Math.max(0, start - 2), start).some((word) => receivedWords.has(word))
          ? receivedWeight
          : 0;
      scores.set(cue.intent, (scores.get(cue.intent) ?? 0) + cue.weight + received);
      if (cue.weight >= 1) named.add(cue.intent);
    }
  }
  const unknown = scores.get('unknown') ?? 0;
  if (unknown >= 1) return { intent: 'unknown', confidence: unknown, named: true };
  // Names that contain a modifier's word ("Chương trình mục tiêu quốc gia") are taken out first.
  const bare = neutralNames.reduce((phrase, name) => phrase.split(name).join(' '), ` ${words.join(' ')} `);
  for (const [modifier, cues] of Object.entries(modifierCues) as [Intent, readonly string[]][]) {
    if (modifier !== excluded && cues.some((cue) => bare.includes(` ${foldCue(cue)} `))) {
      return { intent: modifier, confidence: Math.max(1, scores.get(modifier) ?? 0), named: true };
    }
  }
  const topical = intentNames.filter((name) => !['greeting', 'help', 'unknown'].includes(name) && name !== excluded);
  // A topic a strong cue names comes before one weak cues only lean to, however many ("vay vốn cho
  // hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo" asks about loans, for those groups).
  const best = topical.reduce<{ intent: Intent; confidence: number; named: boolean }>(
    (current, name) => {
      const score = scores.get(name) ?? 0;
      const isNamed = named.has(name);
      const better = isNamed === current.named ? score > current.confidence : isNamed && score > 0;
      return better ? { intent: name, confidence: score, named: isNamed } : current;
    },
    { intent: 'unknown', confidence: 0, named: false },
  );
  if ((scores.get('help') ?? 0) >= 1 && best.confidence < 1)
    return { intent: 'help', confidence: scores.get('help') ?? 1, named: true };
  if ((scores.get('greeting') ?? 0) >= 1 && best.confidence < intentConfidenceThreshold) {
    return { intent: 'greeting', confidence: scores.get('greeting') ?? 1, named: true };
  }
  return best;
}

/** Years asked for: "năm 2022" or a bare "2022" is one year; "2021-2024", "từ 2016 đến 2020" a range. */
function detectTime(rawText: string): Pick<Question, 'year' | 'years'> {
  // "vốn (năm) 2022 kéo dài" is capital carried over from 2022: which capital, not the period asked.
  const text = rawText
    .replace(
      /(?:vốn|von|capital)\s+(?:năm\s+|nam\s+|of\s+)?(?:19|20)\d\d\s+(?:kéo dài|keo dai|chuyển sang|chuyen sang|carried)/giu,
      ' ',
    )
    // A date ("31/5/2024", "6/2024") names its year.
    .replace(/\b\d{1,2}\/(?:\d{1,2}\/)?((?:19|20)\d\d)\b/gu, ' $1 ');
  const range = text.match(/((?:19|20)\d\d)\s*(?:-|–|đến|tới|to)\s*(?:cuối\s+|năm\s+)?((?:19|20)\d\d)/iu);
  if (range) return { year: null, years: { from: Number(range[1]), to: Number(range[2]) } };
  const years = [...text.matchAll(/(?<![\d/.,])((?:19|20)\d\d)(?![\d/])/gu)].map((m) => Number(m[1]));
  const distinct = [...new Set(years)].sort();
  if (distinct.length > 1) return { year: null, years: { from: distinct[0] ?? 0, to: distinct.at(-1) ?? 0 } };
  return { year: distinct[0] ?? null, years: null };
}

function detectLanguage(text: string): 'vi' | 'en' {
  const words = splitWords(text);
  const english = words.filter((word) => englishWords.has(word.toLowerCase())).length;
  // English with a Vietnamese name in it ("free legal aid in Bình Thuận", "the “Vì người nghèo” fund").
  if (english >= minEnglishWords && english >= words.length * englishShare) return 'en';
  if (/[^\p{ASCII}]/u.test(text.replace(/[’‘“”–—…]/g, ''))) return 'vi';
  return english >= 2 || (english >= 1 && words.length <= 3) ? 'en' : 'vi';
}

/** A question with Vietnamese letters is English when this many of its words, and this share, are English. */
const minEnglishWords = 3;
const englishShare = 0.3;

/** Pasted HTML tags, Markdown emphasis, links and code marks are not part of the question. */
export function stripMarkup(text: string): string {
  return unlink(
    text
      .replace(/<[^>]{0,200}>/g, ' ')
      .replace(
        /&(?:nbsp|amp|lt|gt|quot|#39);/g,
        (entity) =>
          ({ '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" })[entity] ?? ' ',
      ),
  ).replace(/[*_`~#>|]+/g, ' ');
}

/**
 * Markdown links "[text](url)" replaced by their text, as `/\[([^\]]*)\]\([^)]*\)/g` would, in one
 * pass: that expression reads from every "[" to the next "]" and from every "](" to the next ")",
 * so "[" × 4,096 took 6 ms. Here each "]" and ")" is searched for once, from where the last one was.
 */
function unlink(text: string): string {
  const kept: string[] = [];
  let copied = 0;
  let bracket = -1;
  let paren = -1;
  let open = text.indexOf('[');
  while (open >= 0) {
    if (bracket <= open) bracket = text.indexOf(']', open + 1);
    // No "]" after this "[" means none after any later one either: no more links.
    if (bracket < 0) break;
    if (text[bracket + 1] !== '(') {
      open = text.indexOf('[', open + 1);
      continue;
    }
    if (paren <= bracket + 1) paren = text.indexOf(')', bracket + 2);
    if (paren < 0) break;
    kept.push(text.slice(copied, open), text.slice(open + 1, bracket));
    copied = paren + 1;
    open = text.indexOf('[', copied);
  }
  kept.push(text.slice(copied));
  return kept.join('');
}

/**
 * Documents asked about by kind and number that the articles never mention. A question that names a
 * policy of the catalogue (`named`) asks about it ("CT 135" is Chương trình 135, not a Chỉ thị).
 */
function unknownDocuments(catalogue: PolicyCatalogue, named: readonly Policy[], words: readonly string[]): string[] {
  if (named.length > 0) return [];
  const documents = documentsAsked(words).flatMap((document) =>
    catalogue.byId.has(document.id) ? [] : [document.name],
  );
  return [...documents, ...unknownProgrammes(catalogue, ` ${words.join(' ')} `)];
}

/**
 * Programmes named by a number ("Chương trình 30a", "programme 134") that no catalogue entry is
 * called: the articles never mention them, so nothing is said of them but that.
 */
function unknownProgrammes(catalogue: PolicyCatalogue, phrase: string): string[] {
  // Words split "30a" into "30" and "a".
  const asked = [...phrase.matchAll(programmeNumber)];
  if (asked.length === 0) return [];
  const known = knownNames(catalogue);
  return asked.flatMap(([, number, letter]) => {
    const spoken = letter ? ` ${number} ${letter} ` : ` ${number} `;
    return known.some((name) => name.includes(spoken)) ? [] : [`Chương trình ${number ?? ''}${letter ?? ''}`];
  });
}

const programmeNumber = new RegExp(` (?:${programmeCues.map(foldCue).join('|')}) (\\d{2,4})(?: ([a-z]) )?`, 'g');

/** Every name and alias of the catalogue, folded and padded: worked out once per catalogue, not per question. */
function knownNames(catalogue: PolicyCatalogue): readonly string[] {
  let names = knownNameCache.get(catalogue);
  if (!names)
    knownNameCache.set(
      catalogue,
      (names = catalogue.policies.flatMap((policy) =>
        [policy.name, ...policy.aliases].map((name) => ` ${foldCue(name)} `),
      )),
    );
  return names;
}

const knownNameCache = new WeakMap<PolicyCatalogue, readonly string[]>();
