/**
 * A class quiz from the knowledge: one cited fact asked as a multiple-choice question whose wrong
 * options are real values of the same measure — other provinces' or other periods' — never an
 * invented figure. A fact with too few real alternatives is not asked. Pure: the random source is
 * passed in, so a test can replay any draw.
 */
import { partLabels, periodText, valueText } from '../answer/compose.js';
import { templates } from '../answer/templates.js';
import type { Fact } from '../facts/fact.js';
import { indicators } from '../facts/indicators.js';
import { units } from '../facts/units.js';

export type QuizLanguage = 'vi' | 'en';

/** The quiz's sentences; the measure, place and period are filled in. */
export const quizWording = {
  vi: {
    question: (measure: string, place: string, period: string) => `${measure} của ${place} (${period}) là bao nhiêu?`,
  },
  en: {
    question: (measure: string, place: string, period: string) => `${measure} in ${place} (${period}): which is right?`,
  },
} as const;

/** Telegram's limits on a quiz (as the fake Bot API checks them). */
export const quizLimits = { question: 300, option: 100, explanation: 200, options: 4, alternatives: 2 } as const;

export interface Quiz {
  /** The fact asked: its value is the correct option. */
  readonly fact: Fact;
  readonly question: string;
  readonly options: readonly string[];
  /** The fact each option is the value of, in the options' order. */
  readonly optionFacts: readonly Fact[];
  readonly correct: number;
  /** The source sentence, cut at a word, with the title and publisher where they fit. */
  readonly explanation: string;
}

export interface QuizOptions {
  readonly language: QuizLanguage;
  /** A number in [0, 1), like Math.random. */
  readonly random: () => number;
  /** A fact not to ask (the chat's last quiz), unless it is the only one. */
  readonly avoid?: string | undefined;
}

/**
 * A quiz on one fact of `pool` (the facts a filter allows), its wrong options drawn from `knowledge`
 * (every fact); null when no fact of the pool has enough real alternatives.
 */
export function buildQuiz(pool: readonly Fact[], knowledge: readonly Fact[], options: QuizOptions): Quiz | null {
  const askable = pool.flatMap((fact) => {
    if (!isAskable(fact)) return [];
    const alternatives = alternativesOf(fact, knowledge, options.language);
    return alternatives.length >= quizLimits.alternatives ? [{ fact, alternatives }] : [];
  });
  const fresh = askable.filter(({ fact }) => fact.id !== options.avoid);
  const candidates = fresh.length > 0 ? fresh : askable;
  const chosen = candidates[Math.floor(options.random() * candidates.length)];
  if (!chosen) return null;
  const { fact } = chosen;
  const wrong = shuffle(chosen.alternatives, options.random).slice(0, quizLimits.options - 1);
  const optionFacts = shuffle([fact, ...wrong], options.random);
  const measure = measureName(fact, options.language);
  const place = fact.province ?? '';
  // An estimate, a target or a plan says so: the question asks for that figure, not an actual one.
  const status = fact.status === 'actual' ? null : templates[options.language].status[fact.status];
  const period = [periodText(fact, options.language), status].filter(Boolean).join(', ');
  return {
    fact,
    question: quizWording[options.language].question(measure, place, period).slice(0, quizLimits.question),
    options: optionFacts.map((option) => optionText(option, options.language)),
    optionFacts,
    correct: optionFacts.indexOf(fact),
    explanation: explanationOf(fact),
  };
}

/** A fact a question can name unambiguously: a province's own figure, for a stated period. */
function isAskable(fact: Fact): boolean {
  return fact.province !== null && fact.period !== null && !fact.baseline && fact.districts.length === 0;
}

/**
 * Real values of the same measure that are not the answer: other provinces' (any period) and the
 * same province's for other periods; never another figure for the same place and period (two
 * articles may differ), and each distinct from the answer and each other once formatted.
 */
function alternativesOf(fact: Fact, knowledge: readonly Fact[], language: QuizLanguage): Fact[] {
  const shown = new Set([optionText(fact, language)]);
  const alternatives: Fact[] = [];
  for (const other of knowledge) {
    if (other === fact || !isAskable(other) || !sameMeasure(fact, other)) continue;
    if (other.province === fact.province && samePeriod(fact, other)) continue;
    const text = optionText(other, language);
    if (shown.has(text) || text.length > quizLimits.option) continue;
    shown.add(text);
    alternatives.push(other);
  }
  return alternatives;
}

/**
 * A value as an option: as answers write it, but a fall without its levels ("giảm 1,48 điểm %", not
 * "… (18,5% → 17,02%)"), which would name the year's starting level and give the answer away.
 */
function optionText(fact: Fact, language: QuizLanguage): string {
  const change = fact.change ? { ...fact.change, from: null, to: null } : null;
  return valueText({ ...fact, change }, language);
}

/** The same measure, counted the same way: indicator, unit, group, status and part of a whole. */
function sameMeasure(a: Fact, b: Fact): boolean {
  return (
    a.indicator === b.indicator &&
    a.unit === b.unit &&
    a.subject === b.subject &&
    a.status === b.status &&
    (a.change?.percentagePoints ?? false) === (b.change?.percentagePoints ?? false) &&
    // The part labels as a reader sees them (a rate is never a "total", see partLabels).
    partLabels(a, 'vi').join('|') === partLabels(b, 'vi').join('|')
  );
}

const samePeriod = (a: Fact, b: Fact) => a.period?.from === b.period?.from && a.period?.to === b.period?.to;

/** The measure as the question names it: its label and, when not in the label, the group counted. */
function measureName(fact: Fact, language: QuizLanguage): string {
  const definition = indicators[fact.indicator];
  const label = language === 'vi' ? definition.vi : definition.en;
  const parts = partLabels(fact, language);
  const unit = units[fact.unit as keyof typeof units];
  const subject =
    fact.subject && language === 'vi' && !label.toLowerCase().includes(fact.subject.toLowerCase())
      ? ` (${fact.subject})`
      : '';
  return `${label}${subject}${parts.length > 0 && unit?.kind !== 'percent' ? ` — ${parts.join(', ')}` : ''}`;
}

/**
 * The sentence the figure was read from, in «», cut at words around the figure to fit 200
 * characters; then "— title, publisher" on a line of its own where it fits (at most 2 line feeds).
 */
export function explanationOf(fact: Fact): string {
  const { quote, title, publisher } = fact.citation;
  const source = `— ${title}${publisher ? `, ${publisher}` : ''}`;
  const whole = `«${quote}»`;
  if (whole.length + 1 + source.length <= quizLimits.explanation) return `${whole}\n${source}`;
  if (whole.length <= quizLimits.explanation) return whole;
  // A long sentence: the words around the figure, and the publisher if a useful excerpt still fits.
  const byline = publisher ? `— ${publisher}` : '';
  const room = quizLimits.explanation - 2 - (byline ? byline.length + 1 : 0);
  if (byline && room >= 100) return `«${excerpt(quote, fact.raw, room)}»\n${byline}`;
  return `«${excerpt(quote, fact.raw, quizLimits.explanation - 2)}»`;
}

/** A window of whole words around `figure`, at most `limit` characters with its "…" marks. */
function excerpt(text: string, figure: string, limit: number): string {
  const at = Math.max(0, text.indexOf(figure));
  const words = [...text.matchAll(/\S+/g)].map((match) => ({ word: match[0], start: match.index }));
  let first = words.findIndex((word) => word.start + word.word.length > at);
  if (first < 0) first = 0;
  let last = first;
  const length = (from: number, to: number) =>
    words
      .slice(from, to + 1)
      .map((word) => word.word)
      .join(' ').length +
    (from > 0 ? 2 : 0) +
    (to < words.length - 1 ? 2 : 0);
  // Grow the window a word at a time, before the figure first (the sentence's subject), then after.
  for (let grew = true; grew;) {
    grew = false;
    if (first > 0 && length(first - 1, last) <= limit && last - first < 6) {
      first -= 1;
      grew = true;
    } else if (last < words.length - 1 && length(first, last + 1) <= limit) {
      last += 1;
      grew = true;
    } else if (first > 0 && length(first - 1, last) <= limit) {
      first -= 1;
      grew = true;
    }
  }
  const body = words
    .slice(first, last + 1)
    .map((word) => word.word)
    .join(' ');
  return `${first > 0 ? '… ' : ''}${body}${last < words.length - 1 ? ' …' : ''}`;
}

/** A copy of `items` in random order (Fisher–Yates with the given source). */
function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
