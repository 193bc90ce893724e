import { type AnswerContext, answer } from '../answer/answer.js';
import { drawChart } from '../chart/draw.js';
import { createChartRenderer } from '../chart/render.js';
import { type ChartSpec, chartSpecOf } from '../chart/spec.js';
import { summarize } from './measure.js';

/** Questions whose answers have a chart: a series, comparisons, a table of provinces, parts of a total. */
export const chartQuestions = [
  'vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn',
  'so sánh tỷ lệ hộ nghèo Bắc Kạn và Lạng Sơn',
  'tỷ lệ hộ nghèo các tỉnh',
  'dự án sản xuất Bắc Kạn',
  'poverty rate Bac Kan over the years',
];

export interface ChartBench {
  readonly cold: { readonly p50: number; readonly p99: number };
  readonly warm: { readonly p50: number; readonly p99: number };
  /** Drawing on the calling thread, for comparison: what the worker keeps off the event loop. */
  readonly onThread: { readonly p50: number };
  readonly cached: { readonly p50: number };
  /** Answers per second to other questions, without charts drawing and while they draw. */
  readonly answersPerSecond: { readonly alone: number; readonly whileDrawing: number };
}

/**
 * Chart timings: cold (a new renderer, its worker started, per chart), warm (one renderer, no
 * cache), cached (the same chart again), and how many other questions are answered per second on
 * this thread while the worker draws charts without pause.
 */
export async function benchCharts(
  context: AnswerContext,
  otherQuestions: readonly string[],
  { coldRuns = 5, warmRounds = 10, cachedRuns = 500, seconds = 2 } = {},
): Promise<ChartBench> {
  const specs = chartQuestions.flatMap((question) => {
    const spec = chartSpecOf(answer(question, context));
    return spec ? [spec] : [];
  });
  const [first] = specs;
  if (!first) throw new Error('no chart among the chart questions');

  const cold: number[] = [];
  for (let run = 0; run < coldRuns; run++) {
    const renderer = createChartRenderer({ cacheSize: 0 });
    cold.push(await timedAsync(() => renderer.render(specs[run % specs.length] ?? first)));
    await renderer.close();
  }

  const renderer = createChartRenderer({ cacheSize: 0 });
  const warm: number[] = [];
  const onThread: number[] = [];
  try {
    for (const spec of specs) await renderer.render(spec);
    for (let round = 0; round < warmRounds; round++)
      for (const spec of specs) {
        warm.push(await timedAsync(() => renderer.render(spec)));
        onThread.push(await timedAsync(() => drawChart(spec)));
      }
  } finally {
    await renderer.close();
  }

  const caching = createChartRenderer({ cacheSize: 8 });
  const cached: number[] = [];
  try {
    await caching.render(first);
    for (let run = 0; run < cachedRuns; run++) cached.push(await timedAsync(() => caching.render(first)));
  } finally {
    await caching.close();
  }

  const alone = await answersPerSecond(context, otherQuestions, seconds, null);
  const whileDrawing = await answersPerSecond(context, otherQuestions, seconds, specs);
  return {
    cold: summarize(cold),
    warm: summarize(warm),
    onThread: summarize(onThread),
    cached: summarize(cached),
    answersPerSecond: { alone, whileDrawing },
  };
}

/**
 * Answers per second over `questions` for `seconds`, yielding to the event loop after each answer
 * (as the bot does between updates); with `specs`, a renderer draws them without pause meanwhile.
 */
async function answersPerSecond(
  context: AnswerContext,
  questions: readonly string[],
  seconds: number,
  specs: readonly ChartSpec[] | null,
): Promise<number> {
  const renderer = createChartRenderer({ cacheSize: 0 });
  let stop = false;
  const drawing = (async () => {
    for (let index = 0; specs && !stop; index++) await renderer.render(specs[index % specs.length] as ChartSpec);
  })();
  let answered = 0;
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    answer(questions[answered % questions.length] ?? '', context);
    answered++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  const elapsed = performance.now() - started;
  stop = true;
  await drawing;
  await renderer.close();
  return (answered * 1000) / elapsed;
}

async function timedAsync(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}
