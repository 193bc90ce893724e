import { request } from 'node:http';
import { afterEach, expect, test, vi } from 'vitest';
import { type BotProcess, startBotProcess, webhookSettings } from '../../src/dev/bot-process.js';
import { killAll, privateMessage, until as waitUntil } from './processes.js';
import { FakeTelegram } from '../../src/dev/fake-telegram.js';

// Retries back off exponentially (from 1 s for 5xx and dropped connections, eight attempts): when the
// injected faults fall on one request in a row, delivery takes tens of seconds, as it would in production.
vi.setConfig({ testTimeout: 180_000 });

let fake: FakeTelegram | null = null;
const bots: BotProcess[] = [];

afterEach(async () => {
  await killAll(bots);
  await fake?.stop();
  fake = null;
});

const repliedChats = (telegram: FakeTelegram) =>
  new Set(telegram.delivered.filter((c) => c.method === 'sendMessage').map((c) => Number(c.payload.chat_id)));

const until = (condition: () => boolean, timeoutMs = 150_000) => waitUntil(condition, timeoutMs);

test('through 429s, 500/502s, dropped connections, slow responses and a failing getUpdates, every reply arrives', async () => {
  fake = new FakeTelegram();
  await fake.start();
  const bot = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn' });
  bots.push(bot);
  await fake.waitFor((c) => c.method === 'deleteWebhook', 30_000);
  fake.fail('getUpdates', 4, 502);
  fake.fail('sendMessage', 3, 500);
  fake.fail('sendMessage', 2, 502);
  fake.fail('sendMessage', 2, 429, { retry_after: 1 });
  fake.drop('sendMessage', 3);
  fake.delays.set('sendMessage', 150);
  const updates = 30;
  for (let chat = 1; chat <= updates; chat++)
    fake.push(privateMessage(chat, chat % 2 ? 'Tỷ lệ hộ nghèo Kiên Giang?' : 'Bình Thuận cho vay bao nhiêu?'));
  await until(() => repliedChats(fake as FakeTelegram).size === updates);
  console.log(
    `faults: ${updates} updates sent, ${repliedChats(fake).size} chats answered, ${fake.faultsServed} faults injected and retried`,
  );
  // All ten sendMessage faults are met on the way to thirty replies; getUpdates faults as polling reaches them.
  expect(fake.faultsServed).toBeGreaterThanOrEqual(10);
  expect(bot.output()).not.toContain(fake.token);
});

test('a shutdown under load loses nothing: what was not answered is answered after the restart', async () => {
  fake = new FakeTelegram();
  await fake.start();
  const env = { BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn' };
  const first = startBotProcess(env);
  bots.push(first);
  await fake.waitFor((c) => c.method === 'deleteWebhook', 30_000);
  fake.delays.set('sendMessage', 300);
  const updates = 40;
  for (let chat = 1; chat <= updates; chat++) fake.push(privateMessage(chat, 'Tỷ lệ hộ nghèo Lạng Sơn?'));
  await until(() => repliedChats(fake as FakeTelegram).size >= 1);
  first.child.kill('SIGTERM');
  expect(await first.exited).toBe(0);
  const beforeRestart = repliedChats(fake).size;
  // Users keep writing while the bot is down.
  for (let chat = updates + 1; chat <= updates + 20; chat++)
    fake.push(privateMessage(chat, 'Tỷ lệ hộ nghèo Lạng Sơn?'));
  const second = startBotProcess(env);
  bots.push(second);
  await until(() => repliedChats(fake as FakeTelegram).size === updates + 20);
  console.log(
    `shutdown under load: ${beforeRestart} of ${updates} in-flight updates answered while draining; 20 sent while down, answered after the restart; none lost`,
  );
  expect(beforeRestart).toBe(updates);
  expect(repliedChats(fake).size).toBe(updates + 20);
});

test('a wrong token stops start-up with a clear message that never shows the token', async () => {
  fake = new FakeTelegram();
  await fake.start();
  const token = '987654321:RECOGNISABLE-SECRET-TOKEN-zzzzzzzzzzzz';
  const bot = startBotProcess({ BOT_TOKEN: token, TELEGRAM_API_ROOT: fake.apiRoot });
  bots.push(bot);
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toMatch(/Telegram refused to start the bot: .*getMe.*401/);
  expect(bot.output()).not.toContain(token);
  expect(bot.output()).not.toContain('RECOGNISABLE');
});

test('a missing knowledge folder refuses to start, naming it', async () => {
  const bot = startBotProcess({ KNOWLEDGE_DIR: '/nonexistent/knowledge' });
  bots.push(bot);
  expect(await bot.exited).toBe(1);
  expect(bot.output()).toContain('/nonexistent/knowledge: the knowledge folder does not exist');
});

test('the webhook accepts only POST with the secret and a bounded, declared body', async () => {
  fake = new FakeTelegram();
  await fake.start();
  const { env, port, secret } = await webhookSettings(fake, 'webhook-secret-for-the-limits-test');
  const bot = startBotProcess(env);
  bots.push(bot);
  await bot.waitForLog('"webhook listening"');
  const send = (method: string, headers: Record<string, string>, body?: string, chunked = false) =>
    new Promise<number>((resolve, reject) => {
      let answered = false;
      const req = request({ host: '127.0.0.1', port, path: '/hook', method, headers }, (res) => {
        answered = true;
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      // Refused before the body is read, the upload may break off: the status already answered.
      req.on('error', (error) => (answered ? undefined : reject(error)));
      if (chunked) req.setHeader('transfer-encoding', 'chunked');
      req.end(body);
    });
  expect(await send('GET', { 'x-telegram-bot-api-secret-token': secret })).toBe(405);
  expect(await send('POST', { 'x-telegram-bot-api-secret-token': secret.slice(0, -1) + 'X' }, '{}')).toBe(401);
  // A body declared too large is refused on its header: only its start is sent, so the refusal cannot
  // race the upload (writing the rest to a closed socket broke off with EPIPE before the status was read).
  const declaredTooLarge = await new Promise<number>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/hook',
        method: 'POST',
        headers: { 'x-telegram-bot-api-secret-token': secret, 'content-length': String(2 * 1024 * 1024) },
      },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
        req.destroy();
      },
    );
    req.on('error', reject);
    req.write('x'.repeat(1024));
  });
  expect(declaredTooLarge).toBe(413);
  expect(await send('POST', { 'x-telegram-bot-api-secret-token': secret }, '{}', true)).toBe(411);
  bot.child.kill('SIGTERM');
  expect(await bot.exited).toBe(0);
});
