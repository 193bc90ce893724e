import { expect, test } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { buildPassageIndex } from '../../src/search/passages.js';
import { adversarialMessages, normalQuestion, relativeCost } from '../../src/bench/adversarial.js';
import { flexSearch, miniSearch, oramaDefaults } from '../../src/bench/engines.js';
import { summarize, timeEach } from '../../src/bench/measure.js';
import { syntheticEntries } from '../../src/bench/synthetic.js';
import { answeringBot, echoBot, throughput } from '../../src/bench/throughput.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import { context } from '../answer/context.js';

test('the synthetic corpus is deterministic, moves figures to other provinces and is answerable', () => {
  const first = syntheticEntries(context.base, 20, 7);
  expect(syntheticEntries(context.base, 20, 7)).toEqual(first);
  expect(syntheticEntries(context.base, 20, 8)).not.toEqual(first);
  const base = buildKnowledgeBase({ ...context.base, entries: first });
  expect(base.facts.length).toBeGreaterThan(100);
  const provinces = new Set(base.facts.map((fact) => fact.province));
  expect(provinces.size).toBeGreaterThan(5);
  const province = first[0]?.provinces[0] ?? '';
  const result = answer(`Tình hình giảm nghèo ${province}`, { base, index: buildPassageIndex(base.entries) });
  expect(result.provinces).toEqual([province]);
});

test('the bare engines index and find chunks', () => {
  const chunks = ['Tỷ lệ hộ nghèo còn 1,28%', 'Vay vốn cho hộ cận nghèo', 'Nhà ở cho hộ nghèo'];
  for (const engine of [oramaDefaults(), miniSearch(), flexSearch()]) {
    engine.build(chunks);
    expect(engine.query('vay')).toBeTruthy();
  }
});

test('percentiles', () => {
  expect(summarize([5, 1, 4, 2, 3])).toEqual({ p50: 3, p99: 5, max: 5 });
  expect(timeEach([1, 2], 2, () => undefined)).toHaveLength(4);
});

test('throughput is measured through the real bot and an echo bot on the fake Bot API', async () => {
  const answering = await throughput(answeringBot(context), ['Tỷ lệ hộ nghèo Kiên Giang?'], 20, 5);
  expect(answering.perSecond).toBeGreaterThan(0);
  expect(answering.cpuMsPerUpdate).toBeGreaterThan(0);
  expect((await throughput(echoBot, ['xin chào'], 20, 5)).perSecond).toBeGreaterThan(0);
});

test("at Telegram's pace the fake Bot API delivers no more messages a second than it is told", async () => {
  const paced = await throughput(echoBot, ['xin chào'], 12, 12, { latencyMs: 0, messagesPerSecond: 40 });
  // Twelve messages at 40 a second take at least 11 intervals of 25 ms.
  expect(paced.perSecond).toBeLessThanOrEqual(12 / 0.275 + 1);
  expect(paced.perSecond).toBeGreaterThan(10);
});

test('the adversarial messages fill a Telegram message at most, and are timed against a normal question', () => {
  const shapes = adversarialMessages(['Hộ', 'nghèo', 'giảm', 'vay', 'vốn']);
  expect(new Set(shapes.map((shape) => shape.name)).size).toBe(shapes.length);
  for (const { text } of shapes) expect(text.length).toBeLessThanOrEqual(4096);
  expect(shapes.filter(({ text }) => text.length > 4000).length).toBeGreaterThan(shapes.length / 2);
  const cost = relativeCost((text) => answer(text, context), shapes[0]?.text ?? '', normalQuestion, 1);
  expect(cost.ms).toBeGreaterThan(0);
  expect(cost.ratio).toBeCloseTo(cost.ms / cost.normalMs);
});
