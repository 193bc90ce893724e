import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Update } from 'grammy/types';
import { describe, expect, test } from 'vitest';
import { createBot } from '../../src/bot/bot.js';
import { placeList } from '../../src/bot/deps.js';
import { BoundedMemoryStorage, type ChatSession } from '../../src/bot/session.js';
import { loadAnswerContext } from '../../src/knowledge/runtime.js';
import { createLogger } from '../../src/log.js';
import { context } from '../answer/context.js';
import { knowledgeFolder } from '../helpers.js';
import { botInfo, offlineBot, textUpdate } from './harness.js';

let id = 50_000;
const chat = { id: 7, type: 'private' as const, first_name: 'An' };
const from = { id: 7, is_bot: false, first_name: 'An' };
const update = (fields: Record<string, unknown>) => ({ update_id: ++id, ...fields }) as unknown as Update;

describe('updates that are not questions', () => {
  test.each([
    [
      'a photo',
      {
        message: {
          message_id: 1,
          date: 0,
          chat,
          from,
          photo: [{ file_id: 'x', file_unique_id: 'y', width: 1, height: 1 }],
        },
      },
    ],
    [
      'a voice note',
      { message: { message_id: 1, date: 0, chat, from, voice: { file_id: 'x', file_unique_id: 'y', duration: 1 } } },
    ],
    ['a location', { message: { message_id: 1, date: 0, chat, from, location: { latitude: 10, longitude: 106 } } }],
  ])('%s in a private chat gets a polite hint', async (_name, fields) => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(update(fields));
    expect(calls.map((c) => c.method)).toEqual(['sendMessage']);
    expect(calls[0]?.payload.text).toMatch(/câu hỏi bằng chữ/);
  });
  test.each([
    ['an edited message', { edited_message: { message_id: 1, date: 0, edit_date: 1, chat, from, text: 'Kiên Giang' } }],
    [
      'a channel post',
      { channel_post: { message_id: 1, date: 0, chat: { id: -1001, type: 'channel', title: 'Tin' }, text: 'x' } },
    ],
    [
      'members joining a group',
      {
        message: {
          message_id: 1,
          date: 0,
          chat: { id: -5, type: 'group', title: 'Tổ' },
          from,
          new_chat_members: [from],
        },
      },
    ],
    [
      'a bot added to a group',
      {
        my_chat_member: {
          chat: { id: -5, type: 'group', title: 'Tổ' },
          from,
          date: 0,
          old_chat_member: { status: 'left', user: botInfo },
          new_chat_member: { status: 'member', user: botInfo },
        },
      },
    ],
  ])('%s gets nothing and raises nothing', async (_name, fields) => {
    const { bot, calls, logs } = offlineBot();
    await bot.handleUpdate(update(fields));
    expect(calls).toEqual([]);
    expect(logs.join('\n')).not.toMatch(/"level":"error"/);
  });
});

test('a user sending too fast gets one polite notice, then is ignored until the window passes', async () => {
  const calls: string[] = [];
  const bot = createBot(
    '123:TEST',
    {
      knowledge: context,
      log: createLogger('error'),
      adminIds: [],
      places: placeList(context),
      rateLimit: { limit: 3, timeFrameMs: 60_000 },
    },
    { botInfo },
  );
  bot.api.config.use((_prev, method, payload) => {
    if (method === 'sendMessage') calls.push(String((payload as { text: string }).text));
    return Promise.resolve({ ok: true, result: { message_id: 1, date: 0, chat, text: '' } } as never);
  });
  for (let n = 0; n < 10; n++) await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
  expect(calls.filter((text) => text.includes('1,28%'))).toHaveLength(3);
  expect(calls.filter((text) => text.includes('nhanh quá'))).toHaveLength(1);
  expect(calls).toHaveLength(4);
});

test('a flood of 10,000 updates from 5,000 chats leaves sessions capped and memory bounded', async () => {
  const storage = new BoundedMemoryStorage<ChatSession>(1000, 60 * 60 * 1000);
  const bot = createBot(
    '123:TEST',
    { knowledge: context, log: createLogger('error'), adminIds: [], places: placeList(context) },
    { botInfo, storage },
  );
  bot.api.config.use(() => Promise.resolve({ ok: true, result: { message_id: 1, date: 0, chat, text: '' } } as never));
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  for (let n = 0; n < 10_000; n++) {
    const chatId = 1_000_000 + (n % 5000);
    await bot.handleUpdate({
      update_id: n + 1,
      message: {
        message_id: n,
        date: 0,
        chat: { id: chatId, type: 'private', first_name: 'A' },
        from: { id: chatId, is_bot: false, first_name: 'A' },
        text: n % 2 ? 'ty le ho ngheo lang son' : 'còn Bình Thuận?',
      },
    });
  }
  gc?.();
  const growth = (process.memoryUsage().heapUsed - before) / 1e6;
  console.log(
    `flood: 10,000 updates from 5,000 chats; sessions kept ${storage.size}; heap growth ${growth.toFixed(1)} MB`,
  );
  expect(storage.size).toBe(1000);
  expect(growth).toBeLessThan(150);
});

describe('admin /reload', () => {
  test('a broken file is refused and the last good knowledge keeps serving; a good reload is used', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'reload-'));
    await cp(knowledgeFolder, folder, { recursive: true });
    const article = path.join(folder, 'articles/kien-giang-quan-tam-thuc-hien-cong-tac.md');
    const { bot, calls, deps } = offlineBot({ adminIds: [7], reload: () => loadAnswerContext(folder) });
    const lastText = () => String(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text);

    await writeFile(article, '---\nid: broken\n---\n');
    await bot.handleUpdate(textUpdate('/reload'));
    expect(lastText()).toMatch(/Không nạp lại; vẫn dùng dữ liệu cũ[\s\S]*kien-giang-quan-tam-thuc-hien-cong-tac\.md/);
    expect(deps.knowledge).toBe(context);
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    expect(lastText()).toContain('1,28%');

    await cp(path.join(knowledgeFolder, 'articles/kien-giang-quan-tam-thuc-hien-cong-tac.md'), article);
    await bot.handleUpdate(textUpdate('/reload'));
    expect(lastText()).toMatch(/Đã nạp lại: 15 mục/);
    expect(deps.knowledge).not.toBe(context);
    await rm(folder, { recursive: true, force: true });
  });

  test('is ignored for anyone not in ADMIN_IDS', async () => {
    const { bot, calls } = offlineBot({ adminIds: [99], reload: () => Promise.reject(new Error('must not run')) });
    await bot.handleUpdate(textUpdate('/reload'));
    expect(calls).toEqual([]);
  });
});
