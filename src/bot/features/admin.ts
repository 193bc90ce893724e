import { Composer } from 'grammy';
import type { BotContext } from '../deps.js';
import { escapeHtml } from '../render.js';

/** Commands for the configured admins only; anyone else gets no reply. */
export const admin = new Composer<BotContext>();

admin.command('stats', async (ctx) => {
  if (!ctx.from || !ctx.deps.adminIds.includes(ctx.from.id)) return;
  ctx.intent = 'admin_stats';
  const { base } = ctx.deps.knowledge;
  const memory = process.memoryUsage();
  const text = [
    `entries: ${base.entries.length}`,
    `facts: ${base.facts.length}`,
    `heap: ${Math.round(memory.heapUsed / 1e6)} MB, rss: ${Math.round(memory.rss / 1e6)} MB`,
    `uptime: ${Math.round(process.uptime())} s`,
  ].join('\n');
  await ctx.reply(`<pre>${escapeHtml(text)}</pre>`, { parse_mode: 'HTML' });
});
