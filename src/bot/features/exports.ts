import { Composer } from 'grammy';
import { type BotContext, userLanguage } from '../deps.js';
import { exportAsked, factsById, sendFactsFile } from '../exports.js';
import { readFactFilter } from '../../answer/fact-filter.js';
import { escapeHtml } from '../render.js';

/**
 * /xuat: the facts behind the chat's last answer, or those a filter names ("/xuat Bình Thuận",
 * "/xuat vay vốn", "/xuat json"), as a spreadsheet document. A filter that matches nothing is told
 * what there is, never sent an empty file.
 */
export const exportsFeature = new Composer<BotContext>();

exportsFeature.command('xuat', async (ctx) => {
  ctx.intent = 'export';
  const { base } = ctx.deps.knowledge;
  // Keys are message ids, which grow: the last one is the latest answer's.
  const recent = factsById(base, Object.values(ctx.session.facts ?? {}).at(-1) ?? []);
  const file = exportAsked(base, readFactFilter(ctx.match, base), recent, userLanguage(ctx));
  if ('nothing' in file) await ctx.reply(escapeHtml(file.nothing), { parse_mode: 'HTML' });
  else await sendFactsFile(ctx, file);
});
