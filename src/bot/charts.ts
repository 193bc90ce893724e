import { InputFile } from 'grammy';
import { toAnswerFact } from '../answer/compose.js';
import type { ChartSpec } from '../chart/spec.js';
import { chartSpecOf } from '../chart/spec.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { describeError } from '../log.js';
import { type BotContext, userLanguage } from './deps.js';
import { factsById } from './exports.js';
import { escapeHtml } from './render.js';
import { botWording } from './wording.js';

/**
 * Sends a chart as a photo captioned with its sources. Drawn in the renderer's worker, so other chats
 * are answered meanwhile; a chart that cannot be drawn is said so, and the text answer stands.
 */
export async function sendChart(ctx: BotContext, spec: ChartSpec): Promise<void> {
  const { charts, log } = ctx.deps;
  let png: Uint8Array;
  try {
    if (!charts) throw new Error('no chart renderer');
    png = await charts.render(spec);
  } catch (error) {
    log.warn('chart not drawn', { error: describeError(error) });
    await ctx.reply(escapeHtml(botWording[userLanguage(ctx)].chartFailed), { parse_mode: 'HTML' });
    return;
  }
  await ctx.replyWithPhoto(new InputFile(png, 'bieu-do.png'), {
    caption: escapeHtml(spec.caption),
    parse_mode: 'HTML',
  });
}

/** The chart of facts kept for a message (its 📈 button), in the reader's language; none if they no longer chart. */
export function chartOfFacts(
  base: KnowledgeBase,
  ids: readonly string[],
  language: 'vi' | 'en',
): ChartSpec | undefined {
  const facts = factsById(base, ids).map((fact) => toAnswerFact(fact, language));
  return facts.length > 0 ? chartSpecOf({ facts, language }) : undefined;
}
