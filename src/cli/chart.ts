/**
 * `npm run chart -- "câu hỏi" --out file.png` draws the chart of that question's answer (a series or
 * a comparison of its cited figures) and writes it as PNG; the caption (title and sources) is printed.
 * Exits 1, saying why, when the answer has nothing to chart.
 */
import './io.js';
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { answer } from '../answer/answer.js';
import { templates } from '../answer/templates.js';
import { createChartRenderer } from '../chart/render.js';
import { chartSpecOf } from '../chart/spec.js';
import { loadContextOrExit } from './io.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', short: 'o', default: 'chart.png' } },
});
const question = positionals.join(' ').trim();
if (!question) {
  console.error('usage: npm run chart -- "câu hỏi" [--out file.png]');
  process.exit(2);
}

const context = await loadContextOrExit();

const result = answer(question, context);
const spec = chartSpecOf(result);
if (!spec) {
  console.error(`${templates[result.language].chart.nothing}\n\n${result.answer}`);
  process.exit(1);
}
const renderer = createChartRenderer({ cacheSize: 0 });
try {
  await writeFile(values.out, await renderer.render(spec));
} finally {
  await renderer.close();
}
console.log(`${templates[result.language].chart.saved(values.out)}\n\n${spec.caption}`);
