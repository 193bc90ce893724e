import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { AnswerContext } from '../answer/answer.js';
import { createBot, retryTransientFailures } from '../bot/bot.js';
import { placeList } from '../bot/deps.js';
import { FakeTelegram } from '../dev/fake-telegram.js';
import { createLogger } from '../log.js';

/**
 * Updates per second through a bot polling the fake Bot API on loopback: `count` questions from
 * `chats` different chats, timed until every reply is delivered.
 */
export async function throughput(
  makeBot: (token: string, apiRoot: string) => Bot,
  questions: readonly string[],
  count: number,
  chats: number,
  latencyMs = 0,
): Promise<number> {
  const fake = new FakeTelegram();
  await fake.start();
  // Telegram answers in tens of milliseconds from most of the world; loopback in microseconds.
  if (latencyMs > 0) for (const method of ['sendMessage', 'getUpdates']) fake.delays.set(method, latencyMs);
  const bot = makeBot(fake.token, fake.apiRoot);
  await bot.init();
  const runner = run(bot);
  const started = performance.now();
  for (let index = 0; index < count; index++) {
    const chat = { id: 1 + (index % chats), type: 'private', first_name: 'An' };
    fake.push({
      message: {
        message_id: index + 1,
        date: 0,
        chat,
        from: { id: chat.id, is_bot: false, first_name: 'An' },
        text: questions[index % questions.length],
      },
    });
  }
  while (fake.delivered.filter((call) => call.method === 'sendMessage').length < count) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const seconds = (performance.now() - started) / 1000;
  await runner.stop();
  await fake.stop();
  return count / seconds;
}

/** The real bot on the given knowledge, logging nothing. */
export const answeringBot = (knowledge: Omit<AnswerContext, 'previous'>) => (token: string, apiRoot: string) =>
  createBot(
    token,
    { knowledge, log: createLogger('error'), adminIds: [], places: placeList(knowledge) },
    { client: { apiRoot } },
  ) as unknown as Bot;

/** A bot that only echoes: Telegram's own cost, the floor of any bot. */
export const echoBot = (token: string, apiRoot: string) => {
  const bot = new Bot(token, { client: { apiRoot } });
  bot.api.config.use(retryTransientFailures());
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  return bot;
};
