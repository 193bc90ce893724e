import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { FileSessionStorage } from '../../src/bot/session-store.js';
import { BoundedMemoryStorage, type ChatSession } from '../../src/bot/session.js';
import { callbackSchema } from '../../src/bot/callbacks.js';
import { intentNames } from '../../src/answer/intents.js';
import { callbackUpdate, inlineUpdate, offlineBot, stickerUpdate, textUpdate } from './harness.js';

type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

describe('a question', () => {
  test('gets the cited answer in HTML with a sources button and buttons for other topics and provinces', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    const [sent] = calls.filter((c) => c.method === 'sendMessage');
    expect(sent?.payload).toMatchObject({ chat_id: 7, parse_mode: 'HTML' });
    // The first line, bold, is the answer: the figure asked, where and when.
    expect(sent?.payload.text).toMatch(
      /^<b>Kiên Giang \(nay thuộc An Giang từ 01\/07\/2025\) — Tỷ lệ hộ nghèo: 1,28% \(tính đến cuối năm 2023\) \[1\]<\/b>\n/,
    );
    expect(sent?.payload.text).toContain('1,28%');
    expect(sent?.payload.text).toContain('Báo Lao động và Xã hội, 18/04/2024');
    const buttons = buttonsOf(sent?.payload ?? {});
    expect(buttons[0]).toEqual({ text: '📄 Nguồn', callback_data: 'src' });
    expect(buttons.some((b) => b.text === 'Vay vốn tín dụng chính sách')).toBe(true);
    expect(buttons.some((b) => b.text === 'Bình Thuận')).toBe(true);
    for (const button of buttons) {
      expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
      expect(callbackSchema.safeParse(button.callback_data).success).toBe(true);
    }
  });

  test('the sources button shows the quoted sentence and the article', async () => {
    const { bot, calls, lastMessageId } = offlineBot();
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    await bot.handleUpdate(callbackUpdate('src', lastMessageId()));
    expect(calls.some((c) => c.method === 'answerCallbackQuery')).toBe(true);
    const quote = calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text as string;
    expect(quote).toContain('«Tính đến cuối năm 2023, tỷ lệ hộ nghèo của tỉnh còn 1,28%');
    expect(quote).toContain('Kiên Giang: Quan tâm thực hiện công tác giảm nghèo bền vững');
  });

  test('a topic button answers that topic for that province', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    const loans = buttonsOf(calls[0]?.payload ?? {}).find((b) => b.text === 'Vay vốn tín dụng chính sách');
    await bot.handleUpdate(callbackUpdate(loans?.callback_data ?? ''));
    expect(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text).toContain('51.020 triệu đồng');
  });

  test('follow-ups also work with the file session store', async () => {
    const dirName = await mkdtemp(path.join(tmpdir(), 'sessions-'));
    const { bot, calls } = offlineBot({ storage: new FileSessionStorage<ChatSession>(dirName) });
    await bot.handleUpdate(textUpdate('Bình Thuận cấp bao nhiêu thẻ BHYT?'));
    await bot.handleUpdate(textUpdate('còn Kiên Giang thì sao?'));
    expect(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text).toContain('382.478');
    await rm(dirName, { recursive: true, force: true });
  });

  test('follow-ups work per chat through the session', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('Bình Thuận cấp bao nhiêu thẻ BHYT?'));
    await bot.handleUpdate(textUpdate('còn Kiên Giang thì sao?'));
    expect(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text).toContain('382.478');
  });

  test('a chat keeps of its last answer what a follow-up needs, not the figures', async () => {
    const storage = new BoundedMemoryStorage<ChatSession>(10, 60_000);
    const { bot } = offlineBot({ storage });
    await bot.handleUpdate(textUpdate('Bình Thuận cấp bao nhiêu thẻ BHYT?'));
    expect(storage.read('7')?.previous).toEqual({
      intent: 'health_insurance',
      provinces: ['Bình Thuận'],
      districts: [],
      year: null,
      subject: null,
      change: false,
      policies: [],
      measure: 'health_insurance_cards',
    });
  });

  test('dynamic text is escaped: a question with HTML cannot inject markup', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('<b>Hà Nội</b> & <script>'));
    const text = calls.find((c) => c.method === 'sendMessage')?.payload.text as string;
    expect(text).not.toContain('<script>');
    expect(text.replace(/<\/?b>/g, '')).not.toMatch(/<[a-z]/);
  });

  test('English speakers get English', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('poverty rate kien giang', { language: 'en' }));
    expect(calls.find((c) => c.method === 'sendMessage')?.payload.text).toMatch(
      /^<b>Kiên Giang \(part of An Giang since 01\/07\/2025\) — Poverty rate: 1\.28% \(end of 2023\) \[1\]<\/b>/,
    );
  });
});

describe('commands', () => {
  test('/start welcomes, says what the bot knows, and offers example questions', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/start'));
    const sent = calls.find((c) => c.method === 'sendMessage');
    expect(sent?.payload.text).toMatch(/Xin chào/);
    expect(sent?.payload.text).toContain('Kiên Giang');
    expect(sent?.payload.text).toMatch(/5 bài báo/);
    expect(buttonsOf(sent?.payload ?? {}).map((b) => b.callback_data)).toEqual(['ex:0', 'ex:1', 'ex:2', 'ex:3']);
  });
  test('/tinh lists the provinces as buttons, and a province its topics', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/tinh'));
    const provinces = buttonsOf(calls[0]?.payload ?? {});
    expect(provinces.map((b) => b.text)).toContain('Lạng Sơn');
    await bot.handleUpdate(callbackUpdate(provinces.find((b) => b.text === 'Lạng Sơn')?.callback_data ?? ''));
    const topics = buttonsOf(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload ?? {});
    expect(topics.map((b) => b.text)).toEqual(expect.arrayContaining(['Tỷ lệ hộ nghèo', 'Hỗ trợ nhà ở']));
  });
  test('/nguon lists the articles with publisher and date', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/nguon'));
    const text = calls.find((c) => c.method === 'sendMessage')?.payload.text as string;
    expect(text).toContain('Bắc Kạn: Tập trung hỗ trợ vùng “lõi nghèo” — Báo Lao động và Xã hội, 27/07/2024');
    expect(text).toContain('không rõ báo');
  });
  test('/help explains how to ask', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/help'));
    expect(calls.find((c) => c.method === 'sendMessage')?.payload.text).toMatch(/có dấu hay không dấu/);
  });
  test('/stats answers admins only', async () => {
    const stranger = offlineBot();
    await stranger.bot.handleUpdate(textUpdate('/stats'));
    expect(stranger.calls).toEqual([]);
    const admin = offlineBot({ adminIds: [7] });
    await admin.bot.handleUpdate(textUpdate('/stats'));
    expect(admin.calls[0]?.payload.text).toMatch(/facts: \d+/);
  });
});

describe('groups', () => {
  test('stay quiet unless mentioned or replied to', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('tỷ lệ hộ nghèo Kiên Giang', { chat: 'group' }));
    expect(calls).toEqual([]);
    await bot.handleUpdate(
      textUpdate('@giamngheo_bot tỷ lệ hộ nghèo Kiên Giang', {
        chat: 'group',
        entities: [{ type: 'mention', offset: 0, length: 14 }],
      }),
    );
    expect(calls.find((c) => c.method === 'sendMessage')?.payload.text).toContain('1,28%');
    await bot.handleUpdate(textUpdate('còn Bình Thuận?', { chat: 'group', replyToBot: true }));
    expect(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text).toContain('1,96%');
  });
});

describe('inline mode', () => {
  test('offers one figure card per fact, each with its citation', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(inlineUpdate('kien giang ho ngheo'));
    const call = calls.find((c) => c.method === 'answerInlineQuery');
    const results = call?.payload.results as {
      id: string;
      title: string;
      input_message_content: { message_text: string; parse_mode: string };
    }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results[0]?.title).toContain('1,28');
    expect(results[0]?.input_message_content.message_text).toContain('Báo Lao động và Xã hội');
    expect(results[0]?.input_message_content.parse_mode).toBe('HTML');
  });
});

describe('/chinhsach: the policies the articles mention', () => {
  test('lists the catalogue as buttons; a button answers with what the articles say of it', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/chinhsach'));
    const buttons = buttonsOf(calls[0]?.payload ?? {});
    expect(buttons.map((button) => button.callback_data)).toEqual(
      expect.arrayContaining(['pol:qd-353', 'pol:chuong-trinh-135']),
    );
    for (const button of buttons) expect(Buffer.byteLength(button.callback_data ?? '')).toBeLessThanOrEqual(64);
    await bot.handleUpdate(callbackUpdate('pol:qd-353'));
    const reply = calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text;
    expect(reply).toContain('phê duyệt danh sách huyện nghèo');
  });

  test('a figure answer whose figures were stated with a policy offers a button to it', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('Lạng Sơn hỗ trợ làm nhà theo quyết định 33 được bao nhiêu nhà?'));
    const data = buttonsOf(calls[0]?.payload ?? {}).map((button) => button.callback_data);
    expect(data).toContain('pol:qd-33');
  });

  test('a button for a policy no longer in the catalogue gets a harmless answer', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(callbackUpdate('pol:qd-999'));
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
  });
});

describe('callback data names what it asks', () => {
  test('a topic button carries the topic and place by name, and keeps working if the lists change', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    const data = buttonsOf(calls[0]?.payload ?? {}).map((button) => button.callback_data);
    expect(data).toContain('t:loans:kien-giang');
    await bot.handleUpdate(callbackUpdate('t:loans:kien-giang'));
    expect(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text).toContain('51.020 triệu đồng');
  });

  test('a button sent before names were used (positions) still answers the same', async () => {
    const { bot, calls, deps } = offlineBot();
    const legacy = `t:${intentNames.indexOf('loans')}:${deps.places.indexOf('Kiên Giang')}`;
    await bot.handleUpdate(callbackUpdate(legacy));
    expect(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text).toContain('51.020 triệu đồng');
  });
});

test('inline mode finds a policy and offers what the articles say of it', async () => {
  const { bot, calls } = offlineBot();
  await bot.handleUpdate(inlineUpdate('qd 353 la gi'));
  const results = calls.find((c) => c.method === 'answerInlineQuery')?.payload.results as {
    title: string;
    input_message_content: { message_text: string };
  }[];
  expect(results[0]?.title).toContain('Quyết định 353/QĐ-TTg');
  expect(results[0]?.input_message_content.message_text).toContain('danh sách huyện nghèo');
});

describe('anything else', () => {
  test('a forged callback gets a harmless answer', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(callbackUpdate('t:99:9999'));
    await bot.handleUpdate(callbackUpdate('t:loans:atlantis'));
    await bot.handleUpdate(callbackUpdate('DROP TABLE'));
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery', 'answerCallbackQuery', 'answerCallbackQuery']);
  });
  test('a sticker gets a polite hint', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(stickerUpdate());
    expect(calls[0]?.payload.text).toMatch(/câu hỏi bằng chữ/);
  });
  test('logs one line per update with chat type, intent and latency, and no message text at info', async () => {
    const { bot, logs } = offlineBot();
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang bí mật'));
    const line = logs.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.message === 'update');
    expect(line).toMatchObject({ level: 'info', chat: 'private', intent: 'poverty_rate' });
    expect(typeof line?.ms).toBe('number');
    expect(logs.join('\n')).not.toContain('bí mật');
  });
});

describe('/chinhsach: support by group', () => {
  test('a group button asks what support that group gets, answered for that group', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/chinhsach'));
    const data = buttonsOf(calls[0]?.payload ?? {}).map((button) => button.callback_data);
    expect(data).toEqual(expect.arrayContaining(['grp:poor', 'grp:near_poor']));
    const before = calls.length;
    await bot.handleUpdate(callbackUpdate('grp:near_poor'));
    // A long answer comes in several messages.
    const reply = calls
      .slice(before)
      .filter((c) => c.method === 'sendMessage')
      .map((c) => String(c.payload.text))
      .join('\n');
    expect(reply).toContain('Các hỗ trợ cho hộ cận nghèo');
    expect(reply).toContain('Dành cho (theo các bài)');
  });
});
