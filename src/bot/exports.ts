import { InputFile } from 'grammy';
import { templates } from '../answer/templates.js';
import { exportFileName, factsCsv, factsJson } from '../facts/export.js';
import type { Fact } from '../facts/fact.js';
import { indicators } from '../facts/indicators.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { type BotContext, userLanguage } from './deps.js';
import { escapeHtml } from './render.js';
import { botWording } from './wording.js';

/**
 * Sends facts as a spreadsheet (or JSON) document: the same rows and columns as `npm run facts`,
 * named and captioned by what they are (`parts`: places, topic, year).
 */
export async function sendFactsFile(
  ctx: BotContext,
  facts: readonly Fact[],
  parts: readonly string[],
  format: 'csv' | 'json',
): Promise<void> {
  const wording = botWording[userLanguage(ctx)];
  const file = format === 'csv' ? factsCsv(facts) : factsJson(facts);
  const caption = wording.exportCaption(facts.length, parts.length > 0 ? parts.join(' · ') : null, format);
  await ctx.replyWithDocument(new InputFile(Buffer.from(file, 'utf8'), exportFileName(parts, format)), {
    caption: escapeHtml(caption),
    parse_mode: 'HTML',
  });
}

/** Facts by their ids, built once per knowledge base (a /reload makes a new one). */
const byIdCache = new WeakMap<KnowledgeBase, ReadonlyMap<string, Fact>>();

/** The facts of these ids that the knowledge still has, in the order given. */
export function factsById(base: KnowledgeBase, ids: readonly string[]): Fact[] {
  let byId = byIdCache.get(base);
  if (!byId) byIdCache.set(base, (byId = new Map(base.facts.map((fact) => [fact.id, fact]))));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** What a set of facts is about, for its file name and caption: one or two places, one topic. */
export function partsOfFacts(facts: readonly Fact[], language: 'vi' | 'en'): string[] {
  const places = [...new Set(facts.flatMap((fact) => (fact.province ? [fact.province] : [])))];
  const topics = [...new Set(facts.map((fact) => indicators[fact.indicator].topic))];
  const [topic] = topics;
  return [
    ...(places.length <= 2 ? places : []),
    ...(topics.length === 1 && topic && topic !== 'overview' ? [templates[language].topic[topic]] : []),
  ];
}
