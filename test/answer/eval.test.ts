import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { evalQuestionSchema, runEval } from '../../src/answer/evaluate.js';
import { answerSchema } from '../../src/answer/schema.js';
import { knowledgeFolder } from '../helpers.js';
import { context } from './context.js';

const read = (name: string) =>
  readFileSync(path.resolve(knowledgeFolder, '../test/eval', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => evalQuestionSchema.parse(JSON.parse(line)));

test('at least 95% of the 150+ hand-written questions are answered right', () => {
  const questions = read('questions.jsonl');
  expect(questions.length).toBeGreaterThanOrEqual(150);
  const results = runEval(questions, context);
  const failed = results.filter((result) => result.failures.length > 0);
  const accuracy = 1 - failed.length / results.length;
  expect(accuracy, failed.map((f) => `${f.question.id}: ${f.failures.join('; ')}`).join('\n')).toBeGreaterThanOrEqual(
    0.95,
  );
});

test('at least 95% of the held-out questions (written later, by another person) are answered right', () => {
  const results = runEval(read('holdout.jsonl'), context);
  const failed = results.filter((result) => result.failures.length > 0);
  expect(results.length).toBeGreaterThanOrEqual(60);
  expect(
    1 - failed.length / results.length,
    failed.map((f) => `${f.question.id}: ${f.failures.join('; ')}`).join('\n'),
  ).toBeGreaterThanOrEqual(0.95);
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
