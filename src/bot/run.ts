import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { run } from '@grammyjs/runner';
import { FileAdapter } from '@grammyjs/storage-file';
import { type Bot, type StorageAdapter, webhookCallback } from 'grammy';
import { BoundedMemoryStorage, type ChatSession } from './session.js';
import type { AnswerContext } from '../answer/answer.js';
import { knowledgeFolder } from '../cli/paths.js';
import { loadAnswerContext } from '../knowledge/runtime.js';
import { templates } from '../answer/templates.js';
import type { Config } from '../config.js';
import { createLogger, describeError, type Logger } from '../log.js';
import { createBot } from './bot.js';
import { type BotContext, placeList } from './deps.js';

/** Updates the bot asks Telegram for. */
const allowedUpdates = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member'] as const;
/** Largest webhook body accepted: Telegram's updates are far smaller. */
const maxWebhookBody = 1024 * 1024;

/**
 * Runs the Telegram bot until SIGINT or SIGTERM, then stops fetching, waits for the updates in
 * flight, and returns 0. A second signal (npm forwards one) does not cut the drain short.
 */
export async function runBot(
  config: Config & { BOT_TOKEN: string },
  knowledge: Omit<AnswerContext, 'previous'>,
): Promise<number> {
  const log = createLogger(config.LOG_LEVEL, [config.BOT_TOKEN]);
  const bot = createBot(
    config.BOT_TOKEN,
    {
      knowledge,
      log,
      adminIds: config.ADMIN_IDS,
      places: placeList(knowledge),
      reload: () =>
        loadAnswerContext(config.KNOWLEDGE_DIR ?? knowledgeFolder, { indexBudget: config.PASSAGE_INDEX_CHARS }),
    },
    { client: { apiRoot: config.TELEGRAM_API_ROOT }, storage: sessionStorage(config) },
  );
  await bot.init();
  await registerCommands(bot);
  log.info('bot started', { username: bot.botInfo.username, mode: config.BOT_MODE });
  const stopped = config.BOT_MODE === 'webhook' ? await serveWebhook(bot, config, log) : await poll(bot, log);
  log.info('bot stopped');
  return stopped;
}

/** The session store the configuration names: bounded memory by default, or one file per chat. */
function sessionStorage(config: Config): StorageAdapter<ChatSession> {
  if (config.SESSION_STORE === 'file') return new FileAdapter<ChatSession>({ dirName: config.SESSION_DIR });
  return new BoundedMemoryStorage<ChatSession>(config.SESSION_MAX_CHATS, config.SESSION_TTL_MINUTES * 60_000);
}

async function registerCommands(bot: Bot<BotContext>): Promise<void> {
  await bot.api.setMyCommands([...templates.vi.bot.commands]);
  await bot.api.setMyCommands([...templates.en.bot.commands], { language_code: 'en' });
}

/** Resolves on the first SIGINT or SIGTERM; later signals are only logged. */
function shutdownSignal(log: Logger): Promise<string> {
  return new Promise((resolve) => {
    let received = false;
    const onSignal = (signal: string) => {
      if (received) {
        log.info('signal ignored while stopping', { signal });
        return;
      }
      received = true;
      log.info('stopping', { signal });
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

async function poll(bot: Bot<BotContext>, log: Logger): Promise<number> {
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { allowed_updates: allowedUpdates } } });
  const never = new Promise<never>(() => undefined);
  const outcome = await Promise.race([
    shutdownSignal(log).then(() => 'signal' as const),
    (runner.task() ?? never).then(
      () => 'ended' as const,
      (error: unknown) => {
        log.error('polling failed', { error: describeError(error) });
        return 'ended' as const;
      },
    ),
  ]);
  if (runner.isRunning()) await runner.stop();
  // stop() resolves while handlers may still run (their updates are already confirmed): wait for them.
  while (runner.size() > 0) await sleep(20);
  return outcome === 'signal' ? 0 : 1;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Compares the secret header in constant time, so its value cannot be guessed from response times. */
export function secretMatches(header: string | string[] | undefined, secret: string): boolean {
  const given = Buffer.from(typeof header === 'string' ? header : '');
  const expected = Buffer.from(secret);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

async function serveWebhook(bot: Bot<BotContext>, config: Config, log: Logger): Promise<number> {
  const url = new URL(config.WEBHOOK_URL ?? '');
  const secret = config.WEBHOOK_SECRET ?? '';
  const handle = webhookCallback(bot, 'http', {
    secretToken: secret,
    timeoutMilliseconds: 50_000,
    onTimeout: 'return',
  });
  let inFlight = 0;
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.method === 'GET' && request.url === '/healthz') {
      response.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      return;
    }
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== url.pathname) {
      response.writeHead(404).end();
      return;
    }
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    if (!secretMatches(request.headers['x-telegram-bot-api-secret-token'], secret)) {
      response.writeHead(401).end();
      return;
    }
    const length = Number(request.headers['content-length']);
    if (!Number.isFinite(length) || length > maxWebhookBody) {
      response.writeHead(Number.isFinite(length) ? 413 : 411).end();
      return;
    }
    inFlight += 1;
    Promise.resolve(handle(request, response))
      .catch((error: unknown) => {
        log.error('webhook failed', { error: describeError(error) });
        if (!response.headersSent) response.writeHead(500).end();
      })
      .finally(() => {
        inFlight -= 1;
      });
  });
  await new Promise<void>((resolve) => server.listen(config.PORT, resolve));
  await bot.api.setWebhook(url.href, { secret_token: secret, allowed_updates: allowedUpdates });
  log.info('webhook listening', { port: config.PORT, path: url.pathname });
  await shutdownSignal(log);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  while (inFlight > 0) await sleep(20);
  server.closeAllConnections();
  await closed;
  return 0;
}
