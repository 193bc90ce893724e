import { setMaxListeners } from 'node:events';
import { HttpError, type Transformer } from 'grammy';
import type { ApiResponse } from 'grammy/types';
import { describeError, type Logger } from '../log.js';

/** How hard a Telegram call is retried. */
export interface RetryPolicy {
  /** Attempts per call, the first included. */
  readonly attempts: number;
  readonly firstDelayMs: number;
  /** Longest wait between attempts; a 429 asking for longer is given up, not waited for. */
  readonly maxDelayMs: number;
}

/**
 * Eight attempts over about two minutes (waits of 1, 2, 4 … 60 s): a reply outlives a Bot API outage of
 * that long, and a dead API cannot hold a chat for ever. Shutdown cuts the waiting short.
 */
export const defaultRetryPolicy: RetryPolicy = { attempts: 8, firstDelayMs: 1000, maxDelayMs: 60_000 };

/** Calls whose callers retry them on their own terms: polling and start-up retry until Telegram answers. */
const retriedByCaller = new Set(['getUpdates', 'getMe']);

export interface RetryControl {
  /** Once aborted (shutdown began), failed calls are no longer retried and waits end at once. */
  readonly stopping: AbortSignal;
  /** Once aborted (the grace period is over), calls still in flight are cut off. */
  readonly cutOff?: AbortSignal;
}

/**
 * Retries Telegram calls that failed for a passing reason: a 429 after its `retry_after`, a 5xx or a
 * lost connection (or a body that is not JSON) with doubling waits. Bounded in attempts and delay, and
 * no retry once shutdown began. Every failed attempt is logged once, with its cause and never the token
 * (the logger redacts it). Written here rather than taken from @grammyjs/auto-retry, which retries lost
 * connections without limit and up to an hour apart, and cannot be told to stop.
 */
export function retryTransientFailures(
  log: Logger,
  control: RetryControl,
  policy: RetryPolicy = defaultRetryPolicy,
): Transformer {
  // Every call in flight listens to these two for as long as it runs: hundreds may, legitimately.
  setMaxListeners(0, ...[control.stopping, control.cutOff].filter((signal) => signal !== undefined));
  return async (prev, method, payload, given) => {
    // grammY types its signals with an older shim; at run time they are Node's own.
    const { signal, unlink } = linkSignals(given as globalThis.AbortSignal | undefined, control.cutOff);
    const call = () => prev(method, payload, signal as typeof given);
    try {
      if (retriedByCaller.has(method)) return await call();
      return await withRetries(method, call, signal);
    } finally {
      unlink();
    }
  };

  async function withRetries<R extends ApiResponse<unknown>>(
    method: string,
    call: () => Promise<R>,
    signal?: AbortSignal,
  ): Promise<R> {
    let delay = policy.firstDelayMs;
    for (let attempt = 1; ; attempt++) {
      let outcome: { result: R } | { error: HttpError };
      try {
        outcome = { result: await call() };
      } catch (error) {
        if (!(error instanceof HttpError) || signal?.aborted) throw error;
        outcome = { error };
      }
      let wait = delay;
      if ('result' in outcome) {
        const { result } = outcome;
        if (result.ok) return result;
        const retryAfter = result.parameters?.retry_after;
        if (typeof retryAfter === 'number') wait = retryAfter * 1000;
        else if (result.error_code < 500) return result;
      }
      const cause =
        'result' in outcome && !outcome.result.ok
          ? `${outcome.result.error_code} ${outcome.result.description}`
          : 'error' in outcome
            ? httpCause(outcome.error)
            : 'unknown';
      let giveUp = attempt >= policy.attempts || wait > policy.maxDelayMs || control.stopping.aborted;
      if (!giveUp) {
        log.warn('telegram call failed', { method, attempt, cause, retryInMs: wait });
        giveUp = !(await pause(wait, control.stopping));
      }
      if (giveUp) {
        log.error('telegram call given up', { method, attempts: attempt, cause, stopping: control.stopping.aborted });
        if ('error' in outcome) throw outcome.error;
        return outcome.result;
      }
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}

/** A lost connection's cause as a log line can carry it: the system error code, or the message. */
export function httpCause(error: HttpError): string {
  const inner = error.error as { code?: unknown } | undefined;
  return typeof inner?.code === 'string'
    ? `${error.message} (${inner.code})`
    : `${error.message} (${describeError(inner)})`;
}

/** Waits `ms`; resolves false at once if `signal` is or becomes aborted. */
export function pause(ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A signal aborted when any of `signals` is, and a function that unlinks it once the call is over
 * (the long-lived shutdown signals would otherwise gather a listener per call). Linked by listeners
 * rather than AbortSignal.any, whose result Node 20 may collect, and never abort, while a request holds it.
 */
function linkSignals(...signals: (AbortSignal | undefined)[]): { signal: AbortSignal | undefined; unlink: () => void } {
  const present = signals.filter((signal): signal is AbortSignal => signal !== undefined);
  if (present.length <= 1) return { signal: present[0], unlink: () => undefined };
  const linked = new AbortController();
  const unlink = () => {
    for (const signal of present) signal.removeEventListener('abort', abort);
  };
  const abort = () => {
    unlink();
    linked.abort();
  };
  for (const signal of present) signal.addEventListener('abort', abort, { once: true });
  if (present.some((signal) => signal.aborted)) abort();
  return { signal: linked.signal, unlink };
}
