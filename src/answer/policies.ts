import type { KnowledgeBase } from '../knowledge/base.js';
import { buildPolicyCatalogue, type PolicyCatalogue } from '../policies/catalogue.js';

/** The policy catalogue of a knowledge base, built on the first question that needs it and kept with the base. */
export function policyCatalogue(base: KnowledgeBase): PolicyCatalogue {
  let catalogue = catalogues.get(base);
  if (!catalogue) catalogues.set(base, (catalogue = buildPolicyCatalogue(base.entries, base.policyNames)));
  return catalogue;
}

const catalogues = new WeakMap<KnowledgeBase, PolicyCatalogue>();
