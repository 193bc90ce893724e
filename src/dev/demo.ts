/**
 * `npm run demo`: watch the real bot answer without a Telegram token. Starts the fake Bot API on
 * 127.0.0.1, runs `src/main.ts` against it, plays a short conversation (figures, a policy, a chart,
 * a spreadsheet, a quiz), prints each reply, saves the files it sent to a folder, and stops.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeTelegram, type RecordedCall, visibleText } from './fake-telegram.js';
import { startBotProcess } from './bot-process.js';

const questions = [
  '/start',
  'Tỷ lệ hộ nghèo Kiên Giang?',
  'còn Bình Thuận thì sao?',
  'so sanh ty le ho ngheo lang son va bac kan',
  'What is the poverty rate in An Giang?',
  'Quyết định 353 là gì?',
  'vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn',
  '/xuat Bình Thuận',
  '/dovui',
  'Thời tiết Hà Nội hôm nay?',
];
/** What a reply is, once delivered: a message, a photo, a document or a poll. */
const replies = new Set(['sendMessage', 'sendPhoto', 'sendDocument', 'sendPoll']);
const folder = path.join(tmpdir(), 'giam-ngheo-demo');
await mkdir(folder, { recursive: true });

const fake = new FakeTelegram();
await fake.start();
const bot = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn' });
console.log(`Fake Bot API on ${fake.apiRoot}; starting the bot against it…\n`);
await fake.waitFor((call) => call.method === 'deleteWebhook', 30_000);

const user = { id: 7, is_bot: false, first_name: 'An', language_code: 'vi' };
for (const [index, text] of questions.entries()) {
  const before = fake.delivered.length;
  const entities = text.startsWith('/')
    ? [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]?.length ?? 1 }]
    : [];
  fake.push({
    message: {
      message_id: index + 1,
      date: 0,
      chat: { id: 7, type: 'private', first_name: 'An' },
      from: user,
      text,
      entities,
    },
  });
  console.log(`👤 ${text}`);
  await fake.waitFor(() => fake.delivered.slice(before).some((call) => replies.has(call.method)));
  // A chart is sent before its text answer: wait for the rest of the reply.
  await new Promise((resolve) => setTimeout(resolve, 300));
  for (const call of fake.delivered.slice(before).filter((c) => c.method !== 'sendMessage' && replies.has(c.method)))
    console.log(await describeFile(call));
  for (const call of fake.delivered.slice(before).filter((c) => c.method === 'sendMessage')) {
    const buttons = (
      (call.payload.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? []
    )
      .flat()
      .map((button) => `[${button.text}]`)
      .join(' ');
    console.log(
      `🤖 ${visibleText(String(call.payload.text)).replace(/\n/g, '\n   ')}${buttons ? `\n   ${buttons}` : ''}\n`,
    );
  }
}
bot.child.kill('SIGTERM');
console.log(`Files sent are saved in ${folder}`);
console.log(`bot exited with code ${await bot.exited}`);
await fake.stop();

/** A photo or document saved to the demo folder and named; a poll shown with its options. */
async function describeFile(call: RecordedCall): Promise<string> {
  if (call.method === 'sendPoll') {
    const options = (call.payload.options as ({ text: string } | string)[]).map((option) =>
      typeof option === 'string' ? option : option.text,
    );
    return `🤖 📊 ${String(call.payload.question)}\n   ${options.map((option) => `○ ${option}`).join('\n   ')}\n`;
  }
  const file = call.files.photo ?? call.files.document;
  if (!file) return `🤖 (${call.method})`;
  const saved = path.join(folder, file.filename);
  await writeFile(saved, file.bytes);
  const caption = visibleText(typeof call.payload.caption === 'string' ? call.payload.caption : '').replace(
    /\n/g,
    '\n   ',
  );
  return `🤖 ${call.method === 'sendPhoto' ? '📈' : '📄'} ${saved} (${file.bytes.length.toLocaleString('vi-VN')} byte)\n   ${caption}\n`;
}
