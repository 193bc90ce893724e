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
  readonly factsByDistrict: ReadonlyMap<string, readonly Fact[]>;
  /** Facts of one province and indicator: the answer reads only what the question is about. */
  readonly factsByProvinceIndicator: ReadonlyMap<string, readonly Fact[]>;
  /** Each fact's position in the knowledge, to keep the text's order after a lookup. */
  readonly factOrder: ReadonlyMap<Fact, number>;
  /** Provinces with at least one figure, sorted the Vietnamese way. */
  readonly provincesWithFacts: readonly string[];
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  return indexKnowledge(
    knowledge,
    knowledge.entries.flatMap((entry) => extractFacts(entry, knowledge.gazetteer)),
  );
}

export const provinceIndicatorKey = (province: string, indicator: IndicatorId) => `${province}\u0000${indicator}`;

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
  const groupMany = (keys: (fact: Fact) => readonly string[]) => {
    const map = new Map<string, Fact[]>();
    for (const fact of facts) {
      for (const key of keys(fact)) {
        const list = map.get(key);
        if (list) list.push(fact);
        else map.set(key, [fact]);
      }
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
    factsByDistrict: groupMany((fact) => fact.districts),
    factsByProvinceIndicator: group((fact) => (fact.province ? provinceIndicatorKey(fact.province, fact.indicator) : null)),
    factOrder: new Map(facts.map((fact, index) => [fact, index])),
    provincesWithFacts: [...factsByProvince.keys()].sort((a, b) => a.localeCompare(b, 'vi')),
  };
}
