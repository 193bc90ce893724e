import { GrammyError, HttpError } from 'grammy';
import type { ApiResponse } from 'grammy/types';
import { describe, expect, test } from 'vitest';
import { isFatalTelegramError, StoppedWhileConnecting, untilTelegramAnswers } from '../../src/bot/reconnect.js';
import { retryTransientFailures } from '../../src/bot/telegram-retries.js';
import { createLogger } from '../../src/log.js';

const policy = { attempts: 4, firstDelayMs: 5, maxDelayMs: 40 };

function recordingLog() {
  const lines: Record<string, unknown>[] = [];
  const log = createLogger('debug', ['123456:SECRET-TOKEN-VALUE'], (line) =>
    lines.push(JSON.parse(line) as Record<string, unknown>),
  );
  return { log, lines };
}

/** Calls a transformer as grammY would, with `responses` served in turn (an Error is thrown). */
async function callThrough(
  responses: (ApiResponse<unknown> | Error)[],
  options: { stopping?: AbortSignal; method?: string } = {},
) {
  const { log, lines } = recordingLog();
  const transformer = retryTransientFailures(
    log,
    { stopping: options.stopping ?? new AbortController().signal },
    policy,
  );
  let calls = 0;
  const prev = () => {
    const next = responses[Math.min(calls++, responses.length - 1)];
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next);
  };
  const outcome = await transformer(prev as never, (options.method ?? 'sendMessage') as never, {} as never).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  return { outcome, calls: () => calls, lines };
}

const lost = () =>
  new HttpError(
    "Network request for 'sendMessage' failed!",
    Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
  );
const serverError = { ok: false, error_code: 502, description: 'Bad Gateway' } as const;

describe('retrying a failed Telegram call', () => {
  test('a lost connection is retried a bounded number of times, each failure logged once with its cause', async () => {
    const { outcome, calls, lines } = await callThrough([lost()]);
    expect(outcome).toHaveProperty('error');
    expect(calls()).toBe(policy.attempts);
    const failed = lines.filter((line) => line.message === 'telegram call failed');
    expect(failed.map((line) => line.attempt)).toEqual([1, 2, 3]);
    expect(failed[0]?.cause).toMatch(/ECONNRESET/);
    expect(lines.filter((line) => line.message === 'telegram call given up')).toHaveLength(1);
  });

  test('a 5xx then success delivers, with the waits doubling', async () => {
    const { outcome, calls, lines } = await callThrough([serverError, serverError, { ok: true, result: 1 }]);
    expect(outcome).toEqual({ result: { ok: true, result: 1 } });
    expect(calls()).toBe(3);
    expect(lines.map((line) => line.retryInMs).filter(Boolean)).toEqual([5, 10]);
  });

  test('a 400 is not retried; a 429 asking for longer than the longest wait is given up', async () => {
    expect((await callThrough([{ ok: false, error_code: 400, description: 'Bad Request' }])).calls()).toBe(1);
    const tooLong = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests',
      parameters: { retry_after: 3600 },
    } as const;
    expect((await callThrough([tooLong])).calls()).toBe(1);
  });

  test('once shutdown began, nothing is retried', async () => {
    const stopping = new AbortController();
    stopping.abort();
    const { calls, lines } = await callThrough([lost()], { stopping: stopping.signal });
    expect(calls()).toBe(1);
    expect(lines.at(-1)).toMatchObject({ message: 'telegram call given up', stopping: true });
  });

  test('getUpdates and getMe are left to their callers', async () => {
    expect((await callThrough([serverError], { method: 'getUpdates' })).calls()).toBe(1);
  });
});

test('hundreds of calls retrying at once are not taken for a listener leak', async () => {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on('warning', onWarning);
  const transformer = retryTransientFailures(
    createLogger('error', [], () => undefined),
    { stopping: new AbortController().signal, cutOff: new AbortController().signal },
    policy,
  );
  let calls = 0;
  const prev = () => Promise.resolve(calls++ % 2 === 0 ? serverError : { ok: true, result: 1 });
  await Promise.all(Array.from({ length: 50 }, () => transformer(prev as never, 'sendMessage' as never, {} as never)));
  await new Promise((resolve) => setTimeout(resolve, 20));
  process.off('warning', onWarning);
  expect(warnings).toEqual([]);
});

describe('waiting for an unreachable Bot API', () => {
  test('retries until it answers, logging each attempt once, the waits capped', async () => {
    const { log, lines } = recordingLog();
    let attempts = 0;
    const result = await untilTelegramAnswers(
      'getMe',
      () => (++attempts < 7 ? Promise.reject(lost()) : Promise.resolve('me')),
      { log, signal: new AbortController().signal, policy: { firstDelayMs: 2, maxDelayMs: 16 } },
    );
    expect(result).toBe('me');
    const waits = lines.filter((line) => line.message === 'telegram unreachable').map((line) => line.retryInMs);
    expect(waits).toEqual([2, 4, 8, 16, 16, 16]);
    expect(lines.at(-1)).toMatchObject({ message: 'telegram reachable again', failures: 6 });
  });

  test('a refused token ends it at once; a stop signal ends the waiting', async () => {
    const { log } = recordingLog();
    const refused = new GrammyError(
      "Call to 'getMe' failed!",
      { ok: false, error_code: 401, description: 'Unauthorized' },
      'getMe',
      {},
    );
    expect(isFatalTelegramError(refused)).toBe(true);
    await expect(
      untilTelegramAnswers('getMe', () => Promise.reject(refused), { log, signal: new AbortController().signal }),
    ).rejects.toBe(refused);
    const stop = new AbortController();
    setTimeout(() => stop.abort(), 50);
    await expect(
      untilTelegramAnswers('getMe', () => Promise.reject(lost()), {
        log,
        signal: stop.signal,
        policy: { firstDelayMs: 60_000, maxDelayMs: 60_000 },
      }),
    ).rejects.toBeInstanceOf(StoppedWhileConnecting);
  });
});
