import { InputFile } from 'grammy';
import { availableFacts, type FactFilter, filterFacts, filterParts } from '../answer/fact-filter.js';
import { templates } from '../answer/templates.js';
import { exportFileName, factsCsv, factsJson } from '../facts/export.js';
import type { Fact } from '../facts/fact.js';
import { indicators } from '../facts/indicators.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { BotContext } from './deps.js';
import { escapeHtml } from './render.js';
import { botWording } from './wording.js';

/** A spreadsheet (or JSON) of facts, as the bot sends it and the console saves it. */
export interface FactsFile {
  readonly name: string;
  readonly content: string;
  readonly caption: string;
}

/**
 * Facts as a spreadsheet (or JSON): the same rows and columns as `npm run facts`, named and captioned
 * by what they are (`parts`: places, topic, year).
 */
export function factsFile(
  facts: readonly Fact[],
  parts: readonly string[],
  format: 'csv' | 'json',
  language: 'vi' | 'en',
): FactsFile {
  return {
    name: exportFileName(parts, format),
    content: format === 'csv' ? factsCsv(facts) : factsJson(facts),
    caption: botWording[language].exportCaption(facts.length, parts.length > 0 ? parts.join(' · ') : null, format),
  };
}

/**
 * What "/xuat [filter]" gives: the facts the filter names, or without one the facts of the last
 * answer (`recent`); or, when there are none, what to say instead (what there is, never an empty file).
 */
export function exportAsked(
  base: KnowledgeBase,
  filter: FactFilter,
  recent: readonly Fact[],
  language: 'vi' | 'en',
): FactsFile | { readonly nothing: string } {
  const wording = botWording[language];
  const facts = filter.asked ? filterFacts(base, filter) : recent;
  if (facts.length > 0) {
    const parts = filter.asked ? filterParts(filter, language) : partsOfFacts(facts, language);
    return factsFile(facts, parts, filter.format, language);
  }
  if (!filter.asked) return { nothing: wording.exportNothingYet };
  const { provinces, topics } = availableFacts(base, language);
  return { nothing: wording.noFactsFor(filter.asked, provinces, topics) };
}

/** Sends a facts file as a document, captioned. */
export async function sendFactsFile(ctx: BotContext, file: FactsFile): Promise<void> {
  await ctx.replyWithDocument(new InputFile(Buffer.from(file.content, 'utf8'), file.name), {
    caption: escapeHtml(file.caption),
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
