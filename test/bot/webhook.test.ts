import { connect, type Socket } from 'node:net';
import type { Update } from 'grammy/types';
import { afterEach, describe, expect, test } from 'vitest';
import { StartupError } from '../../src/bot/startup-error.js';
import { createWebhookServer, parseTarget, type WebhookLimits, type WebhookServer } from '../../src/bot/webhook.js';
import { createLogger } from '../../src/log.js';

const secret = 'a-webhook-secret-for-unit-tests';
let webhook: WebhookServer | null = null;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await webhook?.close(0);
  webhook = null;
});

/** A webhook server on a free port whose handled updates and log lines are recorded. */
async function serve(
  handle: (update: Update) => Promise<void> = () => Promise.resolve(),
  limits: Partial<WebhookLimits> = {},
) {
  const handled: Update[] = [];
  const logs: string[] = [];
  webhook = createWebhookServer({
    path: '/hook',
    secret,
    log: createLogger('debug', [], (line) => logs.push(line)),
    handleUpdate: (update) => {
      handled.push(update);
      return handle(update);
    },
    limits,
  });
  await webhook.listen(0, '127.0.0.1');
  const { port } = webhook.server.address() as { port: number };
  return { port, handled, logs };
}

/** Sends raw bytes and resolves with all the server answered when it closes or after `waitMs`. */
function raw(port: number, text: string, waitMs = 1500): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(received));
    socket.write(text);
    setTimeout(() => resolve(received), waitMs);
  });
}

const post = (port: number, body: string, headers: Record<string, string> = {}) =>
  fetch(`http://127.0.0.1:${port}/hook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret, ...headers },
    body,
  });

const statusOf = (response: string) => Number(response.match(/^HTTP\/1\.1 (\d{3})/)?.[1] ?? 0);

describe('nothing a client sends escapes the request handler', () => {
  test.each(['//[', 'http://x:99999/hook', '*', 'hook'])(
    'the target %s gets 400 and the server keeps serving',
    async (target) => {
      const { port } = await serve();
      expect(statusOf(await raw(port, `POST ${target} HTTP/1.1\r\nhost: x\r\ncontent-length: 0\r\n\r\n`))).toBe(400);
      expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    },
  );

  test('parseTarget reads a path or refuses', () => {
    expect(parseTarget('/hook?x=1')).toBe('/hook');
    expect(parseTarget('//[')).toBeNull();
    expect(parseTarget(undefined)).toBeNull();
  });

  test.each([
    ['null', 'null'],
    ['an empty body', ''],
    ['an object without update_id', '{}'],
    ['a negative update_id', '{"update_id":-1}'],
    ['an array', '[]'],
    ['broken JSON', '{"update_id":'],
  ])('%s is refused with 400 and never handled', async (_name, body) => {
    const { port, handled } = await serve();
    expect((await post(port, body)).status).toBe(400);
    expect(handled).toEqual([]);
  });

  test('an update whose handling fails is still answered 200, so Telegram does not re-send it', async () => {
    const { port, logs } = await serve(() => Promise.reject(new Error('session store is down')));
    expect((await post(port, '{"update_id":5}')).status).toBe(200);
    expect(logs.join('\n')).toContain('session store is down');
  });

  test('an update Telegram re-sends is handled once', async () => {
    const { port, handled } = await serve();
    for (let i = 0; i < 3; i++) expect((await post(port, '{"update_id":77,"message":{}}')).status).toBe(200);
    expect((await post(port, '{"update_id":78}')).status).toBe(200);
    expect(handled.map((update) => update.update_id)).toEqual([77, 78]);
  });
});

describe('health checks', () => {
  test('HEAD /healthz and /healthz with a query answer like GET', async () => {
    const { port } = await serve();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'HEAD' })).status).toBe(200);
    const withQuery = await fetch(`http://127.0.0.1:${port}/healthz?x=1`);
    expect(withQuery.status).toBe(200);
    expect(await withQuery.text()).toBe('ok');
  });
});

describe('bounded in size, time and number', () => {
  test('a body over the limit is refused before it is read; an undeclared one with 411', async () => {
    const { port, handled } = await serve(undefined, { maxBodyBytes: 1000 });
    const answer = await raw(
      port,
      `POST /hook HTTP/1.1\r\nhost: x\r\nx-telegram-bot-api-secret-token: ${secret}\r\ncontent-length: 5000\r\n\r\n{`,
    );
    expect(statusOf(answer)).toBe(413);
    const chunked = await raw(
      port,
      `POST /hook HTTP/1.1\r\nhost: x\r\nx-telegram-bot-api-secret-token: ${secret}\r\ntransfer-encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n\r\n`,
    );
    expect(statusOf(chunked)).toBe(411);
    expect(handled).toEqual([]);
  });

  test('after a 401 the connection is closed, however slowly the client goes on sending', async () => {
    const { port } = await serve();
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    let received = '';
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('error', () => undefined);
    const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
    socket.write(`POST /hook HTTP/1.1\r\nhost: x\r\ncontent-length: 100000\r\n\r\n{`);
    const dribble = setInterval(() => socket.writable && socket.write('x'), 50);
    const outcome = await Promise.race([
      closed.then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('open'), 3000)),
    ]);
    clearInterval(dribble);
    expect(outcome).toBe('closed');
    expect(statusOf(received)).toBe(401);
  });

  test('slow headers and a dribbled authenticated body are cut off by their timeouts', async () => {
    const { port, handled } = await serve(undefined, { headersTimeoutMs: 400, bodyTimeoutMs: 400 });
    const slowHeaders = raw(port, 'POST /hook HTTP/1.1\r\nhost: x\r\n', 5000);
    const slowBody = raw(
      port,
      `POST /hook HTTP/1.1\r\nhost: x\r\nx-telegram-bot-api-secret-token: ${secret}\r\ncontent-length: 50\r\n\r\n{"update_id":`,
      5000,
    );
    const started = Date.now();
    const [headers, body] = await Promise.all([slowHeaders, slowBody]);
    // Both end well before the 5 s the client would wait: the server closed them.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(statusOf(headers)).toBe(408);
    expect(statusOf(body)).toBe(408);
    expect(handled).toEqual([]);
  });

  test('connections over the cap are refused, and idle ones do not starve updates for long', async () => {
    const { port, handled } = await serve(undefined, { maxConnections: 3, headersTimeoutMs: 400 });
    const idle = Array.from({ length: 6 }, () => raw(port, '', 5000));
    // The three past the cap are closed at once; the three within it by the header timeout.
    const started = Date.now();
    await Promise.all(idle);
    expect(Date.now() - started).toBeLessThan(4000);
    expect((await post(port, '{"update_id":1}')).status).toBe(200);
    expect(handled).toHaveLength(1);
  });

  test('closing does not wait for a dribbling body, only (within the grace) for updates being handled', async () => {
    let finish: () => void = () => undefined;
    const { port } = await serve(() => new Promise<void>((resolve) => (finish = resolve)), { bodyTimeoutMs: 60_000 });
    void raw(
      port,
      `POST /hook HTTP/1.1\r\nhost: x\r\nx-telegram-bot-api-secret-token: ${secret}\r\ncontent-length: 50\r\n\r\n{`,
      60_000,
    );
    const slowUpdate = post(port, '{"update_id":9}');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(webhook?.inFlight()).toBe(1);
    const started = Date.now();
    const closing = webhook?.close(10_000);
    setTimeout(() => finish(), 300);
    expect(await closing).toBe(0);
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await slowUpdate).status).toBe(200);
    webhook = null;
  });

  test('a port in use is one clear line', async () => {
    const { port } = await serve();
    const second = createWebhookServer({
      path: '/hook',
      secret,
      log: createLogger('error', [], () => undefined),
      handleUpdate: () => Promise.resolve(),
    });
    const error = await second.listen(port, '127.0.0.1').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toBe(`port ${port} is already in use (set PORT to a free one)`);
  });
});
