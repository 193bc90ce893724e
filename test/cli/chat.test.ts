import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { PNG } from 'pngjs';
import { expect, test } from 'vitest';
import { runConsoleChat } from '../../src/cli/chat.js';
import { context } from '../answer/context.js';

test('the console chat says it is a console chat, answers, shows quotes and keeps the conversation', async () => {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const done = runConsoleChat(context, input, output);
  input.end('Tỷ lệ hộ nghèo Kiên Giang?\nnguồn\ncòn Bình Thuận thì sao?\nthoát\n');
  await done;
  const [first] = printed.split('\n');
  expect(first).toMatch(/BOT_TOKEN.*console/);
  expect(printed).toContain('1,28%');
  expect(printed).toContain('«Tính đến cuối năm 2023, tỷ lệ hộ nghèo của tỉnh còn 1,28%');
  expect(printed).toContain('1,96%');
});

test('asked for a chart, the console chat saves it as PNG and prints where; with nothing to chart it says so', async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'charts-'));
  try {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const done = runConsoleChat(context, input, output, { chartFolder: folder });
    input.end('Tỷ lệ hộ nghèo Bắc Kạn\nvẽ biểu đồ\nvẽ biểu đồ giải ngân Bình Thuận\nthoát\n');
    await done;
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
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const done = runConsoleChat(context, input, output, { chartFolder: folder });
    input.end('/xuat binh thuan\n/dovui Bắc Kạn\n1\n/xuat Hà Giang\nthoát\n');
    await done;
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
