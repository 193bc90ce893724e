import type { Fact } from '../../facts/fact.js';
import { coveredProvinces } from '../../places/gazetteer.js';
import type { AnswerContext } from '../answer.js';
import type { Block, Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import { provinceIndicatorKey } from '../../knowledge/base.js';
import type { Plan } from '../plan.js';
import { templates } from '../templates.js';
import { topicRegistry } from '../topics.js';
import { intentNames } from '../intent-names.js';

type SupportPlan = Extract<Plan, { kind: 'support' }>;

/** Topics that are not a measure of support: the picture, the targets, the difficulties. */
const notMeasures = new Set(['poverty_rate', 'targets', 'challenges', 'overview', 'budget']);

/**
 * What support a group gets, as the articles report it: one line per measure (each topic the
 * registry names a measure: loans, health insurance, tuition, housing, jobs, infrastructure,
 * livelihoods), each with one cited figure of the group asked (the poor by default) — in the place
 * asked, or in any province — and the sentence it was read from, quoted.
 */
export function supportRoute(plan: SupportPlan, context: AnswerContext, language: Language): Composition {
  const { base } = context;
  const t = templates[language];
  const group = plan.request.subject ?? 'hộ nghèo';
  const provinces = plan.place ? coveredProvinces(base.gazetteer, plan.place.name) : base.provincesWithFacts;
  const blocks: Block[] = [];
  const facts: Fact[] = [];
  for (const intent of intentNames) {
    const { shows, label } = topicRegistry[intent];
    if (!shows || notMeasures.has(intent)) continue;
    const candidates = provinces.flatMap((province) =>
      shows.flatMap((id) => base.factsByProvinceIndicator.get(provinceIndicatorKey(province, id)) ?? []),
    );
    const settled = candidates.filter((fact) => fact.status === 'actual' && !fact.baseline);
    const ofGroup = settled.filter((fact) => fact.subject === group || fact.citation.quote.includes(group));
    const [example] = ofGroup.length > 0 ? ofGroup : plan.request.subject ? [] : settled;
    if (!example) continue;
    facts.push(example);
    blocks.push({ kind: 'quotedFact', heading: label[language], fact: example });
  }
  if (blocks.length === 0)
    return { blocks: [{ kind: 'text', text: t.noTopicAnywhere(t.topic.overview) }], facts, passages: [] };
  return {
    blocks: [{ kind: 'text', text: t.support(group, plan.place?.name ?? null) }, ...blocks],
    facts,
    passages: [],
  };
}
