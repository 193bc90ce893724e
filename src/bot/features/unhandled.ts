import { Composer } from 'grammy';
import { templates } from '../../answer/templates.js';
import { type BotContext, userLanguage } from '../deps.js';
import { escapeHtml, renderMessages } from '../render.js';

/**
 * Last: in a private chat, a message that is not text gets a hint and an unknown command the help;
 * everything else (group chatter, edits, members joining, channel posts) is left alone.
 */
export const unhandled = new Composer<BotContext>();

unhandled.on('message', async (ctx) => {
  if (ctx.chat.type !== 'private') return;
  const t = templates[userLanguage(ctx)];
  if (ctx.message.text === undefined) {
    ctx.intent = 'non_text';
    await ctx.reply(escapeHtml(t.bot.nonText), { parse_mode: 'HTML' });
    return;
  }
  ctx.intent = 'unknown_command';
  const covered = ctx.deps.knowledge.base.provincesWithFacts.join(', ');
  for (const html of renderMessages(t.help(covered))) await ctx.reply(html, { parse_mode: 'HTML' });
});
