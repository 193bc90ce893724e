import { PassThrough } from 'node:stream';
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
