import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { answerSchema } from '../../src/answer/schema.js';

const run = promisify(execFile);
const ask = ['--import', 'tsx', 'src/cli/ask.ts'];

test('ask prints the answer; --json prints the Answer contract', async () => {
  const plain = await run(process.execPath, [...ask, 'ty le ho ngheo kien giang']);
  expect(plain.stdout).toContain('1,28%');
  const json = await run(process.execPath, [...ask, '--json', 'ty le ho ngheo kien giang']);
  const parsed = answerSchema.parse(JSON.parse(json.stdout));
  expect(parsed.facts.map((fact) => fact.raw)).toEqual(['1,28%']);
});

test('--jsonl prints exactly one JSON line per input line, in order, carrying each chat', async () => {
  const input = [
    JSON.stringify({ chatId: 'a', text: 'Tỷ lệ hộ nghèo Kiên Giang là bao nhiêu?' }),
    JSON.stringify({ chatId: 'b', text: 'Bình Thuận cấp bao nhiêu thẻ BHYT?' }),
    JSON.stringify({ chatId: 'a', text: 'còn Bình Thuận thì sao?' }),
    'xin chào',
    '{not json',
    '',
  ].join('\n');
  const child = spawn(process.execPath, [...ask, '--jsonl'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString('utf8');
  });
  child.stdin.end(`${input}\n`);
  const code = await new Promise((resolve) => child.on('close', resolve));
  expect(code).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  expect(lines).toHaveLength(6);
  const answers = lines.map((line) => answerSchema.parse(JSON.parse(line)));
  expect(answers[2]).toMatchObject({ intent: 'poverty_rate', provinces: ['Bình Thuận'] });
  expect(answers[3]?.intent).toBe('greeting');
  expect(answers[4]?.text).toBe('{not json');
});
