import { Composer } from 'grammy';
import { buildQuiz } from '../../quiz/quiz.js';
import { type BotContext, userLanguage } from '../deps.js';
import { availableFacts, filterFacts, readFactFilter } from '../../answer/fact-filter.js';
import { escapeHtml } from '../render.js';
import { botWording } from '../wording.js';

/**
 * /dovui: a quiz poll from a cited fact, narrowed like /xuat ("/dovui Bắc Kạn", "/dovui vay vốn").
 * For a trainer's class in a group as well as a private chat; never the same fact twice in a row.
 */
export const quizzes = new Composer<BotContext>();

quizzes.command('dovui', async (ctx) => {
  ctx.intent = 'quiz';
  const language = userLanguage(ctx);
  const { base } = ctx.deps.knowledge;
  const filter = readFactFilter(ctx.match, base);
  const quiz = buildQuiz(filterFacts(base, filter), base.facts, {
    language,
    random: Math.random,
    avoid: ctx.session.lastQuizFact,
  });
  if (!quiz) {
    const { provinces, topics } = availableFacts(base, language);
    await ctx.reply(escapeHtml(botWording[language].noQuiz(filter.asked, provinces, topics)), { parse_mode: 'HTML' });
    return;
  }
  await ctx.replyWithPoll(
    quiz.question,
    quiz.options.map((text) => ({ text })),
    {
      type: 'quiz',
      correct_option_ids: [quiz.correct],
      // A class sees who answered what; the trainer can talk it through.
      is_anonymous: false,
      explanation: quiz.explanation,
    },
  );
  ctx.session.lastQuizFact = quiz.fact.id;
});
