/**
 * `npm run demo`: watch the real bot answer without a Telegram token. Starts the fake Bot API on
 * 127.0.0.1, runs `src/main.ts` against it, plays a short conversation, prints each reply, and stops.
 */
import { FakeTelegram, visibleText } from './fake-telegram.js';
import { startBotProcess } from './bot-process.js';

const questions = [
  '/start',
  'Tỷ lệ hộ nghèo Kiên Giang?',
  'còn Bình Thuận thì sao?',
  'so sanh ty le ho ngheo lang son va bac kan',
  'What is the poverty rate in An Giang?',
  'Thời tiết Hà Nội hôm nay?',
];

const fake = new FakeTelegram();
await fake.start();
const bot = startBotProcess({ BOT_TOKEN: fake.token, TELEGRAM_API_ROOT: fake.apiRoot, LOG_LEVEL: 'warn' });
console.log(`Fake Bot API on ${fake.apiRoot}; starting the bot against it…\n`);
await fake.waitFor((call) => call.method === 'deleteWebhook', 30_000);

const user = { id: 7, is_bot: false, first_name: 'An', language_code: 'vi' };
for (const [index, text] of questions.entries()) {
  const before = fake.delivered.length;
  const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.length }] : [];
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
  await fake.waitFor(() => fake.delivered.slice(before).some((call) => call.method === 'sendMessage'));
  await new Promise((resolve) => setTimeout(resolve, 100));
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
console.log(`bot exited with code ${await bot.exited}`);
await fake.stop();
