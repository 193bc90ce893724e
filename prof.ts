import { readFileSync } from 'node:fs';
import { answer } from './src/answer/answer.js';
import { loadAnswerContext } from './src/knowledge/runtime.js';
const ctx = await loadAnswerContext('knowledge');
const qs = readFileSync('test/eval/questions.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).question as string);
for (const q of qs) answer(q, ctx);
const slow: [number, string][] = [];
for (const q of qs) { const t = performance.now(); for (let i = 0; i < 5; i++) answer(q, ctx); slow.push([(performance.now() - t) / 5, q]); }
slow.sort((a, b) => b[0] - a[0]);
for (const [t, q] of slow.slice(0, 8)) console.log(t.toFixed(2), q);
const top = slow.slice(0, 6).map(([, q]) => q);
const t0 = performance.now();
for (let i = 0; i < 200; i++) for (const q of top) answer(q, ctx);
console.log('top6 avg', ((performance.now() - t0) / 1200).toFixed(3));
