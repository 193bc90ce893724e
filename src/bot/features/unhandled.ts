import { Composer } from 'grammy';
import { templates } from '../../answer/templates.js';
import { type BotContext, userLanguage } from '../deps.js';
import { escapeHtml } from '../render.js';

/** Last: a private message that is not text gets a hint; everything else is left alone. */
export const unhandled = new Composer<BotContext>();

unhandled.on('message', async (ctx) => {
  if (ctx.chat.type !== 'private' || ctx.message.text !== undefined) return;
  ctx.intent = 'non_text';
  await ctx.reply(escapeHtml(templates[userLanguage(ctx)].bot.nonText), { parse_mode: 'HTML' });
});
