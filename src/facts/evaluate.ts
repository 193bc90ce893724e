import { z } from 'zod';
import type { KnowledgeEntry } from '../knowledge/entry.js';
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

export interface FactEvaluation {
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
