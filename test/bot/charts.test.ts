import { InputFile } from 'grammy';
import { afterAll, describe, expect, test } from 'vitest';
import { createChartRenderer } from '../../src/chart/render.js';
import { maxCaptionLength } from '../../src/chart/spec.js';
import { callbackUpdate, offlineBot, textUpdate } from './harness.js';

const charts = createChartRenderer({ cacheSize: 8 });
afterAll(() => charts.close());

const buttonsOf = (payload: Record<string, unknown>) =>
  (
    (payload.reply_markup as { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined)
      ?.inline_keyboard ?? []
  ).flat();
const isPng = (bytes: Uint8Array) =>
  Buffer.from(bytes.subarray(0, 8)).equals(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'));

async function photoBytes(payload: Record<string, unknown>): Promise<Uint8Array> {
  const photo = payload.photo;
  expect(photo).toBeInstanceOf(InputFile);
  const data = await (photo as InputFile).toRaw();
  expect(data).toBeInstanceOf(Uint8Array);
  return data as Uint8Array;
}

describe('charts in Telegram', () => {
  test('asked for a chart: the chart arrives first, captioned with its sources, then the cited figures', async () => {
    const { bot, calls } = offlineBot({ charts });
    await bot.handleUpdate(textUpdate('vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn'));
    const methods = calls.map((call) => call.method);
    expect(methods.indexOf('sendPhoto')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('sendPhoto')).toBeLessThan(methods.indexOf('sendMessage'));
    const photo = calls.find((call) => call.method === 'sendPhoto')?.payload ?? {};
    expect(isPng(await photoBytes(photo))).toBe(true);
    const caption = String(photo.caption);
    expect(caption.length).toBeLessThanOrEqual(maxCaptionLength);
    expect(caption).toContain('Bắc Kạn');
  });

  test('a series not asked as a chart offers 📈, and pressing it sends the chart of that message', async () => {
    const { bot, calls, lastMessageId } = offlineBot({ charts });
    await bot.handleUpdate(textUpdate('tỷ lệ hộ nghèo Bắc Kạn qua các năm'));
    expect(calls.some((call) => call.method === 'sendPhoto')).toBe(false);
    const answer = calls.filter((call) => call.method === 'sendMessage').at(-1)?.payload ?? {};
    const button = buttonsOf(answer).find((b) => b.callback_data === 'chart');
    expect(button?.text).toBe('📈 Biểu đồ');
    await bot.handleUpdate(callbackUpdate('chart', lastMessageId()));
    const photo = calls.find((call) => call.method === 'sendPhoto')?.payload ?? {};
    expect(isPng(await photoBytes(photo))).toBe(true);
  });

  test('a single figure has no chart: no button, and asked for one, said so plainly', async () => {
    const { bot, calls } = offlineBot({ charts });
    await bot.handleUpdate(textUpdate('tỷ lệ hộ nghèo Kiên Giang năm 2023'));
    const answer = calls.filter((call) => call.method === 'sendMessage').at(-1)?.payload ?? {};
    expect(buttonsOf(answer).some((b) => b.callback_data === 'chart')).toBe(false);
    await bot.handleUpdate(textUpdate('vẽ biểu đồ tỷ lệ hộ nghèo Kiên Giang năm 2023'));
    expect(calls.some((call) => call.method === 'sendPhoto')).toBe(false);
    expect(calls.some((call) => String(call.payload.text).includes('không có chuỗi số liệu'))).toBe(true);
  });

  test('a chart button on a message whose figures are no longer kept gets a polite note', async () => {
    const { bot, calls } = offlineBot({ charts });
    await bot.handleUpdate(callbackUpdate('chart', 4242));
    expect(calls.some((call) => call.method === 'sendPhoto')).toBe(false);
    expect(calls.some((call) => String(call.payload.text).includes('không còn lưu'))).toBe(true);
  });

  test('without a renderer no chart is offered', async () => {
    const { bot, calls } = offlineBot();
    await bot.handleUpdate(textUpdate('tỷ lệ hộ nghèo Bắc Kạn qua các năm'));
    const answer = calls.filter((call) => call.method === 'sendMessage').at(-1)?.payload ?? {};
    expect(buttonsOf(answer).some((b) => b.callback_data === 'chart')).toBe(false);
  });
});
