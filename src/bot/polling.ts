import { createConcurrentSink, createRunner, createSource, type RunnerHandle } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { describeError, type Logger } from '../log.js';
import type { BotContext } from './deps.js';
import { type ReconnectPolicy, untilTelegramAnswers } from './reconnect.js';

/** Telegram's own maximum per getUpdates. */
const batchLimit = 100;

export interface PollingOptions {
  readonly log: Logger;
  readonly allowedUpdates: readonly string[];
  /** Updates handled at once at most: each may hold a connection to the Bot API. */
  readonly concurrency: number;
  readonly reconnect?: ReconnectPolicy;
}

/**
 * Long polling with grammY's runner (concurrent sink, sequentialised per chat by the bot), fed by a
 * supplier of our own: getUpdates is retried with a logged, capped back-off (the runner's own doubles
 * without a cap and prints whole errors to the console), and a batch larger than asked for (a broken
 * Bot API returning 50,000) is handed on `limit` updates at a time, so the sink's concurrency holds.
 */
export function startPolling(bot: Bot<BotContext>, options: PollingOptions): RunnerHandle {
  let offset = 0;
  const held: Update[] = [];
  const source = createSource<Update>({
    supply: async (batchSize, runnerSignal) => {
      // The runner types its signal with an older shim; at run time it is Node's own.
      const signal = runnerSignal as unknown as AbortSignal;
      const limit = Math.max(1, Math.min(batchSize, batchLimit));
      if (held.length === 0) {
        const updates = await untilTelegramAnswers(
          'getUpdates',
          () =>
            bot.api.getUpdates(
              { offset, limit, timeout: 30, allowed_updates: options.allowedUpdates as never },
              runnerSignal,
            ),
          { log: options.log, signal, ...(options.reconnect ? { policy: options.reconnect } : {}) },
        );
        const last = updates.at(-1);
        if (last) offset = last.update_id + 1;
        if (updates.length > limit)
          options.log.warn('telegram sent more updates than asked', { asked: limit, got: updates.length });
        held.push(...updates);
      }
      return held.splice(0, limit);
    },
  });
  const sink = createConcurrentSink<Update, unknown>(
    { consume: (update) => bot.handleUpdate(update) },
    (error) => {
      options.log.error('update failed', { error: describeError(error) });
      return Promise.resolve();
    },
    { concurrency: options.concurrency },
  );
  const runner = createRunner(source, sink);
  runner.start();
  return runner;
}
