import { run } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { AnswerContext } from '../answer/answer.js';
import { createBot } from '../bot/bot.js';
import { retryTransientFailures } from '../bot/telegram-retries.js';
import { placeList } from '../bot/deps.js';
import { FakeTelegramProcess } from '../dev/fake-telegram-process.js';
import { createLogger } from '../log.js';

/** How a Bot API serves the bot: each call's latency, and Telegram's pace of messages if any. */
export interface BotApiConditions {
  readonly latencyMs: number;
  readonly messagesPerSecond: number | null;
}

/**
 * Updates per second through a bot polling the fake Bot API, which runs in a process of its own on
 * loopback as Telegram runs elsewhere: `count` questions from `chats` different chats, timed until
 * every reply is delivered; and the CPU time the bot's process spent, per update and as a share of
 * the time taken (1 is one core busy throughout).
 */
export async function throughput(
  makeBot: (token: string, apiRoot: string) => Bot,
  questions: readonly string[],
  count: number,
  chats: number,
  conditions: BotApiConditions = { latencyMs: 0, messagesPerSecond: null },
): Promise<{ perSecond: number; cpuMsPerUpdate: number; cpuShare: number }> {
  const fake = await FakeTelegramProcess.start();
  // Telegram answers in tens of milliseconds from most of the world; loopback in microseconds.
  fake.configure(conditions.latencyMs, conditions.messagesPerSecond);
  const bot = makeBot(fake.token, fake.apiRoot);
  await bot.init();
  const updates = Array.from({ length: count }, (_, index) => {
    const chat = { id: 1 + (index % chats), type: 'private', first_name: 'An' };
    const from = { id: chat.id, is_bot: false, first_name: 'An' };
    return { message: { message_id: index + 1, date: 0, chat, from, text: questions[index % questions.length] } };
  });
  const runner = run(bot);
  const started = performance.now();
  const cpu = process.cpuUsage();
  fake.push(updates);
  await fake.delivered(count);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  await runner.stop();
  await fake.stop();
  const cpuMs = (used.user + used.system) / 1000;
  return { perSecond: count / seconds, cpuMsPerUpdate: cpuMs / count, cpuShare: cpuMs / (seconds * 1000) };
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
  bot.api.config.use(retryTransientFailures(createLogger('error'), { stopping: new AbortController().signal }));
  bot.on('message:text', (ctx) => ctx.reply(ctx.message.text));
  return bot;
};
