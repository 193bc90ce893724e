import { z } from 'zod';
import { intentNames } from './intents.js';

const sourceSchema = z.object({
  /** Knowledge entry id. */
  id: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  /** ISO date (or date-time) of publication, null where the page shows none. */
  date: z.string().nullable(),
  /** The sentence (or passage) the figure or answer was read from, verbatim. */
  quote: z.string(),
});

/** One cited figure of an answer. */
export const answerFactSchema = z.object({
  province: z.string(),
  indicator: z.string(),
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  raw: z.string(),
  period: z.string().nullable(),
  /** What part of the whole the figure counts, as labels in the answer's language ("cấp tỉnh", "huyện Ngân Sơn"). */
  counts: z.array(z.string()),
  source: sourceSchema,
  /** An actual figure, or an estimate, a target or a plan: a chart draws those apart. */
  status: z.enum(['actual', 'estimate', 'target', 'plan']),
  /** The years of `period` (both the same for one year), null where it names none: a chart's order and poverty standard. */
  years: z.object({ from: z.number().int().nullable(), to: z.number().int().nullable() }).nullable(),
  /** The total of parts stated beside it, or one of those parts: a chart of the parts of a total. */
  part: z.enum(['total', 'part']).nullable(),
});

/**
 * The answer contract shared by the bot, the console chat and `npm run ask -- --json`. Stable:
 * fields may be added, never renamed or removed.
 */
export const answerSchema = z.object({
  /** The question as read (NFC, markup removed). */
  text: z.string(),
  intent: z.enum(intentNames),
  /** Canonical names of the places asked about, as the user named them ("An Giang" stays "An Giang"). */
  provinces: z.array(z.string()),
  year: z.number().int().nullable(),
  /** Only the figures that answer the question, the one the first line states first: empty for "no data" and out of scope. */
  facts: z.array(answerFactSchema),
  /** The plain text a user reads. */
  answer: z.string(),
  /** Language of the answer. */
  language: z.enum(['vi', 'en']),
  /** Passages cited when the answer is an explanation rather than a figure. */
  passages: z.array(z.object({ province: z.string().nullable(), text: z.string(), source: sourceSchema })),
  /** Former districts asked about, and the sub-group, kept for follow-up questions. */
  districts: z.array(z.string()),
  subject: z.string().nullable(),
  /** Whether the question asked how much something fell or rose, kept for follow-ups ("năm 2022 thì sao?"). */
  change: z.boolean(),
  /** Policies the answer is about (catalogue ids, `npm run policies`), kept for follow-ups ("còn Lạng Sơn?"). */
  policies: z.array(z.string()),
  /** The measure (indicator id) of the figure the first line states (the first of `facts`), kept for follow-ups ("cấp huyện thì sao?"). */
  measure: z.string().nullable(),
  /**
   * Whether the question asked for a chart ("vẽ biểu đồ", "chart"): the bot and the console then send
   * it (src/chart/). Optional so answers saved before it still parse; `answer()` always sets it.
   */
  chart: z.boolean().optional(),
});

export type Answer = z.infer<typeof answerSchema>;
export type AnswerFact = z.infer<typeof answerFactSchema>;
