import type { Bot, StorageAdapter } from 'grammy';
import type { AnswerContext } from '../answer/answer.js';
import { createChartRenderer } from '../chart/render.js';
import { knowledgeFolder } from '../cli/paths.js';
import { loadAnswerContext } from '../knowledge/runtime.js';
import { botWording } from './wording.js';
import { templates } from '../answer/templates.js';
import type { Config } from '../config.js';
import { createLogger, describeError, type Logger } from '../log.js';
import { createBot } from './bot.js';
import { drained } from './drain.js';
import { type BotContext, placeList } from './deps.js';
import { startPolling } from './polling.js';
import { isFatalTelegramError, StoppedWhileConnecting, untilTelegramAnswers } from './reconnect.js';
import { BoundedMemoryStorage, type ChatSession } from './session.js';
import { checkSessionFolder, FileSessionStorage } from './session-store.js';
import { StartupError } from './startup-error.js';
import { createWebhookServer } from './webhook.js';

/** Updates the bot asks Telegram for. */
const allowedUpdates = ['message', 'edited_message', 'callback_query', 'inline_query', 'my_chat_member'] as const;
/** Updates handled at once when polling: each may hold a connection to the Bot API. */
const pollingConcurrency = 100;

/**
 * Runs the Telegram bot until SIGINT or SIGTERM, then stops fetching, gives the updates in flight
 * SHUTDOWN_GRACE_SECONDS (failed calls are no longer retried), cuts off what is left and returns 0.
 * A second signal (npm forwards one) does not cut the drain short. Start-up problems (token refused,
 * webhook refused, port in use, session store not writable) throw a StartupError with one clear line;
 * an unreachable Bot API at start is retried, each attempt logged, until it answers or a signal comes.
 */
export async function runBot(
  config: Config & { BOT_TOKEN: string },
  knowledge: Omit<AnswerContext, 'previous'>,
): Promise<number> {
  const log = createLogger(config.LOG_LEVEL, [config.BOT_TOKEN]);
  const stopping = new AbortController();
  const cutOff = new AbortController();
  const signal = shutdownSignal(log, stopping);
  const charts = createChartRenderer();
  const bot = createBot(
    config.BOT_TOKEN,
    {
      knowledge,
      log,
      adminIds: config.ADMIN_IDS,
      places: placeList(knowledge),
      charts,
      // Built in a worker thread: a large knowledge folder must not stop every chat while it loads.
      reload: () =>
        loadAnswerContext(config.KNOWLEDGE_DIR ?? knowledgeFolder, {
          indexBudget: config.PASSAGE_INDEX_CHARS,
          offThread: true,
          signal: stopping.signal,
        }),
    },
    {
      // Calls are bounded in time (grammY's default is 500 s); a long poll takes 30 s.
      client: { apiRoot: config.TELEGRAM_API_ROOT, timeoutSeconds: 60 },
      storage: await sessionStorage(config),
      retry: { stopping: stopping.signal, cutOff: cutOff.signal },
    },
  );
  try {
    // Not bot.init(): it retries a lost connection silently and for ever.
    bot.botInfo = await untilTelegramAnswers('getMe', () => bot.api.getMe(), { log, signal: stopping.signal });
    await registerCommands(bot);
  } catch (error) {
    if (error instanceof StoppedWhileConnecting) return 0;
    if (isFatalTelegramError(error))
      throw new StartupError(`Telegram refused to start the bot: ${describeError(error)}`);
    throw error;
  }
  const code =
    config.BOT_MODE === 'webhook'
      ? await serveWebhook(bot, config, log, signal)
      : await poll(bot, log, signal, config.SHUTDOWN_GRACE_SECONDS * 1000);
  cutOff.abort();
  await charts.close();
  log.info('bot stopped');
  return code;
}

/** The session store the configuration names: bounded memory by default, or one file per chat. */
async function sessionStorage(config: Config): Promise<StorageAdapter<ChatSession>> {
  if (config.SESSION_STORE === 'file') {
    await checkSessionFolder(config.SESSION_DIR);
    return new FileSessionStorage<ChatSession>(config.SESSION_DIR);
  }
  return new BoundedMemoryStorage<ChatSession>(config.SESSION_MAX_CHATS, config.SESSION_TTL_MINUTES * 60_000);
}

async function registerCommands(bot: Bot<BotContext>): Promise<void> {
  await bot.api.setMyCommands([...templates.vi.bot.commands, ...botWording.vi.commands]);
  await bot.api.setMyCommands([...templates.en.bot.commands, ...botWording.en.commands], { language_code: 'en' });
}

/** Resolves on the first SIGINT or SIGTERM and aborts `stopping`; later signals are only logged. */
function shutdownSignal(log: Logger, stopping: AbortController): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      if (stopping.signal.aborted) {
        log.info('signal ignored while stopping', { signal });
        return;
      }
      log.info('stopping', { signal });
      stopping.abort();
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

async function poll(bot: Bot<BotContext>, log: Logger, signal: Promise<string>, graceMs: number): Promise<number> {
  await bot.api.deleteWebhook();
  // Said once updates can arrive: the webhook is gone and polling starts.
  log.info('bot started', { username: bot.botInfo.username, mode: 'polling' });
  const runner = startPolling(bot, { log, allowedUpdates, concurrency: pollingConcurrency });
  const never = new Promise<never>(() => undefined);
  const outcome = await Promise.race([
    signal.then(() => 'signal' as const),
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
  await drained(() => runner.size() === 0, graceMs);
  if (runner.size() > 0) log.warn('stopping with updates unfinished', { updates: runner.size() });
  return outcome === 'signal' ? 0 : 1;
}

async function serveWebhook(
  bot: Bot<BotContext>,
  config: Config,
  log: Logger,
  signal: Promise<string>,
): Promise<number> {
  const url = new URL(config.WEBHOOK_URL ?? '');
  const secret = config.WEBHOOK_SECRET ?? '';
  const webhook = createWebhookServer({
    path: url.pathname,
    secret,
    log,
    handleUpdate: (update) => bot.handleUpdate(update),
    // Telegram opens at most max_connections; a few more are left for health checks.
    limits: { maxConnections: config.WEBHOOK_MAX_CONNECTIONS + 10 },
  });
  await webhook.listen(config.PORT);
  try {
    await bot.api.setWebhook(url.href, {
      secret_token: secret,
      allowed_updates: allowedUpdates,
      max_connections: config.WEBHOOK_MAX_CONNECTIONS,
    });
  } catch (error) {
    // A server that says "ok" to health checks while Telegram delivers nothing would hide the fault.
    await webhook.close(0);
    throw new StartupError(`Telegram refused the webhook ${url.origin}${url.pathname}: ${describeError(error)}`);
  }
  log.info('bot started', { username: bot.botInfo.username, mode: 'webhook' });
  log.info('webhook listening', { port: config.PORT, path: url.pathname });
  await signal;
  const unfinished = await webhook.close(config.SHUTDOWN_GRACE_SECONDS * 1000);
  if (unfinished > 0) log.warn('stopping with updates unfinished', { updates: unfinished });
  return 0;
}
