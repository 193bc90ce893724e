import type { Context, SessionFlavor } from 'grammy';
import type { AnswerContext } from '../answer/answer.js';
import type { ChartRenderer } from '../chart/render.js';
import type { Logger } from '../log.js';
import type { ChatSession } from './session.js';

/** What the bot's features need, put on every context by the first middleware. */
export interface BotDeps {
  /** Replaced whole by a successful /reload; a failed reload leaves it as it was. */
  knowledge: Omit<AnswerContext, 'previous' | 'language'>;
  /** Reads the knowledge folder again (admins' /reload); throws KnowledgeError when it is broken. */
  readonly reload?: () => Promise<Omit<AnswerContext, 'previous' | 'language'>>;
  /** Messages a user may send per `timeFrameMs` before the bot asks them to slow down. */
  readonly rateLimit?: { readonly limit: number; readonly timeFrameMs: number };
  readonly log: Logger;
  readonly adminIds: readonly number[];
  /** Every place name a button may refer to (by its key; by position in buttons sent before keys). */
  readonly places: readonly string[];
  /** Draws charts off the event loop; without it no chart is offered. */
  readonly charts?: ChartRenderer;
}

export type BotContext = Context & SessionFlavor<ChatSession> & { deps: BotDeps; intent?: string };

/** All province names before and after 2025, sorted (buttons sent before keys were names refer to positions in it). */
export function placeList(knowledge: BotDeps['knowledge']): string[] {
  const { gazetteer } = knowledge.base;
  return [...new Set([...gazetteer.before.keys(), ...gazetteer.after.keys()])].sort((a, b) => a.localeCompare(b, 'vi'));
}

/** English when the user's Telegram is set to English; Vietnamese otherwise. */
export function userLanguage(ctx: Context): 'vi' | 'en' {
  return ctx.from?.language_code?.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
