import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { z } from 'zod';
import {
  checkPolicy,
  evalQuestionSchema,
  policyQuestionSchema,
  runEval,
  runPolicyEval,
} from '../../src/answer/evaluate.js';
import { answer } from '../../src/answer/answer.js';
import { answerSchema } from '../../src/answer/schema.js';
import { knowledgeFolder } from '../helpers.js';
import { context } from './context.js';

const evalFolder = path.resolve(knowledgeFolder, '../test/eval');
const read = (name: string) =>
  readFileSync(path.join(evalFolder, name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => evalQuestionSchema.parse(JSON.parse(line)));

/** Questions known to fail today, each with why: the gate is today's passing set, so any regression fails. */
const knownFailures = z
  .record(z.string(), z.record(z.string(), z.string().min(20)))
  .parse(JSON.parse(readFileSync(path.join(evalFolder, 'known-failures.json'), 'utf8')));

/** The gate on one set: today's passing questions must keep passing, and a mended one leaves the list. */
function pinToday(
  file: string,
  atLeast: number,
  results: readonly { readonly question: { readonly id: string }; readonly failures: readonly string[] }[],
): void {
  const known = knownFailures[file] ?? {};
  test(`has at least ${atLeast} questions, and every known failure names one of them`, () => {
    expect(results.length).toBeGreaterThanOrEqual(atLeast);
    const ids = new Set(results.map((result) => result.question.id));
    for (const id of Object.keys(known)) expect(ids).toContain(id);
  });
  test('every question passes except the known failures, each explained', () => {
    const regressions = results.filter((result) => result.failures.length > 0 && !(result.question.id in known));
    expect(regressions.map((r) => `${r.question.id}: ${r.failures.join('; ')}`)).toEqual([]);
  });
  test('a known failure that passes now is taken off the list', () => {
    const mended = results.filter((result) => result.failures.length === 0 && result.question.id in known);
    expect(mended.map((r) => r.question.id)).toEqual([]);
  });
}

describe.each([
  ['questions.jsonl', 150, 'written from the articles by one person'],
  ['holdout.jsonl', 60, 'held out, written later by another'],
  ['holdout-answers.jsonl', 80, 'held out, on which figure is which, direct answers, no province, comparisons'],
  ['holdout-answers-2.jsonl', 70, 'held out again, written after issue 12 was tuned, on the same classes'],
])('%s (at least %i questions; %s)', (file, atLeast) => {
  pinToday(file, atLeast, runEval(read(file), context));
});

describe.each([
  ['policies.jsonl', 80, 'held out, on what policies are, where, for whom; questions to refuse honestly'],
  ['policies-2.jsonl', 70, 'held out again, written after issue 13 was tuned, on the same kinds'],
  [
    'policies-3.jsonl',
    84,
    'held out a third time (first run 59/84), then a development set for the rules of this session',
  ],
  ['policies-5.jsonl', 70, 'a development set written late (first run 58/70): colloquial forms, new province names'],
  ['policies-4.jsonl', 84, 'held out (first run 70/84, sealed at 71/84), then a development set'],
  ['policies-6.jsonl', 84, 'held out (first run 72/84, sealed at 72/84), then a development set'],
  ['policies-7.jsonl', 70, 'held out (first run 61/70, sealed at 61/70), then a development set'],
  ['policies-8.jsonl', 70, 'held out (first run 63/70, sealed at 63/70), then a development set'],
  [
    'policies-9.jsonl',
    70,
    'held out (first run 63/70, 56/70 on the code before), its failures read for their reasons, then a development set',
  ],
  [
    'policies-10.jsonl',
    84,
    'written this session and scored first (73/84; 72/84 on the code before the session), then a development set',
  ],
  [
    'policies-11.jsonl',
    84,
    'sealed this session until its rules were done: first run 69/84 (60/84 before the session), then a development set',
  ],
  [
    'policies-12.jsonl',
    84,
    'written this session, summaries too, scored first (69/84; 65/84 before the session), then a development set',
  ],
  [
    'policies-15.jsonl',
    84,
    'sealed until the last rule of this session: first run 67/84 (62/84 before the session), then a development set',
  ],
  [
    'policies-14.jsonl',
    84,
    'sealed until its rules were done: first run 73/84 (65/84 before the session), then a development set',
  ],
  [
    'policies-13.jsonl',
    84,
    'written this session for loose, official and English users, scored first (68/84; 62/84 before), then development',
  ],
])('%s (at least %i questions; %s)', (file, atLeast) => {
  const questions = readFileSync(path.join(evalFolder, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => policyQuestionSchema.parse(JSON.parse(line)));
  pinToday(file, atLeast, runPolicyEval(questions, context));
});

test('every answer keeps the Answer contract', () => {
  for (const result of runEval(read('questions.jsonl'), context)) {
    expect(answerSchema.safeParse(result.answer).success).toBe(true);
    expect(result.answer.answer.length).toBeGreaterThan(0);
  }
});

test('the eval covers every intent and every covered province', () => {
  const questions = read('questions.jsonl');
  const intents = new Set(questions.map((q) => q.expect.intent));
  for (const intent of answerSchema.shape.intent.options) expect(intents).toContain(intent);
  const provinces = new Set(questions.flatMap((q) => q.expect.provinces));
  for (const province of [
    'Kiên Giang',
    'Bình Thuận',
    'Cần Thơ',
    'Bắc Kạn',
    'Lạng Sơn',
    'Phú Yên',
    'Tây Ninh',
    'Quảng Ninh',
  ]) {
    expect(provinces).toContain(province);
  }
});

describe('the policy check', () => {
  const question = policyQuestionSchema.parse({
    id: 't1',
    category: 'refuse',
    chatId: null,
    question: 'Lãi suất vay là bao nhiêu một tháng?',
    expect: {
      policy: null,
      provinces: [],
      mustContain: [],
      mustNotContain: ['%/tháng', 'lãi suất ưu đãi'],
      refuse: true,
    },
    note: 'test',
  });
  const greeting = answer('xin chào', context);
  const checked = (text: string) => checkPolicy(question, { ...greeting, answer: text });
  test('a wrong phrase with symbols is looked for as written: folded, "%/tháng" would be any "tháng"', () => {
    expect(checked('Các bài báo tôi có không nói về lãi suất theo tháng.')).toEqual([]);
    expect(checked('Các bài báo tôi có không nói về điều này; lãi 0,6%/tháng.')).toHaveLength(1);
  });
  test('a wrong phrase of words alone is folded, so it is found however it is typed', () => {
    expect(checked('Các bài báo tôi có không nói về điều này; lai suat uu dai.')).toHaveLength(1);
  });
});
