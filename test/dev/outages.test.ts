import { createServer } from 'node:net';
import { connect } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { type BotProcess, freePort, startBotProcess, webhookSettings } from '../../src/dev/bot-process.js';
import { killAll, privateMessage, until as waitUntil } from './processes.js';
import { FakeTelegram, visibleText } from '../../src/dev/fake-telegram.js';

vi.setConfig({ testTimeout: 90_000 });

let fake: FakeTelegram | null = null;
const bots: BotProcess[] = [];
const cleanups: (() => Promise<unknown>)[] = [];

afterEach(async () => {
  await killAll(bots);
  await fake?.stop();
  fake = null;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function start(env: Record<string, string>): BotProcess {
  const bot = startBotProcess(env);
  bots.push(bot);
  return bot;
}

const until = (condition: () => boolean, timeoutMs = 60_000) => waitUntil(condition, timeoutMs);

const logLines = (bot: BotProcess, text: string) =>
  bot
    .output()
    .split('\n')
    .filter((line) => line.includes(text));

describe('Telegram outages', () => {
  test('with the Bot API unreachable at start it logs each attempt with its cause, and starts once it answers', async () => {
    const port = await freePort();
    fake = new FakeTelegram();
    const bot = start({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: `http://127.0.0.1:${port}/` });
    await until(() => logLines(bot, '"telegram unreachable"').length >= 3, 20_000);
    expect(logLines(bot, '"telegram unreachable"')[0]).toMatch(/"call":"getMe".*ECONNREFUSED/);
    await fake.start(port);
    const cameBack = Date.now();
    await bot.waitForLog('"bot started"', 20_000);
    console.log(`unreachable at start: answered ${Date.now() - cameBack} ms after the API came back`);
    fake.push(privateMessage(1, 'Tỷ lệ hộ nghèo Kiên Giang?'));
    expect(visibleText(String((await fake.waitFor((c) => c.method === 'sendMessage')).payload.text))).toContain(
      '1,28%',
    );
    expect(bot.output()).not.toContain(fake.token);
  });

  test('getUpdates failing with error pages and 400s is logged per attempt and recovers', async () => {
    fake = new FakeTelegram();
    await fake.start();
    fake.garbage('getUpdates', 2);
    fake.fail('getUpdates', 2, 400);
    fake.fail('getUpdates', 1, 502);
    const bot = start({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot });
    fake.push(privateMessage(1, 'Tỷ lệ hộ nghèo Kiên Giang?'));
    await fake.waitFor((c) => c.method === 'sendMessage', 30_000);
    const failures = logLines(bot, '"telegram unreachable"');
    expect(failures).toHaveLength(5);
    expect(failures.join('\n')).toMatch(/Bad Gateway|invalid json|Unexpected token/i);
    expect(failures.join('\n')).toMatch(/400/);
    expect(logLines(bot, '"telegram reachable again"')).toHaveLength(1);
    expect(bot.output()).not.toContain(fake.token);
  });

  test('SIGTERM while every reply fails: retries stop, and it exits 0 within the grace period', async () => {
    fake = new FakeTelegram();
    await fake.start();
    const bot = start({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, SHUTDOWN_GRACE_SECONDS: '2' });
    await bot.waitForLog('"bot started"');
    fake.drop('sendMessage', 1000);
    for (let chat = 1; chat <= 5; chat++) fake.push(privateMessage(chat, 'Tỷ lệ hộ nghèo Kiên Giang?'));
    await until(() => logLines(bot, '"telegram call failed"').length >= 5);
    const stopped = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const took = Date.now() - stopped;
    console.log(`SIGTERM with failing replies: exited 0 after ${took} ms`);
    expect(took).toBeLessThan(8000);
  });
});

describe('start-up problems are one clear line and exit 1', () => {
  test('a webhook Telegram refuses stops the bot, and nothing is left listening', async () => {
    fake = new FakeTelegram();
    await fake.start();
    const port = await freePort();
    const bot = start({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.test:9999/hook',
      WEBHOOK_SECRET: 'a-webhook-secret-for-tests-123',
      PORT: String(port),
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(
      /Telegram refused the webhook https:\/\/bot\.example\.test:9999\/hook: .*ports 80, 88, 443 or 8443/,
    );
    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      () => false,
      () => true,
    );
    expect(refused).toBe(true);
  });

  test('a port in use', async () => {
    fake = new FakeTelegram();
    await fake.start();
    const blocker = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    cleanups.push(() => new Promise((resolve) => blocker.close(resolve)));
    const bot = start({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.test/hook',
      WEBHOOK_SECRET: 'a-webhook-secret-for-tests-123',
      PORT: String(port),
    });
    expect(await bot.exited).toBe(1);
    const printed = bot.output().trim().split('\n');
    expect(printed.at(-1)).toBe(`port ${port} is already in use (set PORT to a free one)`);
    expect(bot.output()).not.toMatch(/\n\s+at /);
  });

  test('a session folder that cannot be written', async () => {
    fake = new FakeTelegram();
    await fake.start();
    const folder = await mkdtemp(path.join(tmpdir(), 'sessions-'));
    cleanups.push(() => rm(folder, { recursive: true, force: true }));
    await writeFile(path.join(folder, 'file'), 'x');
    const bot = start({
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
      SESSION_STORE: 'file',
      SESSION_DIR: path.join(folder, 'file', 'sessions'),
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toMatch(/SESSION_DIR ".*" cannot hold sessions \(ENOTDIR\)/);
    expect(fake.sent('setMyCommands')).toEqual([]);
  });
});

describe('the webhook server as an attacker meets it', () => {
  test('a bad request target, a null body and a re-sent update neither kill it nor answer twice', async () => {
    fake = new FakeTelegram();
    await fake.start();
    const { env, port, secret } = await webhookSettings(fake);
    const bot = start(env);
    await bot.waitForLog('"webhook listening"');
    const status = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => socket.write('GET //[ HTTP/1.1\r\nhost: x\r\n\r\n'));
      socket.on('data', (chunk) => resolve(chunk.toString().split('\r\n')[0] ?? ''));
      socket.on('error', () => resolve('error'));
    });
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    const post = (body: string) =>
      fetch(`http://127.0.0.1:${port}/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret },
        body,
      });
    expect((await post('null')).status).toBe(400);
    const update = JSON.stringify({ update_id: 500, ...privateMessage(3, 'Tỷ lệ hộ nghèo Kiên Giang?') });
    expect((await post(update)).status).toBe(200);
    expect((await post(update)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`, { method: 'HEAD' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.sent('sendMessage')).toHaveLength(1);
    expect(bot.child.exitCode).toBeNull();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});

test('a Bot API returning thousands of updates at once: the updates in flight stay bounded', async () => {
  fake = new FakeTelegram();
  await fake.start();
  const bot = start({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn' });
  await fake.waitFor((c) => c.method === 'deleteWebhook', 30_000);
  fake.ignoreLimit = true;
  fake.delays.set('sendMessage', 20);
  const updates = 2000;
  for (let chat = 1; chat <= updates; chat++) fake.push(privateMessage(chat, 'Tỷ lệ hộ nghèo Kiên Giang?'));
  await until(() => fake !== null && fake.delivered.filter((c) => c.method === 'sendMessage').length === updates);
  console.log(`${updates} updates in one getUpdates: at most ${fake.maxConcurrentCalls} calls in flight`);
  expect(fake.maxConcurrentCalls).toBeLessThanOrEqual(110);
  expect(logLines(bot, '"telegram sent more updates than asked"').length).toBeGreaterThan(0);
});
