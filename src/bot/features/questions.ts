import { Composer } from 'grammy';
import { type BotContext } from '../deps.js';
import { mentionsBot } from '../addressed.js';
import { answerAndReply } from '../reply.js';

/** Any text is a question. In groups only what is addressed to the bot: a mention or a reply to it. */
export const questions = new Composer<BotContext>();

questions.on('message:text', async (ctx, next) => {
  const text = ctx.message.text;
  if (text.startsWith('/')) return next();
  if (ctx.chat.type === 'private') {
    await answerAndReply(ctx, text);
    return;
  }
  if (!mentionsBot(ctx) && ctx.message.reply_to_message?.from?.id !== ctx.me.id) return;
  const question = text.replace(new RegExp(`@${ctx.me.username}\\b`, 'gi'), ' ').trim();
  await answerAndReply(ctx, question);
});
