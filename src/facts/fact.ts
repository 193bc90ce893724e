import { z } from 'zod';
import { type IndicatorId, indicatorIds } from './indicators.js';
import { type FactKind, kindValues, levels, partValues } from './qualifiers.js';

const periodSchema = z.object({
  /** As written in the text ("cuối năm 2023", "2021-2024", "đến hết ngày 31/5/2024"). */
  text: z.string(),
  from: z.number().int().nullable(),
  to: z.number().int().nullable(),
  point: z.enum(['end', 'start', 'date']).nullable(),
});

export const factSchema = z.object({
  /** Stable within a knowledge base: entry id and the figure's offset in the body. */
  id: z.string(),
  /** Canonical pre-2025 province, "Việt Nam" for national figures, null where the text names no place. */
  province: z.string().nullable(),
  /** Former districts the figure is about ("Pác Nặm"), when the sentence ties it to them. */
  districts: z.array(z.string()),
  /** A starting level a change is measured from ("giảm từ 27,37% xuống còn …"): shown only for trends. */
  baseline: z.boolean(),
  indicator: z.enum(indicatorIds as [IndicatorId, ...IndicatorId[]]),
  /** Who or what is counted ("hộ nghèo", "hộ cận nghèo", "huyện nghèo", "hộ dân tộc thiểu số"). */
  subject: z.string().nullable(),
  value: z.number(),
  /** The unit as written ("lượt hộ", "triệu đồng", "%"). */
  unit: z.string(),
  /** The value in the unit's base (VND for money), where there is one. */
  normalized: z.object({ value: z.number(), unit: z.string() }).nullable(),
  /** The figure exactly as in the text ("51.020 triệu đồng", "1,28%"). */
  raw: z.string(),
  period: periodSchema.nullable(),
  status: z.enum(['actual', 'estimate', 'target', 'plan']),
  /** "trên", "hơn", "gần", "khoảng", "tối thiểu" as written before the figure. */
  qualifier: z.string().nullable(),
  /** For a fall or rise: the levels it went from and to, and whether it is in percentage points. */
  change: z
    .object({
      direction: z.enum(['down', 'up']),
      from: z.number().nullable(),
      to: z.number().nullable(),
      percentagePoints: z.boolean(),
    })
    .nullable(),
  /** For "15,636/86,687 tỷ đồng": this figure's side, and the other side's value. */
  ratio: z.object({ role: z.enum(['achieved', 'planned']), other: z.number() }).nullable(),
  /** The administrative level the figure is about ("cấp tỉnh", "cấp huyện và xã", "các cấp"). */
  level: z.enum(levels).nullable(),
  /**
   * For capital: its budget year, "2022_carried" for a year's capital carried into the next, or
   * "2023_with_carried" for a year's figure that includes capital carried into it.
   */
  vintage: z
    .string()
    .regex(/^\d{4}(?:_carried|_with_carried)?$/)
    .nullable(),
  /** What kind of the counted thing ("maintenance", "value_chain", "out_of_province", "decision:167"). */
  kind: z
    .union([z.enum(kindValues), z.string().regex(/^decision:\d+$/)])
    .transform((kind) => kind as FactKind)
    .nullable(),
  /** The total of parts listed beside it ("369 dự án, trong đó …"), or one of those parts. */
  part: z.enum(partValues).nullable(),
  citation: z.object({
    entryId: z.string(),
    kind: z.enum(['article', 'summary']),
    title: z.string(),
    publisher: z.string().nullable(),
    published: z.string().nullable(),
    /** The sentence that contains `raw`, verbatim from the body. */
    quote: z.string(),
    /** Offsets of the quote in the entry's body. */
    start: z.number().int(),
    end: z.number().int(),
  }),
});

export type Fact = z.infer<typeof factSchema>;
export type FactPeriod = NonNullable<Fact['period']>;
