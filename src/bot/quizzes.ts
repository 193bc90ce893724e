import { availableFacts, type FactFilter, filterFacts } from '../answer/fact-filter.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { buildQuiz, type Quiz } from '../quiz/quiz.js';
import { botWording } from './wording.js';

/**
 * What "/dovui [filter]" gives, in Telegram and the console alike: a quiz from the facts the filter
 * allows (not the fact asked last, `avoid`), or what to say when none has enough real alternatives.
 */
export function quizAsked(
  base: KnowledgeBase,
  filter: FactFilter,
  options: { readonly language: 'vi' | 'en'; readonly random: () => number; readonly avoid: string | undefined },
): Quiz | { readonly nothing: string } {
  const quiz = buildQuiz(filterFacts(base, filter), base.facts, options);
  if (quiz) return quiz;
  const { provinces, topics } = availableFacts(base, options.language);
  return { nothing: botWording[options.language].noQuiz(filter.asked, provinces, topics) };
}
