import { describe, expect, test } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Answer, AnswerFact } from '../../src/answer/schema.js';
import { povertyStandards } from '../../src/answer/topics.js';
import { captionOf, chartSpecOf, maxCaptionLength } from '../../src/chart/spec.js';
import { context } from '../answer/context.js';

const ask = (question: string, previous: Answer | null = null) => answer(question, { ...context, previous });
const sameMeasure = (a: AnswerFact, b: AnswerFact) =>
  a.indicator === b.indicator && a.unit === b.unit && a.counts.join('|') === b.counts.join('|');

describe('a series', () => {
  const asked = ask('vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn');
  const spec = chartSpecOf(asked);

  test('asking for a chart of one place gives its series over the years', () => {
    expect(asked.chart).toBe(true);
    expect(spec?.kind).toBe('series');
    expect(new Set(spec?.points.map((point) => point.fact.years?.to)).size).toBeGreaterThanOrEqual(3);
  });

  test('its points are exactly the answer’s cited facts of the measure it leads with, each with its source', () => {
    const [lead] = asked.facts;
    if (!lead || !spec) throw new Error('no series');
    const cited = asked.facts.filter((fact) => sameMeasure(fact, lead));
    expect(spec.points.map((point) => point.fact)).toEqual(
      [...cited].sort((a, b) => (a.years?.to ?? 0) - (b.years?.to ?? 0)),
    );
    for (const point of spec.points) expect(asked.facts).toContain(point.fact);
  });

  test('every point shows its period on the axis, and its value the Vietnamese way', () => {
    for (const point of spec?.points ?? []) {
      expect(point.category.toLowerCase()).toBe(point.fact.period?.toLowerCase());
      expect(point.display).toBe(`${point.fact.raw.replace(/\s+/g, '')}`);
    }
  });

  test('a change of poverty standard breaks the line: figures of 2021 and of 2022 are on different lines', () => {
    const points = spec?.points ?? [];
    const before = points.filter((point) => (point.fact.years?.to ?? 0) <= povertyStandards[0].to);
    const after = points.filter((point) => (point.fact.years?.to ?? 0) >= povertyStandards[1].from);
    expect(before.length).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    const linesBefore = new Set(before.map((point) => point.line));
    for (const point of after) expect(linesBefore.has(point.line)).toBe(false);
    expect(spec?.notes.join(' ')).toMatch(/chuẩn nghèo/);
  });

  test('an estimate is hollow and the legend says it is an estimate; actual figures are filled', () => {
    const points = spec?.points ?? [];
    const estimates = points.filter((point) => point.fact.status === 'estimate');
    expect(estimates.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(point.hollow).toBe(point.fact.status !== 'actual');
      if (point.hollow) expect(point.statusLabel).toMatch(/^ước tính.*rỗng/);
    }
  });

  test('"vẽ biểu đồ" as a follow-up charts the answer before it', () => {
    const followUp = ask('vẽ biểu đồ', ask('tỷ lệ hộ nghèo Bắc Kạn'));
    expect(followUp.chart).toBe(true);
    expect(chartSpecOf(followUp)?.points.map((point) => point.fact)).toEqual(spec?.points.map((point) => point.fact));
  });

  test('in English: English labels, English numbers', () => {
    const english = chartSpecOf(ask('poverty rate Bac Kan over the years'));
    expect(english?.language).toBe('en');
    expect(english?.title).toMatch(/over the years/);
    expect(english?.points.map((point) => point.display)).toContain('17.02%');
    expect(english?.points.map((point) => point.category)).toContain('2021');
  });
});

describe('a comparison', () => {
  test('the same measure of two provinces: one bar per cited fact, each labelled with its place and period', () => {
    const asked = ask('so sánh tỷ lệ hộ nghèo Bắc Kạn và Lạng Sơn');
    const spec = chartSpecOf(asked);
    expect(spec?.kind).toBe('comparison');
    expect(spec?.points.map((point) => point.fact)).toEqual(asked.facts);
    for (const point of spec?.points ?? []) {
      expect(point.category).toContain(point.fact.province);
      expect(point.category.toLowerCase()).toContain(point.fact.period?.toLowerCase());
    }
  });

  test('provinces whose rates are under different standards are told apart and the chart says so', () => {
    const spec = chartSpecOf(ask('tỷ lệ hộ nghèo các tỉnh'));
    expect(spec?.kind).toBe('comparison');
    expect(new Set(spec?.points.map((point) => point.standard)).size).toBe(2);
    expect(spec?.notes.join(' ')).toMatch(/chuẩn nghèo khác nhau/);
  });

  test('a total and its parts are charted as parts, the total first', () => {
    const asked = ask('dự án sản xuất Bắc Kạn');
    const spec = chartSpecOf(asked);
    expect(spec?.kind).toBe('parts');
    expect(spec?.points[0]?.fact.part).toBe('total');
    expect(spec?.points.slice(1).every((point) => point.fact.part === 'part')).toBe(true);
    expect(spec?.points.slice(1).map((point) => point.category)).not.toContain('trong đó');
  });
});

test('an answer with no series and no comparison has no chart', () => {
  expect(chartSpecOf(ask('tỷ lệ hộ nghèo Bắc Kạn'))).toBeUndefined();
  expect(chartSpecOf(ask('xin chào'))).toBeUndefined();
  expect(ask('xin chào').chart).toBe(false);
});

describe('the caption', () => {
  test('names each source once with its title, publisher and date', () => {
    const spec = chartSpecOf(ask('so sánh tỷ lệ hộ nghèo Bắc Kạn và Lạng Sơn'));
    const caption = spec?.caption ?? '';
    expect(caption.startsWith(spec?.title ?? '?')).toBe(true);
    expect(caption).toContain('«Bắc Kạn: Tập trung hỗ trợ vùng “lõi nghèo”», Báo Lao động và Xã hội, 27/07/2024');
    expect(caption).toContain('«Lạng Sơn: Nỗ lực bứt phá để giảm nghèo bền vững»');
  });

  test('fits Telegram’s 1,024 characters, cut at a word, and counts the sources left out', () => {
    // Every figure of several topics across the provinces: more sources than a caption holds.
    const facts = [
      'tỷ lệ hộ nghèo các tỉnh',
      'vay vốn các tỉnh',
      'nhà ở các tỉnh',
      'BHYT các tỉnh',
      'việc làm các tỉnh',
    ].flatMap((question) => ask(question).facts);
    const sources = new Set(facts.map((fact) => fact.source.id));
    const title = 'Tỷ lệ hộ nghèo, vay vốn, nhà ở, bảo hiểm y tế và việc làm — so sánh các tỉnh '.repeat(2);
    for (const length of [1, 2, 3, 5, 10, 30]) {
      const manyTitles = facts.map((fact) => ({
        ...fact,
        source: { ...fact.source, title: `${fact.source.title} `.repeat(length).trim() },
      }));
      const caption = captionOf(title, manyTitles, 'vi');
      expect(caption.length).toBeLessThanOrEqual(maxCaptionLength);
      const listed = caption.match(/^\[\d+\]/gmu)?.length ?? 0;
      const left = Number(caption.match(/… và (\d+) nguồn khác$/u)?.[1] ?? 0);
      expect(listed + left).toBe(sources.size);
      // Cut at a word: a shortened line ends with "…" right after a whole word.
      for (const line of caption.split('\n'))
        if (line.endsWith('…') && !line.startsWith('…')) expect(line).toMatch(/\S…$/u);
    }
  });
});
