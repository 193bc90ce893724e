import type { Update } from 'grammy/types';
import { expect, test } from 'vitest';
import { botInfo, callbackUpdate, offlineBot, textUpdate } from './harness.js';

const sent = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls.filter((call) => call.method === 'sendMessage').map((call) => String(call.payload.text));

let id = 90_000;
const groupMessage = (
  text: string,
  from: Record<string, unknown>,
  chatId = -100,
  extra: Record<string, unknown> = {},
) =>
  ({
    update_id: ++id,
    message: {
      message_id: id,
      date: 0,
      chat: { id: chatId, type: 'supergroup', title: 'Lớp tập huấn' },
      from,
      text,
      ...extra,
    },
  }) as unknown as Update;
const mention = (text: string, from: Record<string, unknown>, chatId = -100) =>
  groupMessage(`@${botInfo.username} ${text}`, from, chatId, {
    entities: [{ type: 'mention', offset: 0, length: botInfo.username.length + 1 }],
  });
const member = { id: 31, is_bot: false, first_name: 'Lan' };

test('group chatter not addressed to the bot does not count towards the rate limit', async () => {
  const { bot, calls } = offlineBot({ rateLimit: { limit: 3, timeFrameMs: 60_000 } });
  for (let n = 0; n < 25; n++) await bot.handleUpdate(groupMessage('hôm nay họp lúc mấy giờ?', member));
  expect(calls).toEqual([]);
  await bot.handleUpdate(mention('Tỷ lệ hộ nghèo Kiên Giang?', member));
  const texts = sent(calls);
  expect(texts).toHaveLength(1);
  expect(texts[0]).toContain('1,28%');
});

test("a command for another bot in a group is not the bot's to count or answer", async () => {
  const { bot, calls } = offlineBot({ rateLimit: { limit: 1, timeFrameMs: 60_000 } });
  for (let n = 0; n < 5; n++)
    await bot.handleUpdate(
      groupMessage('/start@some_other_bot', member, -100, {
        entities: [{ type: 'bot_command', offset: 0, length: 21 }],
      }),
    );
  expect(calls).toEqual([]);
  await bot.handleUpdate(mention('Tỷ lệ hộ nghèo Kiên Giang?', member));
  expect(sent(calls)[0]).toContain('1,28%');
});

test('anonymous group admins share one Telegram id: each group has its own limit', async () => {
  const anonymous = { id: 1087968824, is_bot: true, first_name: 'Group', username: 'GroupAnonymousBot' };
  const { bot, calls } = offlineBot({ rateLimit: { limit: 2, timeFrameMs: 60_000 } });
  for (let n = 0; n < 3; n++) await bot.handleUpdate(mention('Tỷ lệ hộ nghèo Kiên Giang?', anonymous, -100));
  // A third question in the first group is too fast; the second group's admin is not held back by it.
  await bot.handleUpdate(mention('Tỷ lệ hộ nghèo Kiên Giang?', anonymous, -200));
  const texts = sent(calls);
  expect(texts.filter((text) => text.includes('1,28%'))).toHaveLength(3);
  expect(texts.filter((text) => text.includes('nhanh quá'))).toHaveLength(1);
});

test('a button on a message shared inline (no chat) gets a hint, not an error', async () => {
  const { bot, calls, logs } = offlineBot();
  const update = callbackUpdate('src') as unknown as { callback_query: Record<string, unknown> };
  delete update.callback_query.message;
  update.callback_query.inline_message_id = 'AAAA-inline';
  await bot.handleUpdate(update as unknown as Update);
  expect(calls.map((call) => call.method)).toEqual(['answerCallbackQuery']);
  expect(calls[0]?.payload.text).toMatch(/chat riêng/);
  expect(logs.join('\n')).not.toMatch(/"level":"error"/);
});

test('a private question still counts: the limit holds for direct messages', async () => {
  const { bot, calls } = offlineBot({ rateLimit: { limit: 2, timeFrameMs: 60_000 } });
  for (let n = 0; n < 4; n++) await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
  expect(sent(calls).filter((text) => text.includes('nhanh quá'))).toHaveLength(1);
});
