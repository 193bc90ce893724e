import { z } from 'zod';
import type { KnowledgeEntry } from '../knowledge/entry.js';
import { foldPhrase } from '../text/words.js';
import type { Fact } from './fact.js';

/** One statistic of the hand-made gold annotation (`test/fixtures/gold-facts.json`). */
export const goldFactSchema = z.object({
  source: z.string(),
  teaser: z.string().nullable(),
  raw: z.string(),
  value: z.number(),
  unit: z.string(),
  province: z.string().nullable(),
  indicator: z.string(),
  subject: z.string().nullable(),
  period: z.string().nullable(),
  year: z.number().nullable(),
  status: z.enum(['actual', 'estimate', 'target', 'plan']),
  sentence: z.string(),
});
export type GoldFact = z.infer<typeof goldFactSchema>;

export interface Score {
  readonly expected: number;
  readonly found: number;
  readonly matched: number;
  readonly precision: number;
  readonly recall: number;
}

/**
 * The qualifiers of one gold statistic (`test/fixtures/gold-qualifiers.json`), in the order of
 * `gold-facts.json`: which part of a whole it counts, annotated from the article by hand.
 */
export const goldQualifierSchema = z.object({
  source: z.string(),
  teaser: z.string().nullable(),
  raw: z.string(),
  sentence: z.string(),
  districts: z.array(z.string()),
  level: z.string().nullable(),
  vintage: z.string().nullable(),
  kind: z.string().nullable(),
  part: z.string().nullable(),
  note: z.string().nullable().optional(),
});
export type GoldQualifier = z.infer<typeof goldQualifierSchema>;

export const qualifierFields = ['districts', 'level', 'vintage', 'kind', 'part'] as const;
export type QualifierField = (typeof qualifierFields)[number];

/** A field's predictions (non-null, non-empty values) against the gold's non-null values. */
export interface FieldScore {
  readonly predicted: number;
  readonly gold: number;
  readonly right: number;
  readonly precision: number;
  readonly recall: number;
}

export interface QualifierEvaluation {
  readonly byField: Readonly<Record<QualifierField, FieldScore>>;
  /** Every figure where a field differs from the gold: what was read, what the gold says. */
  readonly differences: readonly {
    readonly gold: GoldQualifier;
    readonly fact: Fact | null;
    readonly field: QualifierField;
    readonly expected: string;
    readonly found: string;
  }[];
}

export interface FactEvaluation {
  /** Each gold statistic with the fact it matched, in the gold's order (null for a miss). */
  readonly pairs: readonly { readonly gold: GoldFact; readonly fact: Fact | null }[];
  readonly overall: Score;
  readonly byEntry: ReadonlyMap<string, Score>;
  readonly byIndicator: ReadonlyMap<string, Score>;
  /** Among matched figures, how often indicator, year and status agree with the gold. */
  readonly agreement: { readonly indicator: number; readonly year: number; readonly status: number };
  readonly misses: readonly GoldFact[];
  readonly falseFacts: readonly Fact[];
  readonly disagreements: readonly {
    readonly gold: GoldFact;
    readonly fact: Fact;
    readonly fields: readonly string[];
  }[];
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Compares extracted facts with the gold annotation. A figure matches when it is in the same entry
 * with the same value, unit and province; indicator, year and status are then compared separately,
 * and per-indicator scores count a figure only when its indicator agrees too.
 */
export function evaluateFacts(
  gold: readonly GoldFact[],
  facts: readonly Fact[],
  entries: readonly KnowledgeEntry[],
): FactEvaluation {
  const entryOf = (item: GoldFact) =>
    entries.find(
      (entry) =>
        entry.source === item.source &&
        (item.teaser === null
          ? entry.kind === 'article'
          : entry.kind === 'summary' && squash(entry.title) === squash(item.teaser)),
    )?.id ?? `(no entry for ${item.source} ${item.teaser ?? ''})`;
  const unmatched = new Set(facts);
  const pairs: { gold: GoldFact; fact: Fact }[] = [];
  const inOrder: { gold: GoldFact; fact: Fact | null }[] = [];
  const misses: GoldFact[] = [];
  for (const item of gold) {
    const entryId = entryOf(item);
    const candidates = [...unmatched].filter(
      (fact) =>
        fact.citation.entryId === entryId &&
        fact.value === item.value &&
        squash(fact.unit) === squash(item.unit) &&
        fact.province === item.province,
    );
    const fact = candidates.find((f) => squash(f.citation.quote) === squash(item.sentence)) ?? candidates[0];
    if (fact) {
      unmatched.delete(fact);
      pairs.push({ gold: item, fact });
    } else {
      misses.push(item);
    }
    inOrder.push({ gold: item, fact: fact ?? null });
  }
  const falseFacts = [...unmatched];
  const disagreements = pairs
    .map(({ gold: g, fact }) => ({
      gold: g,
      fact,
      fields: [
        g.indicator !== fact.indicator ? 'indicator' : '',
        g.year !== (fact.period?.to ?? null) ? 'year' : '',
        g.status !== fact.status ? 'status' : '',
      ].filter(Boolean),
    }))
    .filter((d) => d.fields.length > 0);
  const agreeing = (field: string) =>
    1 - disagreements.filter((d) => d.fields.includes(field)).length / Math.max(1, pairs.length);

  const byEntry = new Map<string, Score>();
  for (const entryId of new Set([...gold.map(entryOf), ...facts.map((f) => f.citation.entryId)])) {
    byEntry.set(
      entryId,
      score(
        gold.filter((g) => entryOf(g) === entryId).length,
        facts.filter((f) => f.citation.entryId === entryId).length,
        pairs.filter((p) => p.fact.citation.entryId === entryId).length,
      ),
    );
  }
  const byIndicator = new Map<string, Score>();
  for (const indicator of new Set([...gold.map((g) => g.indicator), ...facts.map((f) => f.indicator)])) {
    byIndicator.set(
      indicator,
      score(
        gold.filter((g) => g.indicator === indicator).length,
        facts.filter((f) => f.indicator === indicator).length,
        pairs.filter((p) => p.gold.indicator === indicator && p.fact.indicator === indicator).length,
      ),
    );
  }
  return {
    pairs: inOrder,
    overall: score(gold.length, facts.length, pairs.length),
    byEntry,
    byIndicator,
    agreement: { indicator: agreeing('indicator'), year: agreeing('year'), status: agreeing('status') },
    misses,
    falseFacts,
    disagreements,
  };
}

function score(expected: number, found: number, matched: number): Score {
  return {
    expected,
    found,
    matched,
    precision: found === 0 ? (expected === 0 ? 1 : 0) : matched / found,
    recall: expected === 0 ? 1 : matched / expected,
  };
}

/** A field's value as compared: districts as a set of folded names ("huyện Pác Nặm" = "Pác Nặm"). */
function comparable(field: QualifierField, value: unknown): string {
  if (field === 'districts') {
    const names = (value as readonly string[]).map((name) => foldPhrase(name).replace(/^huyen /, ''));
    return [...new Set(names)].sort().join('|');
  }
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Compares the facts' qualifiers with the gold qualifiers, figure by figure (the gold qualifiers
 * follow the gold facts' order; `evaluation` pairs each gold fact with the fact it matched). A value
 * counts as a prediction when non-null and non-empty; facts no gold statistic matched count their
 * predictions as wrong, and gold statistics no fact matched count their values as missed.
 */
export function evaluateQualifiers(gold: readonly GoldQualifier[], evaluation: FactEvaluation): QualifierEvaluation {
  if (gold.length !== evaluation.pairs.length)
    throw new Error(`${gold.length} gold qualifiers for ${evaluation.pairs.length} gold facts`);
  const differences: QualifierEvaluation['differences'][number][] = [];
  const byField = Object.fromEntries(
    qualifierFields.map((field) => {
      let predicted = 0;
      let expected = 0;
      let right = 0;
      evaluation.pairs.forEach(({ gold: goldFact, fact }, index) => {
        const item = gold[index];
        if (!item) return;
        if (squash(item.raw) !== squash(goldFact.raw))
          throw new Error(`gold qualifier ${index} is for ${item.raw}, gold fact ${index} for ${goldFact.raw}`);
        const want = comparable(field, item[field]);
        const got = fact ? comparable(field, fact[field]) : '';
        if (got) predicted += 1;
        if (want) expected += 1;
        if (got && got === want) right += 1;
        if (got !== want) differences.push({ gold: item, fact, field, expected: want, found: got });
      });
      for (const fact of evaluation.falseFacts) if (comparable(field, fact[field])) predicted += 1;
      const fieldScore: FieldScore = {
        predicted,
        gold: expected,
        right,
        precision: predicted === 0 ? (expected === 0 ? 1 : 0) : right / predicted,
        recall: expected === 0 ? 1 : right / expected,
      };
      return [field, fieldScore];
    }),
  ) as Record<QualifierField, FieldScore>;
  return { byField, differences };
}
