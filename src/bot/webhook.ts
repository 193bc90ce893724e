import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { describeError, type Logger } from '../log.js';
import { drained } from './drain.js';
import { StartupError } from './startup-error.js';

/** The limits a webhook server keeps; the defaults suit Telegram's delivery. */
export interface WebhookLimits {
  /** Largest body read: Telegram's updates (4,096-character texts) are a few kilobytes. */
  readonly maxBodyBytes: number;
  /** Time allowed for the request line and headers, and for the body after them. */
  readonly headersTimeoutMs: number;
  readonly bodyTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  readonly keepAliveTimeoutMs: number;
  /** After this, an update still being handled is answered 200 and goes on handling (Telegram would re-send it). */
  readonly answerWithinMs: number;
  /** Connections open at once: what Telegram is allowed (max_connections) plus a few for health checks. */
  readonly maxConnections: number;
  /** How many recent update ids are remembered, so a re-sent update is answered once. */
  readonly rememberedUpdates: number;
}

export const defaultWebhookLimits: WebhookLimits = {
  maxBodyBytes: 256 * 1024,
  headersTimeoutMs: 10_000,
  bodyTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  answerWithinMs: 25_000,
  maxConnections: 50,
  rememberedUpdates: 10_000,
};

export interface WebhookOptions {
  /** The path Telegram posts to (from WEBHOOK_URL). */
  readonly path: string;
  readonly secret: string;
  readonly handleUpdate: (update: Update) => Promise<void>;
  readonly log: Logger;
  readonly limits?: Partial<WebhookLimits>;
}

export interface WebhookServer {
  readonly server: Server;
  /** Listens on `port`; a port in use or not allowed is a StartupError with one clear line. */
  listen(port: number, host?: string): Promise<void>;
  /** Updates being handled right now. */
  inFlight(): number;
  /**
   * Stops accepting, lets the updates being handled finish for at most `graceMs`, then cuts every
   * connection (a slow or dribbling body never holds shutdown). Resolves with the updates left unfinished.
   */
  close(graceMs: number): Promise<number>;
}

/** Enough of an update to handle it: an id; the rest is grammY's to read. */
const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/** Thrown while reading a body that breaks a limit: the status to answer with. */
class BodyRefused extends Error {
  constructor(readonly status: number) {
    super(`body refused with ${status}`);
  }
}

/**
 * The webhook endpoint: nothing a client sends escapes the request handler (a bad target is a 400, a
 * broken body a 400, a failing update still a 200 so Telegram does not re-send it in a loop), every
 * connection is bounded in time and number, and an update Telegram re-sends is handled once.
 */
export function createWebhookServer(options: WebhookOptions): WebhookServer {
  const limits = { ...defaultWebhookLimits, ...options.limits };
  const seen = new RecentIds(limits.rememberedUpdates);
  let inFlight = 0;

  const respond = (response: ServerResponse, status: number, headers: Record<string, string> = {}, body = '') => {
    if (response.headersSent || response.destroyed) return;
    response.writeHead(status, headers).end(body);
  };
  /** Answers and closes: whatever of the body is still coming is not read. */
  const refuse = (
    request: IncomingMessage,
    response: ServerResponse,
    status: number,
    headers: Record<string, string> = {},
  ) => {
    respond(response, status, { connection: 'close', ...headers });
    response.once('finish', () => request.socket.destroySoon());
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const target = parseTarget(request.url);
    if (target === null) return refuse(request, response, 400);
    if (target === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
      return respond(response, 200, { 'content-type': 'text/plain' }, request.method === 'GET' ? 'ok' : '');
    }
    if (target !== options.path) return refuse(request, response, 404);
    if (request.method !== 'POST') return refuse(request, response, 405, { allow: 'POST' });
    if (!secretMatches(request.headers['x-telegram-bot-api-secret-token'], options.secret)) {
      return refuse(request, response, 401);
    }
    const declared = Number(request.headers['content-length']);
    if (request.headers['content-length'] === undefined || !Number.isFinite(declared))
      return refuse(request, response, 411);
    if (declared > limits.maxBodyBytes) return refuse(request, response, 413);

    let update: Update;
    try {
      const parsed = updateSchema.safeParse(JSON.parse(await readBody(request, limits)));
      if (!parsed.success) return refuse(request, response, 400);
      update = parsed.data;
    } catch (error) {
      return refuse(request, response, error instanceof BodyRefused ? error.status : 400);
    }
    if (!seen.add(update.update_id)) {
      options.log.info('update ignored: already received', { update: update.update_id });
      return respond(response, 200);
    }
    inFlight += 1;
    const handled = options
      .handleUpdate(update)
      .catch((error: unknown) => {
        // Answering 500 would make Telegram re-send the update, and the user get the same answer again.
        options.log.error('update failed', { update: update.update_id, error: describeError(error) });
      })
      .finally(() => {
        inFlight -= 1;
      });
    const timer = new Promise<void>((resolve) => setTimeout(resolve, limits.answerWithinMs).unref());
    await Promise.race([handled, timer]);
    respond(response, 200);
  };

  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.headersTimeoutMs + limits.bodyTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      // The timeouts above are enforced by a sweep; the default sweep (30 s) would let them run long.
      connectionsCheckingInterval: Math.min(1000, limits.headersTimeoutMs),
    },
    (request, response) => {
      handle(request, response).catch((error: unknown) => {
        options.log.error('webhook request failed', { error: describeError(error) });
        respond(response, 500);
      });
    },
  );
  server.maxConnections = limits.maxConnections;
  // A client that breaks the protocol gets its connection closed, never an exception.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\nconnection: close\r\n\r\n`);
    else socket.destroy();
  });

  return {
    server,
    listen: (port, host) =>
      new Promise<void>((resolve, reject) => {
        const onError = (error: NodeJS.ErrnoException) => {
          reject(
            new StartupError(
              error.code === 'EADDRINUSE'
                ? `port ${port} is already in use (set PORT to a free one)`
                : `cannot listen on port ${port}: ${error.code ?? error.message}`,
            ),
          );
        };
        server.once('error', onError);
        server.listen(port, host, () => {
          server.off('error', onError);
          resolve();
        });
      }),
    inFlight: () => inFlight,
    async close(graceMs) {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await drained(() => inFlight === 0, graceMs);
      server.closeAllConnections();
      await closed;
      return inFlight;
    },
  };
}

/** The path of a request target, or null when it is not one ("//[", "http://x:99999/hook"). */
export function parseTarget(target: string | undefined): string | null {
  if (!target?.startsWith('/')) return null;
  try {
    return new URL(target, 'http://localhost').pathname;
  } catch {
    return null;
  }
}

/** Compares the secret header in constant time, so its value cannot be guessed from response times. */
export function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Reads a body within the size and time limits; a breach rejects with the status to answer. */
function readBody(request: IncomingMessage, limits: WebhookLimits): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const timer = setTimeout(() => fail(408), limits.bodyTimeoutMs);
    const fail = (status: number) => {
      clearTimeout(timer);
      request.removeAllListeners('data');
      reject(new BodyRefused(status));
    };
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBodyBytes) fail(413);
      else chunks.push(chunk);
    });
    request.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', () => fail(400));
  });
}

/** The last `capacity` ids added, oldest forgotten first. */
class RecentIds {
  readonly #ids = new Set<number>();
  constructor(private readonly capacity: number) {}

  /** Adds `id`; false if it was already there. */
  add(id: number): boolean {
    if (this.#ids.has(id)) return false;
    this.#ids.add(id);
    if (this.#ids.size > this.capacity) {
      const oldest = this.#ids.values().next().value;
      if (oldest !== undefined) this.#ids.delete(oldest);
    }
    return true;
  }
}
