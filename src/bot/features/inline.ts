import { Composer, InlineQueryResultBuilder } from 'grammy';
import { z } from 'zod';
import { answer } from '../../answer/answer.js';
import { formatDate, formatNumber } from '../../answer/compose.js';
import { templates } from '../../answer/templates.js';
import { type BotContext, userLanguage } from '../deps.js';
import { escapeHtml } from '../render.js';

const maxResults = 10;
const maxQueryLength = 256;

/** A client may send anything: a string, trimmed, at most Telegram's 256 characters. */
const inlineQuerySchema = z.string().transform((query) => query.slice(0, maxQueryLength).trim());

/** Inline mode: "@bot kien giang ho ngheo" offers figure cards, each with its citation. */
export const inline = new Composer<BotContext>();

inline.on('inline_query', async (ctx) => {
  ctx.intent = 'inline';
  const parsed = inlineQuerySchema.safeParse(ctx.inlineQuery.query);
  const query = parsed.success ? parsed.data : '';
  if (!query) {
    await ctx.answerInlineQuery([], { cache_time: 60 });
    return;
  }
  const result = answer(query, { ...ctx.deps.knowledge, language: userLanguage(ctx) });
  const t = templates[result.language];
  const cards = result.facts.slice(0, maxResults).map((fact, index) => {
    const counts = fact.counts.length > 0 ? ` (${fact.counts.join(', ')})` : '';
    const value = `${formatNumber(fact.value, result.language)} ${fact.unit}${counts}`;
    const source = `${fact.source.title} — ${fact.source.publisher ?? t.noPublisher}, ${formatDate(fact.source.date) ?? t.noDate}`;
    const card = [
      `<b>${escapeHtml(`${fact.label} — ${fact.province}`)}</b>`,
      `${escapeHtml(value)}${fact.period ? ` (${escapeHtml(fact.period)})` : ''}`,
      `<i>«${escapeHtml(fact.source.quote)}»</i>`,
      `${escapeHtml(t.sources)}: ${escapeHtml(source)}`,
    ].join('\n');
    return InlineQueryResultBuilder.article(`f${index}`, `${fact.label}: ${value}`, {
      description: `${fact.province} · ${fact.period ?? ''} · ${fact.source.title}`.slice(0, 200),
    }).text(card, { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
  });
  // A policy asked about: one card with what the articles say of it, cited.
  const policy = result.policies.length > 0 ? result.answer.split('\n')[0] : undefined;
  const results = policy
    ? [
        InlineQueryResultBuilder.article(`p:${result.policies[0] ?? ''}`.slice(0, 64), policy.slice(0, 200), {
          description: result.passages[0]?.text.slice(0, 200) ?? '',
        }).text(escapeHtml(result.answer.slice(0, 4000)), { parse_mode: 'HTML' }),
      ]
    : cards.length > 0
      ? cards
      : [
          InlineQueryResultBuilder.article('none', t.bot.inlineNothing, {
            description: result.answer.slice(0, 200),
          }).text(escapeHtml(result.answer.slice(0, 4000)), { parse_mode: 'HTML' }),
        ];
  await ctx.answerInlineQuery(results, { cache_time: 300 });
});
