import { Composer } from 'grammy';
import { type BotContext, userLanguage } from '../deps.js';
import { factsById, partsOfFacts, sendFactsFile } from '../exports.js';
import { availableFacts, filterFacts, filterParts, readFactFilter } from '../../answer/fact-filter.js';
import { escapeHtml } from '../render.js';
import { botWording } from '../wording.js';

/**
 * /xuat: the facts behind the chat's last answer, or those a filter names ("/xuat Bình Thuận",
 * "/xuat vay vốn", "/xuat json"), as a spreadsheet document. A filter that matches nothing is told
 * what there is, never sent an empty file.
 */
export const exportsFeature = new Composer<BotContext>();

exportsFeature.command('xuat', async (ctx) => {
  ctx.intent = 'export';
  const language = userLanguage(ctx);
  const wording = botWording[language];
  const { base } = ctx.deps.knowledge;
  const filter = readFactFilter(ctx.match, base);
  if (!filter.asked) {
    // Keys are message ids, which grow: the last one is the latest answer's.
    const facts = factsById(base, Object.values(ctx.session.facts ?? {}).at(-1) ?? []);
    if (facts.length === 0) {
      await ctx.reply(escapeHtml(wording.exportNothingYet), { parse_mode: 'HTML' });
      return;
    }
    await sendFactsFile(ctx, facts, partsOfFacts(facts, language), filter.format);
    return;
  }
  const facts = filterFacts(base, filter);
  if (facts.length === 0) {
    const { provinces, topics } = availableFacts(base, language);
    await ctx.reply(escapeHtml(wording.noFactsFor(filter.asked, provinces, topics)), { parse_mode: 'HTML' });
    return;
  }
  await sendFactsFile(ctx, facts, filterParts(filter, language), filter.format);
});
