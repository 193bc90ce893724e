import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, test } from 'vitest';
import { FakeTelegram, visibleText } from '../../src/dev/fake-telegram.js';
import { type BotProcess, startBotProcess, webhookSettings } from '../../src/dev/bot-process.js';

let fake: FakeTelegram;
let bot: BotProcess | null = null;

afterEach(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGKILL');
    await bot.exited;
  }
  bot = null;
  await fake.stop();
});

const user = { id: 7, is_bot: false, first_name: 'An', language_code: 'vi' };
const chat = { id: 7, type: 'private', first_name: 'An' };
const message = (text: string) => ({ message: { message_id: 1, date: 0, chat, from: user, text } });

async function startPolling(): Promise<void> {
  fake = new FakeTelegram();
  await fake.start();
  bot = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'info' });
  await bot.waitForLog('"bot started"');
}

describe('polling against the fake Bot API', () => {
  test('registers commands, answers a message, a button and an inline query', async () => {
    await startPolling();
    expect(fake.sent('setMyCommands')).toHaveLength(2);
    expect(fake.sent('deleteWebhook')).toHaveLength(1);

    fake.push(message('Tỷ lệ hộ nghèo Kiên Giang?'));
    const answer = await fake.waitFor((c) => c.method === 'sendMessage');
    expect(visibleText(String(answer.payload.text))).toContain('1,28%');

    fake.push({
      callback_query: {
        id: 'cb1',
        from: user,
        chat_instance: 'x',
        data: 'src',
        message: { message_id: 1, date: 0, chat, text: 'x' },
      },
    });
    await fake.waitFor((c) => c.method === 'answerCallbackQuery');
    const sourcesReply = await fake.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('«'));
    expect(visibleText(String(sourcesReply.payload.text))).toMatch(/Nguồn|không còn lưu/);

    fake.push({ inline_query: { id: 'iq1', from: user, query: 'kien giang ho ngheo', offset: '' } });
    const inline = await fake.waitFor((c) => c.method === 'answerInlineQuery');
    expect(JSON.stringify(inline.payload.results)).toContain('1,28');
    expect(bot?.output()).not.toContain(fake.token);
  });

  test("an admin's /reload builds the knowledge in a worker thread and answers with what it loaded", async () => {
    fake = new FakeTelegram();
    await fake.start();
    bot = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, ADMIN_IDS: String(user.id) });
    await bot.waitForLog('"bot started"');
    fake.push({
      message: {
        message_id: 2,
        date: 0,
        chat,
        from: user,
        text: '/reload',
        entities: [{ type: 'bot_command', offset: 0, length: 7 }],
      },
    });
    const reply = await fake.waitFor((c) => c.method === 'sendMessage');
    expect(String(reply.payload.text)).toMatch(/^Đã nạp lại: \d+ mục, \d+ số liệu\.$/);
    fake.push(message('Tỷ lệ hộ nghèo Kiên Giang?'));
    await fake.waitFor((c) => c.method === 'sendMessage' && visibleText(String(c.payload.text)).includes('1,28%'));
  });

  test('/chinhsach lists the policies; a policy button, a policy question and a procedure question are answered', async () => {
    await startPolling();
    fake.push({
      message: {
        message_id: 3,
        date: 0,
        chat,
        from: user,
        text: '/chinhsach',
        entities: [{ type: 'bot_command', offset: 0, length: 10 }],
      },
    });
    const list = await fake.waitFor((c) => c.method === 'sendMessage');
    expect(JSON.stringify(list.payload.reply_markup)).toContain('pol:qd-353');
    fake.push({
      callback_query: {
        id: 'cb2',
        from: user,
        chat_instance: 'x',
        data: 'pol:qd-353',
        message: { message_id: 1, date: 0, chat, text: 'x' },
      },
    });
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' && visibleText(String(c.payload.text)).includes('phê duyệt danh sách huyện nghèo'),
    );
    fake.push(message('Chương trình 135 là gì?'));
    await fake.waitFor(
      (c) => c.method === 'sendMessage' && visibleText(String(c.payload.text)).startsWith('Chương trình 135'),
    );
    fake.push(message('Lãi suất vay vốn hộ nghèo là bao nhiêu?'));
    await fake.waitFor(
      (c) =>
        c.method === 'sendMessage' &&
        visibleText(String(c.payload.text)).includes('không nói về thủ tục, giấy tờ, lãi suất'),
    );
  });

  test('a 429 with retry_after is retried and the reply still arrives', async () => {
    await startPolling();
    fake.fail('sendMessage', 1, 429, { retry_after: 1 });
    fake.push(message('Tỷ lệ hộ nghèo Lạng Sơn?'));
    const answer = await fake.waitFor((c) => c.method === 'sendMessage');
    expect(visibleText(String(answer.payload.text))).toContain('6,02%');
  });

  test('SIGTERM during a slow handler still delivers the reply and exits 0, even signalled twice', async () => {
    await startPolling();
    fake.delays.set('sendMessage', 1500);
    fake.push(message('Tỷ lệ hộ nghèo Bắc Kạn?'));
    // The reply is on its way (the fake holds it for 1.5 s): now the supervisor stops the bot, twice.
    await fake.waitFor((c) => c.method === 'sendMessage');
    bot?.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    bot?.child.kill('SIGTERM');
    const code = await bot?.exited;
    expect(code).toBe(0);
    expect(
      fake.delivered.some((c) => c.method === 'sendMessage' && visibleText(String(c.payload.text)).includes('21,95%')),
    ).toBe(true);
    expect(bot?.output()).toContain('"signal ignored while stopping"');
  });
});

test('started by a supervisor with `npm start` and stopped as a process group, it drains and exits 0', async () => {
  fake = new FakeTelegram();
  await fake.start();
  const npm = spawn('npm', ['start', '--silent'], {
    cwd: path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..'),
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      BOT_TOKEN: fake.token,
      TELEGRAM_API_ROOT: fake.apiRoot,
    },
    detached: true,
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => npm.on('exit', (code) => resolve(code)));
  await fake.waitFor((c) => c.method === 'deleteWebhook', 20_000);
  fake.delays.set('sendMessage', 1000);
  fake.push(message('Tỷ lệ hộ nghèo Phú Yên?'));
  await fake.waitFor((c) => c.method === 'sendMessage');
  process.kill(-(npm.pid ?? 0), 'SIGTERM');
  expect(await exited).toBe(0);
  expect(fake.delivered.some((c) => c.method === 'sendMessage')).toBe(true);
});

describe('webhook mode', () => {
  test('refuses a wrong or missing secret with 401, answers a right one, serves /healthz', async () => {
    fake = new FakeTelegram();
    await fake.start();
    const { env, port, secret } = await webhookSettings(fake);
    bot = startBotProcess({ ...env, WEBHOOK_URL: 'https://bot.example.test/telegram' });
    await bot.waitForLog('"webhook listening"');
    expect(fake.webhook).toBe('https://bot.example.test/telegram');
    const post = (headers: Record<string, string>) =>
      fetch(`http://127.0.0.1:${port}/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ update_id: 1, ...message('Tỷ lệ hộ nghèo Kiên Giang?') }),
      });
    expect((await post({})).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-value-000' })).status).toBe(401);
    expect((await post({ 'x-telegram-bot-api-secret-token': secret })).status).toBe(200);
    expect(visibleText(String((await fake.waitFor((c) => c.method === 'sendMessage')).payload.text))).toContain(
      '1,28%',
    );
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/telegram`)).status).toBe(405);
    expect((await fetch(`http://127.0.0.1:${port}/elsewhere`)).status).toBe(404);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
