import { GrammyError, HttpError } from 'grammy';
import { describeError, type Logger } from '../log.js';
import { httpCause, pause } from './telegram-retries.js';

/** Waits between attempts to reach an unreachable Bot API: doubling from half a second, at most a minute. */
export interface ReconnectPolicy {
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

export const defaultReconnectPolicy: ReconnectPolicy = { firstDelayMs: 500, maxDelayMs: 60_000 };

/** Thrown when `signal` stopped the attempts before Telegram answered. */
export class StoppedWhileConnecting extends Error {
  override readonly name = 'StoppedWhileConnecting';
}

/**
 * Errors no retry can mend: the token is refused (401, 404), or another process takes the updates
 * (409: a webhook is set, or a second instance polls).
 */
export function isFatalTelegramError(error: unknown): boolean {
  return error instanceof GrammyError && [401, 404, 409].includes(error.error_code);
}

/**
 * Calls `attempt` until Telegram answers it. Each failure is logged once with its cause (never the
 * token: the logger redacts it); the waits double up to `maxDelayMs`, so an outage of hours is
 * retried once a minute and a short one is over within seconds of the API coming back.
 */
export async function untilTelegramAnswers<T>(
  what: string,
  attempt: () => Promise<T>,
  options: { readonly log: Logger; readonly signal: AbortSignal; readonly policy?: ReconnectPolicy },
): Promise<T> {
  const policy = options.policy ?? defaultReconnectPolicy;
  let delay = policy.firstDelayMs;
  for (let failures = 0; ; failures++) {
    if (options.signal.aborted) throw new StoppedWhileConnecting(`stopped while waiting for ${what}`);
    try {
      const result = await attempt();
      if (failures > 0) options.log.info('telegram reachable again', { call: what, failures });
      return result;
    } catch (error) {
      if (options.signal.aborted) throw new StoppedWhileConnecting(`stopped while waiting for ${what}`);
      if (isFatalTelegramError(error)) throw error;
      options.log.warn('telegram unreachable', {
        call: what,
        attempt: failures + 1,
        cause: cause(error),
        retryInMs: delay,
      });
      await pause(delay, options.signal);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}

function cause(error: unknown): string {
  if (error instanceof HttpError) return httpCause(error);
  if (error instanceof GrammyError) return `${error.error_code} ${error.description}`;
  return describeError(error);
}
