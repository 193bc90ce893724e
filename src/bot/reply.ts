import { answer, followUpOf } from '../answer/answer.js';
import { answerSources } from '../answer/compose.js';
import type { Answer } from '../answer/schema.js';
import type { BotContext } from './deps.js';
import { userLanguage } from './deps.js';
import { answerKeyboard } from './keyboards.js';
import { escapeHtml, renderMessages } from './render.js';
import { chartSpecOf } from '../chart/spec.js';
import { templates } from '../answer/templates.js';
import { sendChart } from './charts.js';
import { type SessionSource, sourcesKept } from './session.js';
import { factsOfAnswer } from '../answer/fact-filter.js';

/** Answers a question in this chat's conversation and sends it: HTML, split, buttons on the last part. */
export async function answerAndReply(ctx: BotContext, question: string): Promise<Answer> {
  const started = performance.now();
  const result = answer(question, {
    ...ctx.deps.knowledge,
    previous: ctx.session.previous,
    language: userLanguage(ctx),
  });
  ctx.session.previous = followUpOf(result);
  ctx.intent = result.intent;
  // Asked for a chart ("vẽ biểu đồ ..."): the chart first, then the figures it draws, cited.
  if (result.chart) {
    const spec = ctx.deps.charts ? chartSpecOf(result) : undefined;
    if (spec) await sendChart(ctx, spec);
    else await ctx.reply(escapeHtml(templates[result.language].chart.nothing), { parse_mode: 'HTML' });
  }
  const messages = renderMessages(result.answer, { links: articleLinks(ctx, result) });
  const keyboard = answerKeyboard(result, ctx.deps);
  let lastId: number | undefined;
  for (const [index, html] of messages.entries()) {
    const last = index === messages.length - 1;
    const sent = await ctx.reply(html, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(last && keyboard ? { reply_markup: keyboard } : {}),
    });
    lastId = sent.message_id;
  }
  if (lastId !== undefined) {
    rememberSources(ctx, lastId, result);
    rememberFacts(ctx, lastId, result);
  }
  ctx.deps.log.debug('answered', { intent: result.intent, ms: Math.round(performance.now() - started) });
  return result;
}

function rememberSources(ctx: BotContext, messageId: number, result: Answer): void {
  const unique: SessionSource[] = answerSources(result).map(({ title, publisher, date, quote }) => ({
    title,
    publisher,
    date,
    quote,
  }));
  if (unique.length === 0) return;
  const kept = Object.entries(ctx.session.sources).slice(-(sourcesKept - 1));
  ctx.session.sources = Object.fromEntries([...kept, [String(messageId), unique]]);
}

/** The ids of the facts an answer states, for its ⬇️ CSV button and /xuat; as many answers as sources. */
function rememberFacts(ctx: BotContext, messageId: number, result: Answer): void {
  const ids = factsOfAnswer(result, ctx.deps.knowledge.base).map((fact) => fact.id);
  if (ids.length === 0) return;
  const kept = Object.entries(ctx.session.facts ?? {}).slice(-(sourcesKept - 1));
  ctx.session.facts = Object.fromEntries([...kept, [String(messageId), ids]]);
}

/** The web addresses of the articles an answer cites, by title, where their knowledge entries have one. */
export function articleLinks(ctx: BotContext, result: Pick<Answer, 'facts' | 'passages'>): Map<string, string> {
  const { entriesById } = ctx.deps.knowledge.base;
  const ids = [...result.facts.map((fact) => fact.source.id), ...result.passages.map((passage) => passage.source.id)];
  return new Map(
    ids.flatMap((id) => {
      const entry = entriesById.get(id);
      return entry?.url ? [[entry.title, entry.url] as const] : [];
    }),
  );
}
