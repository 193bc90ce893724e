import { Composer } from 'grammy';
import type { BotContext } from '../deps.js';
import { KnowledgeError } from '../../knowledge/load.js';
import { describeError } from '../../log.js';
import { escapeHtml } from '../render.js';

/** Commands for the configured admins only; anyone else gets no reply. */
export const admin = new Composer<BotContext>();

admin.command('reload', async (ctx) => {
  if (!ctx.from || !ctx.deps.adminIds.includes(ctx.from.id) || !ctx.deps.reload) return;
  ctx.intent = 'admin_reload';
  try {
    const fresh = await ctx.deps.reload();
    ctx.deps.knowledge = fresh;
    await ctx.reply(`Đã nạp lại: ${fresh.base.entries.length} mục, ${fresh.base.facts.length} số liệu.`);
  } catch (error) {
    // The last good knowledge keeps serving; the admin sees what is wrong.
    const message = error instanceof KnowledgeError ? error.message : describeError(error);
    ctx.deps.log.warn('reload refused', { error: message });
    await ctx.reply(`<b>Không nạp lại; vẫn dùng dữ liệu cũ.</b>\n<pre>${escapeHtml(message.slice(0, 3500))}</pre>`, {
      parse_mode: 'HTML',
    });
  }
});

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
