import { expect, test } from 'vitest';
import { benchCharts } from '../../src/bench/charts.js';
import { context } from '../answer/context.js';

test('the chart bench draws cold, warm and cached, and counts answers while charts render', async () => {
  const result = await benchCharts(context, ['Tỷ lệ hộ nghèo Kiên Giang?'], {
    coldRuns: 1,
    warmRounds: 1,
    cachedRuns: 20,
    seconds: 0.2,
  });
  expect(result.cold.p50).toBeGreaterThan(result.cached.p50);
  expect(result.warm.p50).toBeGreaterThan(result.cached.p50);
  expect(result.answersPerSecond.whileDrawing).toBeGreaterThan(0);
});
