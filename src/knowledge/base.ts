import { extractFacts } from '../facts/extract.js';
import type { Fact } from '../facts/fact.js';
import type { Knowledge } from './load.js';

/** The knowledge with every figure extracted: what the answering core works on. */
export interface KnowledgeBase extends Knowledge {
  readonly facts: readonly Fact[];
}

export function buildKnowledgeBase(knowledge: Knowledge): KnowledgeBase {
  return {
    ...knowledge,
    facts: knowledge.entries.flatMap((entry) => extractFacts(entry, knowledge.gazetteer)),
  };
}
