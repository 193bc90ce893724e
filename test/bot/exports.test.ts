import { parse } from 'csv-parse/sync';
import type { InputFile } from 'grammy';
import { describe, expect, test } from 'vitest';
import { callbackSchema } from '../../src/bot/callbacks.js';
import { BoundedMemoryStorage, type ChatSession, isChatSession } from '../../src/bot/session.js';
import { factColumns } from '../../src/facts/export.js';
import { indicators } from '../../src/facts/indicators.js';
import { context } from '../answer/context.js';
import { type ApiCall, callbackUpdate, offlineBot, textUpdate } from './harness.js';

const { facts } = context.base;
type Keyboard = { inline_keyboard: { text: string; callback_data: string }[][] };
const buttonsOf = (payload: Record<string, unknown>) =>
  ((payload.reply_markup as Keyboard | undefined)?.inline_keyboard ?? []).flat();

/** The document a call sent: its file name and text. */
async function documentOf(call: ApiCall | undefined): Promise<{ filename: string; text: string; caption: string }> {
  const file = call?.payload.document as InputFile | undefined;
  if (!file) throw new Error('no document sent');
  const raw = await file.toRaw();
  if (!(raw instanceof Uint8Array)) throw new Error('not bytes');
  return {
    filename: file.filename ?? '',
    text: Buffer.from(raw).toString('utf8'),
    caption: String(call?.payload.caption),
  };
}

/** A CSV read back by a real parser: the header and each row as an object. */
function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const records = parse(text, { bom: true });
  const [header = [], ...rows] = records;
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? '']))) };
}

async function exported(command: string) {
  const { bot, calls } = offlineBot();
  await bot.handleUpdate(textUpdate(command));
  return { calls, document: calls.find((call) => call.method === 'sendDocument') };
}

describe('/xuat with a filter', () => {
  test('a province sends its facts as CSV with a BOM, the header of npm run facts and every citation', async () => {
    const { document } = await exported('/xuat Bình Thuận');
    const { filename, text, caption } = await documentOf(document);
    expect(filename).toBe('giam-ngheo-binh-thuan.csv');
    expect(text.startsWith('\ufeff')).toBe(true);
    const { header, rows } = readCsv(text);
    expect(header).toEqual([...factColumns]);
    const expected = facts.filter((fact) => fact.province === 'Bình Thuận');
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((row) => [row.raw, row.quote, row.title, row.publisher, row.published])).toEqual(
      expected.map((fact) => [
        fact.raw,
        fact.citation.quote,
        fact.citation.title,
        fact.citation.publisher ?? '',
        fact.citation.published ?? '',
      ]),
    );
    expect(caption).toContain(`${expected.length} số liệu`);
  });

  test('without diacritics the same file is sent', async () => {
    const accented = await documentOf((await exported('/xuat Bình Thuận')).document);
    const folded = await documentOf((await exported('/xuat binh thuan')).document);
    expect(folded).toEqual(accented);
  });

  test('a new province (An Giang) includes the old ones merged into it; an old name only itself', async () => {
    const anGiang = readCsv((await documentOf((await exported('/xuat An Giang')).document)).text).rows;
    const kienGiang = readCsv((await documentOf((await exported('/xuat Kiên Giang')).document)).text).rows;
    expect(new Set(kienGiang.map((row) => row.province))).toEqual(new Set(['Kiên Giang']));
    expect(anGiang.filter((row) => row.province === 'Kiên Giang')).toEqual(kienGiang);
  });

  test('a topic, read by the topic registry, sends only that topic, from every province', async () => {
    const { document } = await exported('/xuat vay vốn');
    const { filename, text } = await documentOf(document);
    const { rows } = readCsv(text);
    const loans = facts.filter((fact) => indicators[fact.indicator].topic === 'loans');
    expect(rows.map((row) => row.quote)).toEqual(loans.map((fact) => fact.citation.quote));
    expect(new Set(rows.map((row) => row.province)).size).toBeGreaterThan(1);
    expect(filename).toBe('giam-ngheo-vay-von-tin-dung-chinh-sach.csv');
  });

  test('a place and a topic together narrow to both; "json" sends the same facts as JSON', async () => {
    const csv = readCsv((await documentOf((await exported('/xuat vay von Binh Thuan')).document)).text).rows;
    const json = await documentOf((await exported('/xuat json vay von Binh Thuan')).document);
    expect(json.filename).toBe('giam-ngheo-binh-thuan-vay-von-tin-dung-chinh-sach.json');
    const parsed = JSON.parse(json.text) as { id: string; province: string; citation: { quote: string } }[];
    expect(parsed.map((fact) => fact.citation.quote)).toEqual(csv.map((row) => row.quote));
    expect(parsed.every((fact) => fact.province === 'Bình Thuận')).toBe(true);
    expect(csv.length).toBeGreaterThan(0);
  });

  test('a filter that matches nothing gets a polite list of what there is, never an empty file', async () => {
    for (const command of ['/xuat Hà Nội', '/xuat khó khăn', '/xuat qwerty zxcv']) {
      const { calls, document } = await exported(command);
      expect(document).toBeUndefined();
      const reply = String(calls.find((call) => call.method === 'sendMessage')?.payload.text);
      expect(reply).toMatch(/^Không có số liệu nào cho «/);
      expect(reply).toContain('Bình Thuận');
      expect(reply).toContain('vay vốn tín dụng chính sách');
    }
  });
});

describe('the facts behind an answer', () => {
  test('/xuat alone sends the facts the last answer stated; before any answer it says how to ask', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('/xuat'));
    expect(String(calls.at(-1)?.payload.text)).toMatch(/^Chưa có câu trả lời nào có số liệu/);
    await bot.handleUpdate(textUpdate('Bình Thuận cho hộ nghèo vay bao nhiêu?'));
    const answer = String(calls.filter((call) => call.method === 'sendMessage').at(-1)?.payload.text);
    await bot.handleUpdate(textUpdate('/xuat'));
    const { rows } = readCsv((await documentOf(calls.find((call) => call.method === 'sendDocument'))).text);
    expect(rows.length).toBeGreaterThan(0);
    // Every figure in the file is one the answer stated, with its sentence.
    for (const row of rows) expect(answer).toContain(row.raw);
  });

  test("the ⬇️ CSV button under a figure answer sends that message's facts, even after a restart", async () => {
    const storage = new BoundedMemoryStorage<ChatSession>(10, 60_000);
    const first = offlineBot({ storage });
    await first.bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    const message = first.calls.find((call) => call.method === 'sendMessage');
    const button = buttonsOf(message?.payload ?? {}).find((b) => b.text === '⬇️ CSV');
    expect(button?.callback_data).toBe('csv');
    expect(callbackSchema.parse(button?.callback_data)).toEqual({ kind: 'export' });
    // A new process (a restart or an upgrade) with the same session store.
    const second = offlineBot({ storage });
    await second.bot.handleUpdate(callbackUpdate('csv', first.lastMessageId()));
    const { rows } = readCsv((await documentOf(second.calls.find((call) => call.method === 'sendDocument'))).text);
    expect(rows.map((row) => row.raw)).toEqual(['1,28%']);
    expect(rows[0]?.quote).toContain('tỷ lệ hộ nghèo của tỉnh còn 1,28%');
  });

  test('an answer without figures has no CSV button', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('Xin chào'));
    expect(buttonsOf(calls[0]?.payload ?? {}).some((b) => b.callback_data === 'csv')).toBe(false);
  });

  test('a session stored before exports loads, and its old buttons say the figures are gone', async () => {
    const stored = { previous: null, sources: { '5': [{ title: 'T', publisher: null, date: null, quote: 'Q' }] } };
    expect(isChatSession(stored)).toBe(true);
    expect(isChatSession({ ...stored, facts: { '5': ['x'] }, lastQuizFact: 'x' })).toBe(true);
    const storage = new BoundedMemoryStorage<ChatSession>(10, 60_000);
    storage.write('7', stored);
    const { bot, calls } = offlineBot({ storage });
    await bot.handleUpdate(callbackUpdate('csv', 5));
    expect(calls.some((call) => call.method === 'sendDocument')).toBe(false);
    expect(String(calls.at(-1)?.payload.text)).toMatch(/không còn lưu/);
  });
});
