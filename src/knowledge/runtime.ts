import type { AnswerContext } from '../answer/answer.js';
import { buildPassageIndex } from '../answer/passages.js';
import { buildKnowledgeBase } from './base.js';
import { loadKnowledge } from './load.js';

/** Loads, validates and indexes the knowledge folder: everything answering needs, or a clear error. */
export async function loadAnswerContext(folder: string): Promise<Omit<AnswerContext, 'previous'>> {
  const base = buildKnowledgeBase(await loadKnowledge(folder));
  return { base, index: buildPassageIndex(base.entries) };
}
