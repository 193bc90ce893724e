import type { Fact } from '../facts/fact.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { coveredProvinces, findPlaces } from '../places/gazetteer.js';
import { foldSyllable } from '../text/fold.js';
import { foldedWords } from '../text/words.js';
import { cautions, factLine, formatDate, type Language, passageBlock, SourceList, toAnswerFact } from './compose.js';
import { type Intent, intentCues, stopWords } from './intents.js';
import { factsForPlace, knownTopics, type PlaceFacts, type PlaceRef, type Request, rankProvinces } from './lookup.js';
import { type Passage, type PassageIndex, searchPassages } from './passages.js';
import type { Answer } from './schema.js';
import { templates } from './templates.js';
import { foldCue, type Question, understand, withinQuestionLength } from './understand.js';

/** What answering needs: the knowledge, its passage index, and the chat's previous answer if any. */
export interface AnswerContext {
  readonly base: KnowledgeBase;
  readonly index: PassageIndex;
  /** The previous answer in the same chat, for follow-ups ("còn Bình Thuận thì sao?"). */
  readonly previous?: FollowUp | null;
  /** The reader's language (Telegram's setting): used when the question itself is not clearly Vietnamese. */
  readonly language?: 'vi' | 'en';
}

/** What a follow-up needs of the answer before it: its topic, places, year and sub-group. */
export type FollowUp = Pick<Answer, 'intent' | 'provinces' | 'districts' | 'year' | 'subject'>;

/** An answer reduced to what the next question may lean on: a chat keeps this, not the figures. */
export const followUpOf = ({ intent, provinces, districts, year, subject }: FollowUp): FollowUp => ({
  intent,
  provinces,
  districts,
  year,
  subject,
});

const conversational: readonly Intent[] = ['greeting', 'help', 'unknown'];
/** Words that add to a challenges search what people call difficulties. */
const challengeSearchWords = 'khó khăn hạn chế thách thức vướng mắc chưa còn thấp lúng túng trông chờ ỷ lại';

/**
 * Answers one question: understand it, resolve it against the conversation, look up cited facts or
 * passages, and compose the reply. Pure: the same question and context always give the same answer.
 */
export function answer(rawQuestion: string, context: AnswerContext): Answer {
  const { base } = context;
  // Telegram sends at most 4,096 characters (`maxQuestionLength`): whatever a caller passes, a forged
  // webhook body of a megabyte included, only that much is read, so no input costs more to answer.
  const question = understand(withinQuestionLength(rawQuestion), base.gazetteer);
  // Vietnamese letters make a question Vietnamese; otherwise the reader's language setting decides.
  const language = context.language === 'en' && !/[^\p{ASCII}]/u.test(question.text) ? 'en' : question.language;
  const t = templates[language];
  const request = resolve(question, context.previous ?? null);
  const provinces = [...new Set(request.places.map((place) => place.name))];
  const reply = (text: string, facts: readonly Fact[] = [], passages: readonly Passage[] = []): Answer => ({
    text: question.text,
    intent: request.intent,
    provinces,
    year: request.year,
    facts: facts.map((fact) => toAnswerFact(fact, language)),
    answer: text,
    language,
    passages: passages.map((passage) => passageToAnswer(passage, base)),
    districts: request.places.flatMap((place) => (place.district ? [place.district] : [])),
    subject: request.subject,
  });
  const covered = base.provincesWithFacts.join(', ');

  if (request.intent === 'greeting')
    return reply(isThanks(question.text) ? t.thanks : `${t.greeting}\n${t.help(covered)}`);
  if (request.intent === 'help')
    return reply(`${t.help(covered)}\n\n${t.examples.map((example) => `• ${example}`).join('\n')}`);
  if (request.intent === 'unknown' && request.places.length === 0)
    return reply(`${t.outOfScope}\n${t.examples.map((e) => `• ${e}`).join('\n')}`);
  if (request.intent === 'unknown') return reply(t.outOfScope);

  const sources = new SourceList(base, language);
  /** Passages quoted as the answer, with the figures they contain, cited like any figure. */
  const passageReply = (found: readonly Passage[]) =>
    reply(
      withSources(
        found.map((p) => passageBlock(p, base, language, sources)),
        sources,
      ),
      factsInside(base, found),
      found,
    );
  const topic = t.topic[request.intent];

  if (request.places.length === 0) {
    if (question.ranking) {
      const ranked = rankProvinces(base, request, question.ranking);
      if (ranked.length === 0) return reply(t.noTopicAnywhere(topic));
      const lines = ranked.map(
        (fact, position) => `${position + 1}. ${fact.province}: ${factLine(fact, language, sources).slice(2)}`,
      );
      const text = [t.ranking(topic, question.ranking), ...lines, ...cautions(ranked, language), sources.render()];
      return reply(text.filter(Boolean).join('\n'), ranked);
    }
    const passage = distinctivePassage(question, context.index, null);
    if (passage) {
      return reply(
        [passageBlock(passage, base, language, sources), sources.render()].join('\n\n'),
        factsInside(base, [passage]),
        [passage],
      );
    }
    return reply(t.askForPlace(topic, covered));
  }

  const explain =
    request.intent === 'challenges' ||
    (request.intent === 'overview' &&
      !question.quantity &&
      question.confidence < 1 &&
      (hasContent(question) || request.subject !== null));
  if (explain) {
    const found = passagesFor(question, request, context.index, base);
    if (found.length > 0) return passageReply(found);
  }

  const groups = request.places.map((place) => factsForPlace(base, place, request));
  const answered = groups.filter((group) => group.facts.length > 0);
  // No figure, and the question asks for an explanation: a passage may still answer it (Sơn La has
  // text but no figures). A bare follow-up ("còn Bắc Kạn?") gets the plain "no data" instead.
  const onlyText = groups[0]?.missing === 'place';
  if (
    answered.length === 0 &&
    !question.quantity &&
    request.places.length === 1 &&
    (hasContent(question) || request.subject || onlyText)
  ) {
    const found = passagesFor(question, request, context.index, base);
    if (found.length > 0) return passageReply(found);
  }
  const blocks = groups.map((group) =>
    group.facts.length > 0
      ? factBlock(group, request, question, base, language, sources)
      : missingText(group, request, base, language),
  );
  const shown = answered.flatMap((group) => group.facts);
  const notes = groups.length > 1 || question.trend ? cautions(shown, language) : [];
  return reply([...blocks, ...notes, sources.render()].filter(Boolean).join('\n\n'), shown);
}

/** The question with what the conversation already settled: place, topic, year and sub-group. */
function resolve(question: Question, previous: FollowUp | null): Request {
  let places: PlaceRef[] = uniquePlaces(question);
  let intent: Intent = question.intent;
  let year = question.year;
  let subject = question.subject;
  const usable = previous && !conversational.includes(previous.intent) ? previous : null;
  // A topical question leans on the conversation; so does one with no topic cue at all that is a
  // follow-up, names a year ("năm 2023 thì sao?") or a place ("còn Lạng Sơn?").
  if (
    (usable && !question.ranking && !conversational.includes(intent)) ||
    (usable &&
      intent === 'unknown' &&
      question.confidence === 0 &&
      (question.followUp || question.year !== null || question.places.length > 0))
  ) {
    const prior = usable;
    const inheritsPlace = places.length === 0;
    const inheritsIntent =
      question.confidence < 1 && (question.followUp || inheritsPlace || question.places.length > 0);
    if (inheritsPlace) {
      places = prior.provinces.map((name, index) => ({
        name,
        district: index === 0 ? (prior.districts[0] ?? null) : null,
      }));
    }
    if (inheritsIntent) {
      intent = prior.intent;
      subject = subject ?? prior.subject;
    }
    if (year === null && question.years === null && (question.followUp || inheritsPlace || inheritsIntent))
      year = prior.year;
  }
  if (intent === 'unknown' && places.length > 0 && question.confidence === 0) intent = 'overview';
  // A trend is a series of figures: of the overall picture, that is the poverty rate.
  if (intent === 'overview' && question.trend) intent = 'poverty_rate';
  // A topic named only weakly in a question that asks "what/which", not "how many", is explained from
  // passages: "Cần Thơ dùng phần mềm gì để quản lý hộ nghèo?" is not asking for the poverty rate.
  if (
    intent !== 'overview' &&
    intent !== 'challenges' &&
    !conversational.includes(intent) &&
    question.confidence < 1 &&
    !question.quantity &&
    hasContent(question) &&
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
    change: question.change,
    words: new Set(question.words),
  };
}

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

const cueWords = new Set(
  Object.values(intentCues).flatMap((cues) => Object.keys(cues).flatMap((cue) => foldedWords(cue))),
);
const foldedStopWords = new Set([...stopWords].map(foldSyllable));

/** Content words of the question: not places, not question words, not the topic's own cue words. */
function contentWords(question: Question): string[] {
  const { words } = question;
  const placeWords = new Set(question.places.flatMap((place) => words.slice(place.start, place.end)));
  const stop = foldedStopWords;
  // A word inside a place mention is in placeWords: no mention is searched for each word.
  return words.filter(
    (word) => !placeWords.has(word) && !stop.has(word) && !cueWords.has(word) && !/^(?:19|20)\d\d$/.test(word),
  );
}

function hasContent(question: Question): boolean {
  return contentWords(question).length > 0;
}

/** With no place named, a passage that shares at least two distinctive words with the question. */
function distinctivePassage(
  question: Question,
  index: PassageIndex,
  provinces: readonly string[] | null,
): Passage | null {
  const words = contentWords(question);
  if (words.length < 2) return null;
  const [best] = searchPassages(index, {
    text: words.join(' '),
    ...(provinces ? { provinces } : {}),
    limit: 1,
  });
  if (!best) return null;
  const passageWords = new Set(foldedWords(best.text));
  return words.filter((word) => passageWords.has(word)).length >= 2 ? best : null;
}

/**
 * Passages of the place that answer an explanation question. Difficulties are told over several
 * paragraphs: two are given, each whole, articles before the one-sentence summaries.
 */
function passagesFor(question: Question, request: Request, index: PassageIndex, base: KnowledgeBase): Passage[] {
  // A province formed in 2025 is searched through the provinces merged into it.
  const provinces = request.places.flatMap((place) => coveredProvinces(base.gazetteer, place.name));
  const challenges = request.intent === 'challenges';
  const { words } = question;
  const ownCueWords = Object.keys(intentCues[request.intent])
    .map(foldCue)
    .filter((cue) => ` ${words.join(' ')} `.includes(` ${cue} `));
  const topic = `${ownCueWords.join(' ')} ${challenges ? challengeSearchWords : ''}`;
  const placeWords = new Set(question.places.flatMap((place) => words.slice(place.start, place.end)));
  const text =
    `${contentWords(question).join(' ')} ${request.subject ?? ''} ${topic}`.trim() ||
    words.filter((w) => !placeWords.has(w)).join(' ');
  let found = searchPassages(index, { text, provinces, limit: 20 }).filter(
    (passage) => !passage.text.trim().endsWith('?'),
  );
  if (asksWhichDistricts(words)) {
    found = [...found].sort((a, b) => districtsNamed(b, base) - districtsNamed(a, base));
  }
  if (!challenges) return found.slice(0, 1);
  const picked: Passage[] = [];
  for (const passage of found) {
    if (picked.some((p) => p.entryId === passage.entryId && p.paragraph === passage.paragraph)) continue;
    const whole = wholeParagraph(passage, base);
    const length = picked.reduce((sum, p) => sum + p.text.length, 0);
    if (picked.length > 0 && length + whole.text.length > maxPassageLength) break;
    picked.push(whole);
    if (picked.length === 3) break;
  }
  return picked;
}

/** How many former districts a passage names: read once per passage, the passage index keeps them. */
function districtsNamed(passage: Passage, base: KnowledgeBase): number {
  let count = districtCounts.get(passage);
  if (count === undefined) {
    count = findPlaces(base.gazetteer, passage.text, { fuzzy: false }).filter((place) => place.district).length;
    districtCounts.set(passage, count);
  }
  return count;
}

const districtCounts = new WeakMap<Passage, number>();

/** "Những huyện nghèo nào?": the answer names districts. */
function asksWhichDistricts(words: readonly string[]): boolean {
  return (
    (words.includes('huyen') && words.includes('nao')) ||
    (words.includes('which') && words.some((w) => w.startsWith('district')))
  );
}

/** The passage widened to its whole paragraph, so a list of difficulties is not cut mid-way. */
function wholeParagraph(passage: Passage, base: KnowledgeBase): Passage {
  const body = base.entriesById.get(passage.entryId)?.body ?? '';
  const start = body.lastIndexOf('\n\n', passage.start) + 1 || 0;
  const next = body.indexOf('\n\n', passage.end);
  const end = next < 0 ? body.length : next;
  let text = body.slice(start, end).trim();
  // A one-line lead-in ("... đã rút ra được một số bài học kinh nghiệm.") announces the paragraph after it.
  if (text.length < leadInLength && next >= 0) {
    const after = body.indexOf('\n\n', next + 2);
    text = body.slice(start, after < 0 ? body.length : after).trim();
  }
  return text.length <= maxPassageLength
    ? { ...passage, text, start: body.indexOf(text, start), end: body.indexOf(text, start) + text.length }
    : passage;
}

const maxPassageLength = 1200;
const leadInLength = 160;

/** The figures a quoted passage contains: cited like any figure, since the reader sees them. */
function factsInside(base: KnowledgeBase, passages: readonly Passage[]): Fact[] {
  return passages.flatMap((p) =>
    (base.factsByEntry.get(p.entryId) ?? []).filter(
      (fact) => fact.citation.start >= p.start && fact.citation.end <= p.end,
    ),
  );
}

function withSources(blocks: readonly string[], sources: SourceList): string {
  return [...blocks, sources.render()].filter(Boolean).join('\n\n');
}

/** One place's figures: a heading with the place (and its 2025 province), then a line each. */
function factBlock(
  group: PlaceFacts,
  request: Request,
  question: Question,
  base: KnowledgeBase,
  language: Language,
  sources: SourceList,
): string {
  const t = templates[language];
  const heading = `${question.trend ? t.trend(t.topic[request.intent], placeLabel(group, base, language)) : `${t.topic[request.intent]} — ${placeLabel(group, base, language)}`}`;
  const multipleProvinces = new Set(group.facts.map((fact) => fact.province)).size > 1;
  const lines = group.facts.map((fact) =>
    multipleProvinces ? `${factLine(fact, language, sources)} — ${fact.province}` : factLine(fact, language, sources),
  );
  return [heading, ...lines].join('\n');
}

/**
 * The place as the reader should see it: with its district, and with the province it belongs to
 * since 1 July 2025 when that differs ("Kiên Giang, nay thuộc An Giang từ 01/07/2025").
 */
function placeLabel(group: PlaceFacts, base: KnowledgeBase, language: Language): string {
  const t = templates[language];
  const { place } = group;
  const sourceProvinces = [...new Set(group.facts.map((fact) => fact.province ?? ''))].filter(Boolean);
  const effective = formatDate(base.gazetteer.effective) ?? base.gazetteer.effective;
  const name = place.district ? `${place.district} (${place.name})` : place.name;
  if (sourceProvinces.length > 0 && !sourceProvinces.includes(place.name)) {
    return `${name}: ${sourceProvinces.map((p) => `${p} (${t.mergedInto(place.name, effective)})`).join(', ')}`;
  }
  const becomes = base.gazetteer.before.get(place.name)?.becomes;
  return becomes && becomes !== place.name ? `${name} (${t.mergedInto(becomes, effective)})` : name;
}

/** Why there is no figure, plainly, and what is known instead. */
function missingText(group: PlaceFacts, request: Request, base: KnowledgeBase, language: Language): string {
  const t = templates[language];
  const topic = t.topic[request.intent];
  const name = group.place.district ?? group.place.name;
  switch (group.missing) {
    case 'place':
      return t.noPlaceData(name, base.provincesWithFacts.join(', '));
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

function passageToAnswer(passage: Passage, base: KnowledgeBase): Answer['passages'][number] {
  const entry = base.entriesById.get(passage.entryId);
  return {
    province: entry?.provinces[0] ?? null,
    text: passage.text,
    source: {
      id: passage.entryId,
      title: entry?.title ?? '',
      publisher: entry?.publisher ?? null,
      date: entry?.published ?? null,
      quote: passage.text,
    },
  };
}

function isThanks(text: string): boolean {
  return /\b(?:cam on|thank|thanks)\b/.test(foldedWords(text).join(' '));
}
