/** `npm run eval [-- holdout.jsonl | policies.jsonl]`: the answer to every question of a `test/eval/` set, scored by category. */
import './io.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  answersByLines,
  type EvalQuestion,
  evalQuestionSchema,
  policyQuestionSchema,
  runEval,
  runPolicyEval,
} from '../answer/evaluate.js';
import { loadAnswerContext } from '../knowledge/runtime.js';
import { knowledgeFolder } from './paths.js';

const file = path.resolve(knowledgeFolder, '../test/eval', process.argv[2] ?? 'questions.jsonl');
const lines = (await readFile(file, 'utf8')).split('\n').filter((line) => line.trim());
const context = await loadAnswerContext(knowledgeFolder);
// A set of policy questions (phrases to quote) or of figure questions (intent, places, figures).
const policySet = policyQuestionSchema.safeParse(JSON.parse(lines[0] ?? '{}')).success;
const results = policySet
  ? runPolicyEval(
      lines.map((line) => policyQuestionSchema.parse(JSON.parse(line))),
      context,
    )
  : runEval(
      lines.map((line) => evalQuestionSchema.parse(JSON.parse(line))),
      context,
    );

const categories = new Map<string, { total: number; passed: number }>();
for (const { question, failures } of results) {
  const row = categories.get(question.category) ?? { total: 0, passed: 0 };
  row.total += 1;
  row.passed += failures.length === 0 ? 1 : 0;
  categories.set(question.category, row);
}
const passed = results.filter((r) => r.failures.length === 0).length;
console.table(
  Object.fromEntries(
    [...categories].map(([name, row]) => [
      name,
      { ...row, accuracy: `${((row.passed / row.total) * 100).toFixed(1)}%` },
    ]),
  ),
);
console.log(`Overall: ${passed}/${results.length} = ${((passed / results.length) * 100).toFixed(1)}%`);
const labelled = results.filter((r) => 'intent' in r.question.expect && answersByLines(r.question as EvalQuestion));
if (labelled.length > 0) {
  const agreeing = labelled.filter((r) => r.answer.intent === (r.question as EvalQuestion).expect.intent).length;
  console.log(`Topic label agrees with the annotator (reported, not scored): ${agreeing}/${labelled.length}`);
}
for (const { question, answer, failures } of results.filter((r) => r.failures.length > 0)) {
  console.log(
    `\n✗ ${question.id} [${question.category}] ${question.question}\n  ${failures.join('\n  ')}\n  → ${answer.answer.split('\n').slice(0, 3).join(' / ')}`,
  );
}
