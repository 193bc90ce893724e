import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/fact.js';
import type { IndicatorId } from '../facts/indicators.js';
import type { KnowledgeEntry } from './entry.js';
import type { Knowledge } from './load.js';

/** The knowledge with every figure extracted and indexed: what the answering core works on. */
export interface KnowledgeBase extends Knowledge {
  readonly facts: readonly Fact[];
  readonly entriesById: ReadonlyMap<string, KnowledgeEntry>;
  /** Facts by their (pre-2025) province: lookups never scan the whole base. */
  readonly factsByProvince: ReadonlyMap<string, readonly Fact[]>;
  readonly factsByIndicator: ReadonlyMap<IndicatorId, readonly Fact[]>;
  readonly factsByEntry: ReadonlyMap<string, readonly Fact[]>;
  /** Provinces with at least one figure, sorted the Vietnamese way. */
  readonly provincesWithFacts: readonly string[];
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  return indexKnowledge(
    knowledge,
    knowledge.entries.flatMap((entry) => extractFacts(entry, knowledge.gazetteer)),
  );
}

/** Adds the lookup maps to knowledge whose facts are already extracted (built or restored). */
export function indexKnowledge(knowledge: Knowledge, facts: readonly Fact[]): KnowledgeBase {
  const group = <K>(key: (fact: Fact) => K | null) => {
    const map = new Map<K, Fact[]>();
    for (const fact of facts) {
      const value = key(fact);
      if (value === null) continue;
      const list = map.get(value);
      if (list) list.push(fact);
      else map.set(value, [fact]);
    }
    return map;
  };
  const factsByProvince = group((fact) => fact.province);
  return {
    ...knowledge,
    facts,
    entriesById: new Map(knowledge.entries.map((entry) => [entry.id, entry])),
    factsByProvince,
    factsByIndicator: group((fact) => fact.indicator),
    factsByEntry: group((fact) => fact.citation.entryId),
    provincesWithFacts: [...factsByProvince.keys()].sort((a, b) => a.localeCompare(b, 'vi')),
  };
}
