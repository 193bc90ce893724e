import { Composer } from 'grammy';
import { type BotContext, userLanguage } from '../deps.js';
import { readFactFilter } from '../../answer/fact-filter.js';
import { quizAsked } from '../quizzes.js';
import { escapeHtml } from '../render.js';

/**
 * /dovui: a quiz poll from a cited fact, narrowed like /xuat ("/dovui Bắc Kạn", "/dovui vay vốn").
 * For a trainer's class in a group as well as a private chat; never the same fact twice in a row.
 */
export const quizzes = new Composer<BotContext>();

quizzes.command('dovui', async (ctx) => {
  ctx.intent = 'quiz';
  const { base } = ctx.deps.knowledge;
  const quiz = quizAsked(base, readFactFilter(ctx.match, base), {
    language: userLanguage(ctx),
    random: Math.random,
    avoid: ctx.session.lastQuizFact,
  });
  if ('nothing' in quiz) {
    await ctx.reply(escapeHtml(quiz.nothing), { parse_mode: 'HTML' });
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
