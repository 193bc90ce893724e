import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, test } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { chartSvg, drawChart, pixelRatio, pngOfSvg } from '../../src/chart/draw.js';
import { ChartRendererClosedError, createChartRenderer } from '../../src/chart/render.js';
import { type ChartSpec, chartSpecOf } from '../../src/chart/spec.js';
import { context } from '../answer/context.js';

const chartOf = (question: string): ChartSpec => {
  const spec = chartSpecOf(answer(question, context));
  if (!spec) throw new Error(`no chart for ${question}`);
  return spec;
};
const series = chartOf('vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn');
const svgSize = (svg: string) => {
  const [, width, height] = svg.match(/<svg[^>]* width="(\d+)" height="(\d+)"/u) ?? [];
  return { width: Number(width), height: Number(height) };
};

describe('drawing', () => {
  test('the PNG decodes and is the SVG chart’s size at the pixel ratio', async () => {
    const svg = await chartSvg(series);
    const png = PNG.sync.read(Buffer.from(pngOfSvg(svg)));
    const { width, height } = svgSize(svg);
    expect(width).toBeGreaterThan(300);
    // A fractional size is rounded to whole pixels.
    expect(Math.abs(png.width - width * pixelRatio)).toBeLessThanOrEqual(1);
    expect(Math.abs(png.height - height * pixelRatio)).toBeLessThanOrEqual(1);
  });

  test('a standard change draws two separate lines, never one across it', async () => {
    const svg = await chartSvg(series);
    // One path per line: 2021 alone (old standard), 2022–2024 joined (new standard).
    const paths = [...svg.matchAll(/aria-roledescription="line mark" d="([^"]*)"/gu)].map(([, d]) => d ?? '');
    expect(paths.map((d) => d.split(/[ML]/u).filter(Boolean).length)).toEqual([1, 3]);
  });

  test('an estimate is drawn hollow and the legend names it', async () => {
    const svg = await chartSvg(series);
    const symbols = svg.match(/<g class="mark-symbol role-mark[^"]*"[^>]*>(.*?)<\/g>/u)?.[1] ?? '';
    const fills = symbols.match(/fill="[^"]+"/gu) ?? [];
    expect(fills.filter((fill) => fill === 'fill="#ffffff"')).toHaveLength(1);
    expect(fills.length).toBe(series.points.length);
    expect(svg).toContain('ước tính (điểm, cột rỗng)');
  });

  test('every point’s period is on the axis and the numbers are Vietnamese', async () => {
    const svg = await chartSvg(series);
    for (const point of series.points) expect(svg).toContain(`>${point.category}<`);
    expect(svg).toContain('>24,71%<');
  });

  test('Vietnamese letters are drawn by the shipped font: "ộ" differs from "o", and with no font neither is drawn', async () => {
    const svgWith = async (letter: string) => chartSvg({ ...series, title: `H${letter} nghèo` });
    const [dotted, plain] = await Promise.all([svgWith('ộ'), svgWith('o')]);
    expect(Buffer.from(pngOfSvg(dotted)).equals(Buffer.from(pngOfSvg(plain)))).toBe(false);
    const { Resvg } = await import('@resvg/resvg-js');
    const fontless = (svg: string) =>
      new Resvg(svg.replace(/H[ộo] nghèo/u, 'ộ'), { font: { fontFiles: [], loadSystemFonts: false } }).render().pixels;
    const withoutFont = fontless(dotted);
    expect(withoutFont.equals(fontless(plain.replace('Ho nghèo', 'Hộ nghèo')))).toBe(true);
  });
});

describe('the renderer', () => {
  const renderer = createChartRenderer({ cacheSize: 4 });
  afterAll(() => renderer.close());

  test('draws in its worker what drawing on this thread draws', async () => {
    const [off, on] = await Promise.all([renderer.render(series), drawChart(series)]);
    expect(Buffer.from(off).equals(Buffer.from(on))).toBe(true);
  });

  test('serves an identical chart from its cache: the same bytes, not drawn again', async () => {
    const comparison = chartOf('so sánh tỷ lệ hộ nghèo Bắc Kạn và Lạng Sơn');
    const first = await renderer.render(comparison);
    const drawn = renderer.stats.drawn;
    const second = await renderer.render(structuredClone(comparison));
    expect(renderer.stats.drawn).toBe(drawn);
    expect(renderer.stats.cached).toBeGreaterThan(0);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  test('keeps at most its cache size of charts', async () => {
    const small = createChartRenderer({ cacheSize: 1 });
    try {
      const other = chartOf('tỷ lệ hộ nghèo các tỉnh');
      await small.render(series);
      await small.render(other);
      await small.render(series);
      expect(small.stats).toEqual({ drawn: 3, cached: 0 });
    } finally {
      await small.close();
    }
  });

  test('once closed, rejects charts in flight and new ones', async () => {
    const closing = createChartRenderer();
    const inFlight = expect(closing.render(chartOf('dự án sản xuất Bắc Kạn'))).rejects.toBeInstanceOf(
      ChartRendererClosedError,
    );
    await closing.close();
    await inFlight;
    await expect(closing.render(series)).rejects.toBeInstanceOf(ChartRendererClosedError);
    await closing.close();
  });
});

test('an idle renderer never keeps a process alive, even if it is never closed', async () => {
  const script = `
    import { answer } from './src/answer/answer.js';
    import { createChartRenderer } from './src/chart/render.js';
    import { chartSpecOf } from './src/chart/spec.js';
    import { loadAnswerContext } from './src/knowledge/runtime.js';
    const context = await loadAnswerContext('knowledge');
    const png = await createChartRenderer().render(chartSpecOf(answer('vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn', context)));
    console.log(png.length);
  `;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      timeout: 20_000,
    },
  );
  expect(Number(stdout.trim())).toBeGreaterThan(1000);
});
