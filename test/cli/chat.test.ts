import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { runConsoleChat } from '../../src/cli/chat.js';
import { context } from '../answer/context.js';

/** A conversation in the console chat: what it printed. */
async function converse(lines: string, options: Parameters<typeof runConsoleChat>[3] = {}): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runConsoleChat(context, input, output, options);
  input.end(lines);
  await done;
  return printed;
}

test('the console chat says it is a console chat, answers, shows quotes and keeps the conversation', async () => {
  const printed = await converse('Tỷ lệ hộ nghèo Kiên Giang?\nnguồn\ncòn Bình Thuận thì sao?\nthoát\n');
  const [first] = printed.split('\n');
  expect(first).toMatch(/BOT_TOKEN.*console/);
  expect(printed).toContain('1,28%');
  expect(printed).toContain('«Tính đến cuối năm 2023, tỷ lệ hộ nghèo của tỉnh còn 1,28%');
  expect(printed).toContain('1,96%');
});

test('asked for a chart, the console chat saves it as PNG and prints where; with nothing to chart it says so', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'charts-'));
  try {
    const printed = await converse('Tỷ lệ hộ nghèo Bắc Kạn\nvẽ biểu đồ\nvẽ biểu đồ giải ngân Bình Thuận\nthoát\n', {
      chartFolder: folder,
    });
    const [file, ...more] = await readdir(folder);
    expect(more).toEqual([]);
    expect(printed).toContain(`Biểu đồ đã lưu: ${path.join(folder, file ?? '?')}`);
    expect(PNG.sync.read(await readFile(path.join(folder, file ?? '?'))).width).toBeGreaterThan(600);
    expect(printed).toContain('không có chuỗi số liệu');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});

test('/xuat saves the figures as the bot sends them; /dovui asks a quiz answered by number', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'files-'));
  try {
    const printed = await converse('/xuat binh thuan\n/dovui Bắc Kạn\n1\n/xuat Hà Giang\nthoát\n', {
      chartFolder: folder,
    });
    const csv = await readFile(path.join(folder, 'giam-ngheo-binh-thuan.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.split('\n').length).toBeGreaterThan(10);
    expect(printed).toContain('giam-ngheo-binh-thuan.csv');
    // The quiz's options are numbered; answering one says right or wrong, then quotes the source.
    expect(printed).toMatch(/\n {2}1\. .+\n {2}2\. /);
    expect(printed).toMatch(/(✓ Đúng\.|✗ Chưa đúng: đáp án là .+)\n«/);
    expect(printed).toContain('Không có số liệu nào cho «Hà Giang»');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
