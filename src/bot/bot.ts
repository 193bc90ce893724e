import { limit } from '@grammyjs/ratelimiter';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotConfig, session, type StorageAdapter } from 'grammy';
import { describeError } from '../log.js';
import { isAddressedToBot, rateLimitKey } from './addressed.js';
import type { BotContext, BotDeps } from './deps.js';
import { admin } from './features/admin.js';
import { buttons } from './features/buttons.js';
import { commands } from './features/commands.js';
import { exportsFeature } from './features/exports.js';
import { quizzes } from './features/quiz.js';
import { inline } from './features/inline.js';
import { questions } from './features/questions.js';
import { unhandled } from './features/unhandled.js';
import { BoundedMemoryStorage, type ChatSession, emptySession, isChatSession } from './session.js';
import { resilientStorage } from './session-store.js';
import { type RetryControl, retryTransientFailures } from './telegram-retries.js';

const slowDown =
  'Bạn gửi nhanh quá; vui lòng đợi một phút rồi hỏi tiếp. / You are sending too fast; please wait a minute.';
const sorry = 'Xin lỗi, đã có lỗi khi trả lời. Bạn thử hỏi lại nhé. / Sorry, something went wrong; please try again.';

export interface CreateBotOptions {
  readonly client?: BotConfig<BotContext>['client'];
  readonly botInfo?: BotConfig<BotContext>['botInfo'];
  /** Where chat sessions live; a bounded in-memory store by default. */
  readonly storage?: StorageAdapter<ChatSession>;
  /** When failed Telegram calls stop being retried (shutdown); never, by default. */
  readonly retry?: RetryControl;
}

/**
 * The bot: dependencies on the context first, then sessions, then one Composer per feature, all
 * inside an error boundary so a failing handler is logged and never crashes the process.
 */
export function createBot(token: string, deps: BotDeps, options: CreateBotOptions = {}): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, {
    ...(options.client ? { client: options.client } : {}),
    ...(options.botInfo ? { botInfo: options.botInfo } : {}),
  });
  bot.api.config.use(retryTransientFailures(deps.log, options.retry ?? { stopping: new AbortController().signal }));
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    const started = performance.now();
    try {
      await next();
    } finally {
      deps.log.info('update', {
        update: ctx.update.update_id,
        chat: ctx.chat?.type ?? (ctx.inlineQuery ? 'inline' : 'none'),
        intent: ctx.intent ?? 'ignored',
        ms: Math.round(performance.now() - started),
      });
    }
  });
  // What the bot will not answer (group chatter, edits, members joining) goes no further: it neither
  // counts towards a rate limit nor touches a session.
  bot.use(async (ctx, next) => {
    if (isAddressedToBot(ctx)) await next();
  });
  // A user sending faster than a person types gets one polite notice, then is ignored for a while.
  const rate = deps.rateLimit ?? { limit: 20, timeFrameMs: 60_000 };
  bot.use(
    limit({
      timeFrame: rate.timeFrameMs,
      limit: rate.limit,
      keyGenerator: (ctx) => rateLimitKey(ctx),
      onLimitExceeded: (ctx) => {
        ctx.intent = 'rate_limited';
        if (ctx.chat) void ctx.reply(slowDown).catch(() => undefined);
      },
    }),
  );
  // Updates of one chat are handled in order (its session), different chats in parallel.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString() ?? ctx.from?.id.toString()));
  bot.use(
    session({
      initial: emptySession,
      storage: resilientStorage(
        options.storage ?? new BoundedMemoryStorage<ChatSession>(10_000, 6 * 60 * 60 * 1000),
        deps.log,
        isChatSession,
      ),
      // Inline queries have no chat: they get a session of their own that is never stored.
      getSessionKey: (ctx) => ctx.chat?.id.toString(),
    }),
  );
  const features = bot.errorBoundary(async (error) => {
    deps.log.error('handler failed', { update: error.ctx.update.update_id, error: describeError(error.error) });
    // The user still hears back; if even that fails, the log line above is all there is.
    if (error.ctx.chat) await error.ctx.reply(sorry).catch(() => undefined);
  });
  features.use(commands, exportsFeature, quizzes, admin, buttons, questions, inline, unhandled);
  bot.catch((error) =>
    deps.log.error('update failed', { update: error.ctx.update.update_id, error: describeError(error.error) }),
  );
  return bot;
}
