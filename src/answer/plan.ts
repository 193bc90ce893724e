import { foldSyllable } from '../text/fold.js';
import { foldedWords } from '../text/words.js';
import { englishToVietnamese } from './glossary.js';
import type { FollowUp } from './answer.js';
import {
  type Intent,
  intentCues,
  nameCues,
  portionCues,
  startCues,
  stopWords,
  unitCues,
  whichCues,
  whoCues,
} from './intents.js';
import { type IndicatorId, indicators } from '../facts/indicators.js';
import { namedMeasure, type PlaceRef, type Request } from './lookup.js';
import type { TargetGroupId } from './target-groups.js';
import { topicRegistry } from './topics.js';
import { foldCue, type Question } from './understand.js';

/** What a passage search needs of the question, read once here so no route reads the question again. */
export interface PassageSearch {
  /** Words of the question that are not places, question words, years or its topic's cue words. */
  readonly contentWords: readonly string[];
  /** The cue words of the asked topic that the question used. */
  readonly cueWords: readonly string[];
  /** The question's words without its places: what is searched when nothing else is left. */
  readonly otherWords: readonly string[];
  /** The question's words without places or question words, cue words kept: what it names, in order. */
  readonly namedWords: readonly string[];
  /** "Những huyện nghèo nào?", "những xã nào", "which communes": the answer names districts or communes. */
  readonly asksWhichDistricts: boolean;
  /** "tên là gì", "what are the names": their names asked, not where something happened. */
  readonly asksNames: boolean;
}

interface Planned {
  readonly request: Request;
  readonly search: PassageSearch;
}

/**
 * What the answer will be, decided from the question and the conversation before anything is looked
 * up. One route answers each kind (src/answer/routes/); none of them reads the question again.
 */
export type Plan =
  | {
      readonly kind: 'chat';
      readonly say: 'greeting' | 'thanks' | 'help' | 'out_of_scope' | 'out_of_scope_examples';
      readonly request: Request;
    }
  /** One place's figures: the one asked first, then the related ones; a bare place gets its card. */
  | (Planned & {
      readonly kind: 'figures';
      readonly place: PlaceRef;
      readonly card: boolean;
      readonly explainable: boolean;
      /** Only a place was typed ("Pác Nặm" after a question on another topic): its card when the topic has nothing. */
      readonly bare: boolean;
      /**
       * Names its topic itself and does not ask how many ("Lạng Sơn có miễn giảm học phí không?"): a
       * passage may stand in for a figure the place lacks. Never for "bao nhiêu", nor a follow-up.
       */
      readonly explainsMissingTopic: boolean;
      /** How or by whom something of the topic is done ("đôn đốc giải ngân ntn", "ai đốc thúc"): the passage telling it, before the figures. */
      readonly asksHowOrWho: boolean;
    })
  /** The same measure for two or more places, side by side. */
  | (Planned & { readonly kind: 'comparison' })
  /** No place named: every province that has the measure, ranked when asked; "cả nước" says there is no national figure. */
  | (Planned & {
      readonly kind: 'table';
      readonly order: 'ascending' | 'descending' | null;
      readonly national: boolean;
      /** Without a figure topic, the question may still be answered by a passage sharing its words. */
      readonly explainable: boolean;
    })
  /** An explanation (difficulties, lessons, how a place works): quoted passages, figures as fallback. */
  | (Planned & { readonly kind: 'passages'; readonly place: PlaceRef })
  /** The same explanation for two places or more ("khó khăn của Lạng Sơn và Bắc Kạn"): each place's passages in turn. */
  | (Planned & { readonly kind: 'explanations' })
  /** Which decisions, programmes ... the articles mention (in a place, or anywhere): each named, with its sentence. */
  | (Planned & { readonly kind: 'policyList'; readonly kinds: readonly string[]; readonly place: PlaceRef | null })
  /**
   * What support a group gets (in a place, or anywhere): one line per measure, each with its cited
   * sentence; for a group no figure counts (pupils, poor districts), what the sentences naming it say.
   */
  | (Planned & {
      readonly kind: 'support';
      readonly place: PlaceRef | null;
      readonly beneficiary: TargetGroupId | null;
    })
  /** On no topic the bot knows and no place ("MIS Posasoft là gì?"): the passage sharing its words, else out of scope. */
  | (Planned & { readonly kind: 'search' })
  /** What a programme, decision, fund or institution is, where it is carried out, what is counted under it. */
  | (Planned & {
      readonly kind: 'policy';
      readonly place: PlaceRef | null;
      /** Asks when it was issued: said plainly where the articles give no date. */
      readonly asksWhen: boolean;
    })
  /** What the articles do not say (a procedure, an interest rate, one's own eligibility): said plainly, then the closest. */
  | (Planned & {
      readonly kind: 'uncovered';
      readonly place: PlaceRef | null;
      /** Legal documents asked about that the articles never mention. */
      readonly unknownDocuments: readonly string[];
    });

const conversational: readonly Intent[] = ['greeting', 'help', 'unknown'];

/** Decides what the answer will be: the conversation resolved, then one kind of answer. */
export function plan(question: Question, previous: FollowUp | null): Plan {
  // The question's own words are read once, for the conversation and for any passage search.
  const content = contentWords(question);
  const request = resolve(question, previous, content);
  const search = passageSearch(question, request, content);
  const [first] = request.places;
  // Before any topic: a procedure or an interest rate is never answered with a figure.
  if (question.uncovered || question.unknownDocuments.length > 0)
    return { kind: 'uncovered', request, search, place: first ?? null, unknownDocuments: question.unknownDocuments };
  if (question.listsPolicies.length > 0 && request.policies.length === 0 && !question.quantity)
    return { kind: 'policyList', request, search, kinds: question.listsPolicies, place: first ?? null };
  if (question.support && !question.quantity && request.policies.length === 0)
    return { kind: 'support', request, search, place: first ?? null, beneficiary: question.beneficiary };
  // A policy named in a question that does not ask "how many": what it is, and where.
  // Unless it asks the difficulties met carrying it out ("gặp khó khăn gì khi triển khai Chương trình
  // MTQG"): those are told by the place's passages. (Other topics' cues may be the policy's own name:
  // "Ngân hàng Chính sách xã hội làm gì" is about the bank.)
  const difficulties = request.intent === 'challenges' && question.confidence >= 1;
  if (request.policies.length > 0 && !question.quantity && request.intent !== 'greeting' && !difficulties)
    return { kind: 'policy', request, search, place: first ?? null, asksWhen: question.asksWhen };
  if (request.intent === 'greeting')
    return { kind: 'chat', say: isThanks(question.words) ? 'thanks' : 'greeting', request };
  if (request.intent === 'help') return { kind: 'chat', say: 'help', request };
  // No topic cue, no place, but words of its own: the articles may still say it; nothing invented if not.
  if (
    request.intent === 'unknown' &&
    question.confidence === 0 &&
    first === undefined &&
    search.contentWords.length >= 2
  )
    return { kind: 'search', request, search };
  if (request.intent === 'unknown')
    return { kind: 'chat', say: request.places.length === 0 ? 'out_of_scope_examples' : 'out_of_scope', request };
  const explainable = search.contentWords.length > 0 || request.subject !== null;
  if (request.places.length === 0) {
    return {
      kind: 'table',
      request,
      search,
      order: question.ranking,
      national: question.national,
      // A measure named by its label ("những huyện nghèo") is a table, whatever other words come with it.
      explainable:
        !question.ranking &&
        !question.national &&
        !question.acrossProvinces &&
        request.measure === null &&
        search.contentWords.length >= 2,
    };
  }
  // "còn Lạng Sơn?" after "Bắc Kạn có những huyện nghèo nào?": the measure asked, of the new place.
  const carriesMeasure = question.followUp && request.measure !== null && search.contentWords.length === 0;
  const explain =
    request.intent === 'challenges' ||
    // Which districts or communes: the passage naming them, whatever the topic ("hạ tầng ở những huyện nào").
    (search.asksWhichDistricts && !question.quantity && !question.ranking && request.measure === null) ||
    // How a place does something its topic only leans to ("quản lý dữ liệu hộ nghèo bằng cách nào").
    (question.manner && !question.topicNamed && !question.quantity && search.contentWords.length >= 2) ||
    (request.intent === 'overview' &&
      !question.quantity &&
      // Words of its own beyond the overview's ("tập huấn cán bộ … ra sao"): how the place works, from passages.
      ((question.confidence < 1 && explainable && !carriesMeasure) || search.contentWords.length >= 2));
  if (explain && request.places.length === 1 && first) return { kind: 'passages', request, search, place: first };
  if (explain && request.places.length > 1 && !question.quantity) return { kind: 'explanations', request, search };
  if (request.places.length > 1) return { kind: 'comparison', request, search };
  return {
    kind: 'figures',
    request,
    search,
    place: first ?? { name: '', district: null },
    // A place named alone, or "tình hình" of a place: its card of key figures. "Mấy huyện nghèo" is not.
    card:
      request.intent === 'overview' &&
      !question.quantity &&
      search.contentWords.length === 0 &&
      request.measure === null &&
      // "And in Kien Giang?" after the near-poor's support: their figures, not the place's card.
      request.subject === null,
    explainable: !question.quantity && (explainable || request.intent === 'overview'),
    bare:
      question.confidence === 0 && search.contentWords.length === 0 && !question.followUp && question.places.length > 0,
    explainsMissingTopic: !question.quantity && question.confidence > 0,
    asksHowOrWho:
      (question.manner || whoWords[question.language].some((word) => question.words.includes(word))) &&
      !question.quantity,
  };
}

/** The question with what the conversation already settled: place, topic, year and sub-group. */
function resolve(question: Question, previous: FollowUp | null, content: readonly string[]): Request {
  let places: PlaceRef[] = uniquePlaces(question);
  let intent: Intent = question.intent;
  let year = question.year;
  let yearCarried = false;
  let subject = question.subject;
  let change = question.change;
  let policies = question.policies;
  const phrase = ` ${question.words.join(' ')} `;
  let measure = namedMeasure(phrase);
  // A chat turn carries nothing; an answer about a policy carries its place even without a topic.
  const usable =
    previous && (!conversational.includes(previous.intent) || (previous.policies?.length ?? 0) > 0) ? previous : null;
  // "ngoài tỉnh bao nhiêu?", "những tỉnh nào làm?": a short question of how many or which, with no topic.
  const shortAsk =
    question.confidence === 0 &&
    question.words.filter((word) => !foldedStopWords.has(word)).length <= shortQuestion &&
    (question.quantity ||
      question.words.some((word, index) => whichWords.includes(word) && question.words[index - 1] !== 'the'));
  // "còn Lạng Sơn?" after a question on a policy: the same policy, in Lạng Sơn (whatever the topic was).
  if (
    policies.length === 0 &&
    (previous?.policies?.length ?? 0) > 0 &&
    (question.policyBack ||
      (question.confidence === 0 &&
        ((!question.quantity && (question.followUp || question.places.length > 0)) || shortAsk)))
  )
    policies = previous?.policies ?? [];
  // "Tỉnh nào thấp hơn?" after a comparison ranks the places compared, not every province.
  const comparesPrevious =
    usable !== null && question.comparative && places.length === 0 && usable.provinces.length > 1;
  // A topical question leans on the conversation; so does one with no topic cue at all that is a
  // follow-up, names a year ("năm 2023 thì sao?"), a place ("còn Lạng Sơn?") or a part of the figure
  // before ("riêng cấp tỉnh thì vận động được bao nhiêu?"), or asks a short "how many".
  if (
    (usable && (!question.ranking || comparesPrevious) && !conversational.includes(intent)) ||
    (usable &&
      intent === 'unknown' &&
      question.confidence === 0 &&
      (question.followUp ||
        comparesPrevious ||
        question.portion ||
        shortAsk ||
        question.year !== null ||
        question.places.length > 0))
  ) {
    const prior = usable;
    // "Quyết định 33 thì sao?" after "qd353 là gì": a policy of its own is asked wherever it is carried out.
    const newPolicy = question.policies.some((id) => !(prior.policies ?? []).includes(id));
    // A place an answer on a policy implied (the one province naming it) carries to follow-ups, not to
    // a question on a topic of its own ("hộ nghèo được hỗ trợ những gì" after "Chương trình 135 là gì").
    const impliedByPolicy =
      (prior.policies ?? []).length > 0 && (question.confidence >= 1 || question.support) && !question.followUp;
    // "Quỹ Vì người nghèo ở đó …": a place pointed back to is kept, whatever is newly named.
    const inheritsPlace =
      places.length === 0 && !question.national && (question.placeBack || (!newPolicy && !impliedByPolicy));
    // "mấy huyện nghèo", "bao nhiêu nhà": a count of its own topic's unit asks that topic, however weak its cue.
    // (Money and rates are every topic's: "kinh phí bao nhiêu?" after health insurance asks its cost.)
    const countsItsOwn =
      question.quantity &&
      question.unit !== null &&
      question.unit !== 'money' &&
      question.unit !== 'percent' &&
      question.confidence > 0;
    // "còn công tác tập huấn cán bộ thì sao?", "and what about training the officials there?": words of
    // its own and no topic cue ask about those words, not the topic before.
    // Words of the measure before are not its own ("riêng cấp tỉnh thì vận động được bao nhiêu?" after
    // the fund's "vận động" total).
    const priorMeasure = indicatorIds.has(prior.measure ?? '') ? (prior.measure as IndicatorId) : null;
    const measureWords = new Set(priorMeasure ? measureLabelWords(priorMeasure) : []);
    const asksOwnThing =
      question.confidence === 0 &&
      !question.comparative &&
      content.filter((word) => !measureWords.has(word)).length >= 2;
    const inheritsIntent =
      question.confidence < 1 &&
      !countsItsOwn &&
      !asksOwnThing &&
      (question.followUp || comparesPrevious || inheritsPlace || question.places.length > 0);
    if (inheritsPlace) {
      places = prior.provinces.map((name, index) => ({
        name,
        district: index === 0 ? (prior.districts[0] ?? null) : null,
      }));
    }
    if (inheritsIntent) {
      intent = prior.intent;
      subject = subject ?? prior.subject;
      // "năm 2022 thì sao?" after "giảm được bao nhiêu": still the fall.
      change = change || (prior.change ?? false);
      // "Cấp huyện thì sao?" changes the part counted of the same measure; "bao nhiêu nhà?" asks its own.
      if (!question.quantity) measure = measure ?? priorMeasure;
      // "Did they meet it?" after a target: the results set against it, not the target again.
      if (question.achieved && intent === 'targets') {
        intent = 'poverty_rate';
        change = true;
        measure = null;
      }
    }
    if (year === null && question.years === null && (question.followUp || inheritsPlace || inheritsIntent)) {
      // "And the year before?": the year of the answer before, moved by one.
      year = prior.year !== null && question.relativeYear ? prior.year + question.relativeYear : prior.year;
      yearCarried = year !== null && !question.relativeYear;
    }
  }
  if (intent === 'unknown' && places.length > 0 && question.confidence === 0) intent = 'overview';
  // A trend is a series of figures: of the overall picture, that is the poverty rate.
  // Not a series asked of a policy, nor of money ("how much did the programme give 2021-2024").
  if (intent === 'overview' && question.trend && policies.length === 0 && (question.unit ?? 'percent') === 'percent')
    intent = 'poverty_rate';
  // A topic named only weakly in a question that asks "what/which", not "how many", is explained from
  // passages: "Cần Thơ dùng phần mềm gì để quản lý hộ nghèo?" is not asking for the poverty rate.
  if (
    intent !== 'overview' &&
    intent !== 'challenges' &&
    !conversational.includes(intent) &&
    question.confidence < 1 &&
    !question.quantity &&
    !question.ranking &&
    content.length > 0 &&
    question.intent === intent
  ) {
    intent = 'overview';
  }
  return {
    intent,
    places,
    year,
    years: question.years,
    subject,
    trend: question.trend,
    change,
    words: new Set(question.words),
    phrase,
    unit: question.unit,
    unitAsked: question.unitAsked,
    start: question.start,
    portion: question.portion,
    policies,
    // "Giảm tỷ lệ hộ nghèo" names the rate but asks its fall; a target is of its own measures.
    measure: change || intent === 'targets' ? null : measure,
    yearCarried,
  };
}

/**
 * At most this many words besides stop words, a question of how many or which ("thế nào" is how) with
 * no topic is about the answer before.
 */
const shortQuestion = 4;
const whichWords = whichCues.map(foldSyllable);

/** The folded words of a measure's labels, in both languages. */
const measureLabelWords = (id: IndicatorId): string[] => foldedWords(`${indicators[id].vi} ${indicators[id].en}`);

/** A measure kept in a chat session is trusted only if it still names an indicator. */
const indicatorIds: ReadonlySet<string> = new Set(Object.keys(indicators));

function uniquePlaces(question: Question): PlaceRef[] {
  const seen = new Set<string>();
  const places: PlaceRef[] = [];
  // Sets, not a search of the list for each mention: a message may name a place a thousand times.
  const namedWithDistrict = new Set(question.places.flatMap((other) => (other.district ? [other.name] : [])));
  const keptWithDistrict = new Set<string>();
  for (const mention of question.places) {
    const key = `${mention.name}|${mention.district ?? ''}`;
    // A district and its own province named together mean the district ("Quảng Ninh, huyện Đầm Hà").
    if (!mention.district && namedWithDistrict.has(mention.name)) continue;
    if (mention.district && keptWithDistrict.has(mention.name)) continue;
    if (seen.has(key)) continue;
    seen.add(key);
    if (mention.district) keptWithDistrict.add(mention.name);
    places.push({ name: mention.name, district: mention.district ?? null });
  }
  return places;
}

// Every cue, with the words that ask which part, when or what kind ("riêng cấp tỉnh", "đầu năm", "bao
// nhiêu tiền"): they say how to read the figure asked, not a thing of their own to search for.
const cuePhrases = [
  ...new Set(
    [
      ...Object.values(intentCues).flatMap((cues) => Object.keys(cues)),
      ...portionCues,
      ...startCues,
      ...unitCues.percent,
      ...unitCues.money,
    ].map((cue) => foldedWords(cue).join(' ')),
  ),
];
const cueWords = new Set(cuePhrases.flatMap((cue) => cue.split(' ')));
/** The cue phrases by their first word: each word of a question is looked up once, not every cue tried. */
const cuesByFirstWord = new Map<string, string[][]>();
for (const cue of cuePhrases) {
  const [first = '', ...rest] = cue.split(' ');
  cuesByFirstWord.set(first, [...(cuesByFirstWord.get(first) ?? []), rest]);
}
const holdsACue = (words: readonly string[]) =>
  words.some((word, index) =>
    (cuesByFirstWord.get(word) ?? []).some((rest) => rest.every((next, offset) => words[index + 1 + offset] === next)),
  );
export const foldedStopWords: ReadonlySet<string> = new Set([...stopWords].map(foldSyllable));

/**
 * Content words of the question: not places, not question words, not years, and not the syllables of
 * topic cues — unless such a syllable stands next to a content word, as part of its phrase: "truyền
 * thông" keeps "thông" (a syllable of "giao thông"), "tập huấn" keeps "tập" (of "học tập").
 */
function contentWords(question: Question): string[] {
  const { words } = question;
  const placeWords = new Set(question.places.flatMap((place) => words.slice(place.start, place.end)));
  // A word inside a place mention is in placeWords: no mention is searched for each word.
  const candidate = (word: string) => !placeWords.has(word) && !foldedStopWords.has(word) && !/^\d+$/.test(word);
  // With no cue in the question, a cue's syllable is an ordinary word ("cơ sở tôn giáo tặng quà": not
  // the "tồn tại" of difficulties, the "giáo dục" of education, the "kết quả" of results).
  // (A follow-up leans on the question before: "còn Bắc Kạn?" asks nothing of its own.)
  const cued = question.followUp || holdsACue(words);
  const content = words.map((word) => candidate(word) && (!cued || !cueWords.has(word)));
  return words.filter(
    (word, index) =>
      content[index] || (candidate(word) && (content[index - 1] === true || content[index + 1] === true)),
  );
}

/** English words the glossary knows, in Vietnamese (folded); the others as they are. */
function inVietnamese(words: readonly string[]): string[] {
  return words.flatMap((word) => foldedGlossary.get(word) ?? [word]);
}

const foldedGlossary = new Map(
  Object.entries(englishToVietnamese).map(([english, vietnamese]) => [english, foldedWords(vietnamese)]),
);

function passageSearch(question: Question, request: Request, content: readonly string[]): PassageSearch {
  const { words } = question;
  const phrase = ` ${words.join(' ')} `;
  const placeWords = new Set(question.places.flatMap((place) => words.slice(place.start, place.end)));
  const asksNames = nameWords[question.language].some((word) => words.includes(word));
  const cueWords = Object.keys(intentCues[request.intent])
    .map(foldCue)
    .filter((cue) => phrase.includes(` ${cue} `));
  return {
    // An English question's own words are in no passage: what the glossary knows is searched in Vietnamese.
    contentWords: question.language === 'en' ? inVietnamese(content) : content,
    // An English question's cue words are in no passage: a measure's Vietnamese label is searched
    // (the label of a broad topic such as the overview names no one thing).
    cueWords:
      question.language === 'en' && cueWords.length > 0 && topicRegistry[request.intent].shows
        ? [foldCue(topicRegistry[request.intent].label.vi)]
        : cueWords,
    otherWords: words.filter((word) => !placeWords.has(word)),
    namedWords: words.filter((word) => !placeWords.has(word) && !foldedStopWords.has(word)),
    asksWhichDistricts:
      // "những huyện nào", "hai huyện nghèo tên là gì", "which districts", "name the communes".
      ((words.includes('huyen') || words.includes('xa')) && (words.includes('nao') || asksNames)) ||
      (['which', ...nameWords.en].some((word) => words.includes(word)) &&
        words.some((word) => word.startsWith('district') || word.startsWith('commune'))) ||
      // "Where in Bắc Kạn does …": the places within the province named.
      (words[0] === 'where' && question.places.length > 0),
    asksNames,
  };
}

/** The question-word tables folded, by language. */
const whoWords = { vi: whoCues.vi.map(foldSyllable), en: [...whoCues.en] };
const nameWords = { vi: nameCues.vi.map(foldSyllable), en: [...nameCues.en] };

function isThanks(words: readonly string[]): boolean {
  return /\b(?:cam on|thank|thanks)\b/.test(words.join(' '));
}
