import { describe, expect, test } from 'vitest';
import { formatNumber } from '../../src/answer/compose.js';
import { checkPoll } from '../../src/dev/telegram-rules.js';
import { indicators } from '../../src/facts/indicators.js';
import { buildQuiz, type Quiz, quizLimits } from '../../src/quiz/quiz.js';
import { context } from '../answer/context.js';

const { facts } = context.base;

/** A seeded random source (Park–Miller), so every draw can be replayed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 16807) % 2147483647;
    return (state - 1) / 2147483646;
  };
}

const asPoll = (quiz: Quiz) => ({
  chat_id: 7,
  question: quiz.question,
  options: quiz.options.map((text) => ({ text })),
  type: 'quiz',
  correct_option_ids: [quiz.correct],
  explanation: quiz.explanation,
});

describe('a quiz from the knowledge', () => {
  const quizzes = Array.from({ length: 200 }, (_, seed) =>
    buildQuiz(facts, facts, { language: 'vi', random: seeded((seed + 1) * 104_729) }),
  ).filter((quiz): quiz is Quiz => quiz !== null);

  test('is built, from several different facts', () => {
    expect(quizzes).toHaveLength(200);
    expect(new Set(quizzes.map((quiz) => quiz.fact.id)).size).toBeGreaterThanOrEqual(10);
  });

  test('every option is the value of a real fact of the same measure; the correct one is the cited fact', () => {
    for (const quiz of quizzes) {
      expect(quiz.optionFacts[quiz.correct]).toBe(quiz.fact);
      expect(quiz.options.length).toBeGreaterThanOrEqual(3);
      expect(quiz.options.length).toBeLessThanOrEqual(quizLimits.options);
      quiz.optionFacts.forEach((option, index) => {
        expect(facts).toContain(option);
        expect(option.indicator).toBe(quiz.fact.indicator);
        expect(option.unit).toBe(quiz.fact.unit);
        expect(quiz.options[index]).toContain(formatNumber(option.value, 'vi'));
      });
      // No option is another figure for the place and period asked.
      for (const option of quiz.optionFacts.filter((option) => option !== quiz.fact))
        expect(
          option.province === quiz.fact.province &&
            option.period?.from === quiz.fact.period?.from &&
            option.period?.to === quiz.fact.period?.to,
        ).toBe(false);
    }
  });

  test('the question names the measure, the place and the period; options are distinct', () => {
    for (const quiz of quizzes) {
      expect(quiz.question).toContain(indicators[quiz.fact.indicator].vi);
      expect(quiz.question).toContain(quiz.fact.province ?? '?');
      expect(quiz.question.toLowerCase()).toContain((quiz.fact.period?.text ?? '?').toLowerCase());
      expect(new Set(quiz.options).size).toBe(quiz.options.length);
    }
  });

  test('the explanation quotes the source sentence, within 200 characters, cut at a word', () => {
    for (const quiz of quizzes) {
      expect(quiz.explanation.length).toBeLessThanOrEqual(200);
      const quoted = quiz.explanation.match(/^«(?:… )?(.*?)(?: …)?»/s)?.[1] ?? '';
      expect(quoted.length).toBeGreaterThan(20);
      expect(quiz.fact.citation.quote).toContain(quoted);
      // Whole words only: each end of the excerpt is a word boundary of the sentence.
      const at = quiz.fact.citation.quote.indexOf(quoted);
      expect(at === 0 || /\s/.test(quiz.fact.citation.quote[at - 1] ?? '')).toBe(true);
      const end = at + quoted.length;
      expect(end === quiz.fact.citation.quote.length || /\s/.test(quiz.fact.citation.quote[end] ?? '')).toBe(true);
    }
    // Short sentences also carry their article's title.
    expect(quizzes.some((quiz) => quiz.explanation.includes(`— ${quiz.fact.citation.title}`))).toBe(true);
  });

  test('is a quiz poll Telegram accepts', () => {
    for (const quiz of quizzes) expect(checkPoll(asPoll(quiz))).toBeNull();
  });

  test('in English, numbers and labels are English', () => {
    const quiz = buildQuiz(facts, facts, { language: 'en', random: seeded(3) });
    expect(quiz?.question).toContain(indicators[quiz?.fact.indicator ?? 'poverty_rate'].en);
    expect(quiz?.options.join(' ')).not.toMatch(/\d,\d/);
  });
});

describe('which facts are asked', () => {
  const rates = facts.filter(
    (fact) =>
      fact.indicator === 'poverty_rate' &&
      fact.status === 'actual' &&
      fact.subject === 'hộ nghèo' &&
      !fact.baseline &&
      fact.districts.length === 0,
  );

  test('a fact with fewer than two real alternatives is not asked', () => {
    const [asked, other] = rates.filter((fact) => fact.province === 'Lạng Sơn' || fact.province === 'Kiên Giang');
    expect(asked && other).toBeTruthy();
    if (!asked || !other) return;
    expect(buildQuiz([asked], [asked, other], { language: 'vi', random: seeded(1) })).toBeNull();
    expect(buildQuiz([asked], rates, { language: 'vi', random: seeded(1) })?.fact).toBe(asked);
  });

  test('the fact asked last is not asked again while another can be', () => {
    const pool = rates.slice(0, 2);
    for (let seed = 1; seed <= 20; seed++) {
      const quiz = buildQuiz(pool, facts, { language: 'vi', random: seeded(seed), avoid: pool[0]?.id });
      expect(quiz?.fact).toBe(pool[1]);
    }
    // Alone in its pool, it is asked again rather than nothing.
    expect(buildQuiz(pool.slice(0, 1), facts, { language: 'vi', random: seeded(1), avoid: pool[0]?.id })?.fact).toBe(
      pool[0],
    );
  });
});
