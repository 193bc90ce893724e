import type { TopLevelSpec } from 'vega-lite';
import { templates } from '../answer/templates.js';
import type { ChartSpec } from './spec.js';

/** The family name of the font the renderer loads (src/chart/draw.ts): every text of a chart uses it. */
export const chartFont = 'Noto Sans';

/** The colour of a measure's figures; estimates, targets and plans are this outline, white inside. */
const ink = '#3a6ea5';
/** Colours of the groups a chart tells apart (places of a series, poverty standards of a comparison). */
const groupColours = ['#3a6ea5', '#d9822b', '#3b8c5a', '#a14a76', '#6b6b6b', '#8c6d31'];
const hollowFill = '#ffffff';

/**
 * Numbers the Vietnamese way on a Vietnamese chart's axis ("1.234,5"), as Intl 'vi-VN' writes them;
 * the figures' own labels are already written by the answer's number formatting.
 */
const vietnameseNumbers = { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' đ'] as [string, string] };

/**
 * The vega-lite chart of a chart spec. Pure: the same spec gives the same chart. A series is a line
 * per place and poverty standard (points of two standards are never joined) with a point per
 * figure; a comparison or the parts of a total a horizontal bar per figure. Figures that are not
 * actual are hollow (and dashed, for bars), and the legend says what hollow means.
 */
export function vegaLiteOf(spec: ChartSpec): TopLevelSpec {
  const t = templates[spec.language].chart;
  const statuses = [...new Set(spec.points.map((point) => point.statusLabel))];
  const actual = spec.points.find((point) => !point.hollow)?.statusLabel;
  const values = spec.points.map((point, order) => ({
    order,
    category: point.category,
    value: point.fact.value,
    display: point.display,
    hollow: point.hollow,
    status: point.statusLabel,
    standard: point.standard ?? '',
    place: point.fact.province,
    line: point.line,
  }));
  const standards = [...new Set(values.map((value) => value.standard))];
  const places = [...new Set(values.map((value) => value.place))];
  // One colour unless the chart has groups to tell apart: places of a series, standards otherwise.
  const group =
    spec.kind === 'series' && places.length > 1
      ? { field: 'place', title: t.place, domain: places }
      : spec.kind !== 'series' && standards.length > 1
        ? { field: 'standard', title: t.standard, domain: standards }
        : null;
  const stroke = group
    ? {
        field: group.field,
        type: 'nominal' as const,
        title: group.title,
        scale: { domain: group.domain, range: groupColours },
      }
    : { value: ink };
  const fill = {
    field: 'status',
    type: 'nominal' as const,
    title: t.figure,
    scale: { domain: statuses, range: statuses.map((status) => (status === actual ? ink : hollowFill)) },
    legend: { symbolStrokeColor: ink, symbolStrokeWidth: 1.5 },
  };
  const category = {
    field: 'category',
    type: 'ordinal' as const,
    sort: { field: 'order', op: 'min' as const },
    title: spec.categoryTitle,
  };
  const value = { field: 'value', type: 'quantitative' as const, title: spec.valueTitle };
  const common = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    background: 'white',
    padding: 16,
    title: {
      text: spec.title,
      ...(spec.notes.length > 0 ? { subtitle: [...spec.notes] } : {}),
      anchor: 'start' as const,
      fontSize: 17,
      subtitleFontSize: 12,
      subtitleColor: '#7a4b00',
      offset: 14,
    },
    config: {
      font: chartFont,
      ...(spec.language === 'vi' ? { locale: { number: vietnameseNumbers } } : {}),
      axis: { labelFontSize: 12, titleFontSize: 12, labelLimit: 420 },
      legend: {
        orient: 'bottom' as const,
        direction: 'vertical' as const,
        labelFontSize: 12,
        titleFontSize: 12,
        labelLimit: 420,
        symbolFillColor: hollowFill,
      },
      view: { stroke: null },
    },
    data: { values },
  };
  if (spec.kind === 'series') {
    const x = { ...category, axis: { labelAngle: 0, labelPadding: 6 } };
    return {
      ...common,
      width: Math.max(420, 120 * new Set(values.map((value) => value.category)).size),
      height: 300,
      encoding: { x, y: value },
      layer: [
        // `detail` draws one line per place and standard: a change of standard leaves a gap.
        { mark: { type: 'line', strokeWidth: 2.5 }, encoding: { detail: { field: 'line' }, stroke } },
        {
          mark: { type: 'point', size: 110, strokeWidth: 2.5, opacity: 1 },
          encoding: {
            fill,
            stroke,
            ...(standards.length > 1
              ? {
                  shape: {
                    field: 'standard',
                    type: 'nominal' as const,
                    title: t.standard,
                    scale: { domain: standards, range: ['circle', 'square', 'diamond', 'triangle-up'] },
                  },
                }
              : {}),
          },
        },
        { mark: { type: 'text', dy: -15, fontSize: 12 }, encoding: { text: { field: 'display' } } },
      ],
    };
  }
  const y = { ...category, axis: { labelPadding: 6 } };
  return {
    ...common,
    width: 460,
    height: { step: 34 },
    encoding: { y, x: value },
    layer: [
      {
        mark: { type: 'bar', strokeWidth: 2, height: { band: 0.7 } },
        encoding: {
          fill,
          stroke,
          strokeDash: { condition: { test: 'datum.hollow', value: [5, 3] }, value: [1, 0] },
        },
      },
      { mark: { type: 'text', align: 'left', dx: 5, fontSize: 12 }, encoding: { text: { field: 'display' } } },
    ],
  };
}
