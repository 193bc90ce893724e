import { extractFacts } from '../../src/facts/extract.js';
import type { Fact } from '../../src/facts/fact.js';
import { buildKnowledgeBase } from '../../src/knowledge/base.js';
import type { KnowledgeEntry } from '../../src/knowledge/entry.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { knowledgeFolder } from '../helpers.js';

const { gazetteer } = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));

/**
 * The facts of an article written for a test (sentences invented, none taken from the knowledge), as
 * a province the knowledge lacks: the rules must hold for articles they have never seen.
 */
export function factsOf(body: string): Fact[] {
  const entry: KnowledgeEntry = {
    id: 'thu-nghiem',
    kind: 'article',
    title: 'Bài thử nghiệm',
    publisher: null,
    author: null,
    published: null,
    provinces: ['Hà Giang'],
    source: 'thu-nghiem.txt',
    file: 'articles/thu-nghiem.md',
    body,
  };
  return extractFacts(entry, gazetteer);
}
