import { parse } from 'csv-parse/sync';
import { afterEach, expect, test } from 'vitest';
import { type BotProcess, startBotProcess } from '../../src/dev/bot-process.js';
import { FakeTelegram, type RecordedCall } from '../../src/dev/fake-telegram.js';
import { factColumns } from '../../src/facts/export.js';
import { killAll } from './processes.js';

let fake: FakeTelegram | null = null;
const bots: BotProcess[] = [];
afterEach(async () => {
  await killAll(bots);
  await fake?.stop();
  fake = null;
});

const user = { id: 7, is_bot: false, first_name: 'An', language_code: 'vi' };
const chat = { id: 7, type: 'private', first_name: 'An' };
const command = (text: string) => ({
  message: {
    message_id: 1,
    date: 0,
    chat,
    from: user,
    text,
    entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 1 }],
  },
});

test('through the real bot process, a CSV document, a quiz poll and a chart arrive and the fake Bot API accepts them', async () => {
  const telegram = new FakeTelegram();
  fake = telegram;
  await telegram.start();
  const bot = startBotProcess({ BOT_TOKEN: telegram.token, TELEGRAM_API_ROOT: telegram.apiRoot, LOG_LEVEL: 'info' });
  bots.push(bot);
  await bot.waitForLog('"bot started"');
  // The command list Telegram shows names the new commands.
  expect(JSON.stringify(telegram.sent('setMyCommands'))).toContain('"xuat"');

  telegram.push(command('/xuat binh thuan'));
  const delivered = (method: string) => (call: RecordedCall) =>
    call.method === method && telegram.delivered.includes(call);
  const document = await telegram.waitFor(delivered('sendDocument'));
  const file = document.files.document;
  expect(file?.filename).toBe('giam-ngheo-binh-thuan.csv');
  const text = file?.bytes.toString('utf8') ?? '';
  expect(text.startsWith('\ufeff')).toBe(true);
  const [header, ...rows] = parse(text, { bom: true });
  expect(header).toEqual([...factColumns]);
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.every((row) => row[0] === 'Bình Thuận')).toBe(true);

  telegram.push(command('/dovui'));
  const poll = await telegram.waitFor(delivered('sendPoll'));
  expect(poll.payload).toMatchObject({ type: 'quiz', chat_id: 7 });
  expect((poll.payload.options as unknown[]).length).toBeGreaterThanOrEqual(3);

  // A question, then its ⬇️ CSV button.
  telegram.push({ message: { message_id: 2, date: 0, chat, from: user, text: 'Tỷ lệ hộ nghèo Kiên Giang?' } });
  const answer = await telegram.waitFor(
    (call) => call.method === 'sendMessage' && JSON.stringify(call.payload.reply_markup ?? '').includes('"csv"'),
  );
  const answered = telegram.delivered.indexOf(answer);
  expect(answered).toBeGreaterThanOrEqual(0);
  telegram.push({
    callback_query: {
      id: 'cb-csv',
      from: user,
      chat_instance: 'x',
      data: 'csv',
      // The fake numbers messages in order: the answer's id is what it returned.
      message: { message_id: telegram.messageIdOf(answer) ?? 0, date: 0, chat, text: 'x' },
    },
  });
  const second = await telegram.waitFor((call) => delivered('sendDocument')(call) && call !== document);
  expect(second.files.document?.bytes.toString('utf8')).toContain('1,28%');

  // Asked for a chart: a PNG photo the fake accepts (caption within Telegram's limit), drawn in the worker.
  telegram.push({ message: { message_id: 3, date: 0, chat, from: user, text: 'vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn' } });
  const photo = await telegram.waitFor(delivered('sendPhoto'));
  const png = photo.files.photo?.bytes;
  expect(png?.subarray(0, 8).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'))).toBe(true);
  expect(String(photo.payload.caption)).toContain('Bắc Kạn');
  expect(bot.output()).not.toContain(telegram.token);
});
