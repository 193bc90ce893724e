import type { AnswerContext } from '../answer.js';
import type { Block, Composition } from '../blocks.js';
import { cautions, type Language } from '../compose.js';
import type { Fact } from '../../facts/fact.js';
import { indicators } from '../../facts/indicators.js';
import { factsForPlace, type Ranking, rankProvinces } from '../lookup.js';
import { askedFact } from './figures.js';
import type { Plan } from '../plan.js';
import { templates } from '../templates.js';
import { intentIndicators } from '../topics.js';
import { distinctivePassage, quoted } from './passages.js';

type TablePlan = Extract<Plan, { kind: 'table' }>;

/**
 * No place named: the measure for every province that has it (its latest comparable figure, period
 * and source), ranked when asked, with cautions when periods or poverty standards differ. Asked for
 * the whole country, it first says that the knowledge has no national figure. A question that is not
 * about a measure is answered by a passage sharing its words, or by asking which province.
 */
export function tableRoute(plan: TablePlan, context: AnswerContext, language: Language): Composition {
  const { base } = context;
  const t = templates[language];
  const named = plan.request.measure;
  const topic =
    intentIndicators[plan.request.intent] || !named ? t.topic[plan.request.intent] : indicators[named][language];
  // A topic without one measure (the overview) is ranked by the measure the question names, if any.
  const measured = intentIndicators[plan.request.intent] !== undefined || named !== null;
  if (plan.explainable || !measured) {
    const passage = distinctivePassage(plan.search, context.index);
    if (passage) return quoted([passage], base);
  }
  const rank = (request: typeof plan.request): Ranking =>
    measured
      ? rankProvinces(base, request, plan.order ?? 'descending')
      : {
          ranked: request.intent === 'targets' ? eachProvincesFirst(context, { ...plan, request }) : [],
          measuredOtherwise: [],
        };
  let ranking = rank(plan.request);
  // No province has the year asked: said so, then the latest of each rather than nothing.
  const year = plan.request.year;
  const yearMissing = ranking.ranked.length === 0 && year !== null;
  if (yearMissing) ranking = rank({ ...plan.request, year: null });
  const { ranked, measuredOtherwise } = ranking;
  if (ranked.length === 0) {
    const text = measured ? t.noTopicAnywhere(topic) : t.askForPlace(topic, base.provincesWithFacts.join(', '));
    return { blocks: [{ kind: 'text', text }], facts: [], passages: [] };
  }
  // Without an order asked, provinces are listed by name: a table, not a ranking.
  const rows = (
    plan.order ? ranked : [...ranked].sort((a, b) => (a.province ?? '').localeCompare(b.province ?? '', 'vi'))
  ).map((fact) => ({ place: fact.province ?? '', fact }));
  // A ranking's answer is its first row; a table of one province, that province's figure.
  const [top] = rows;
  const lead =
    top && (plan.order !== null || rows.length === 1) && !plan.national && !yearMissing
      ? [{ kind: 'lead', ...top } as const]
      : [];
  const blocks: Block[] = [
    ...lead,
    ...(plan.national ? [{ kind: 'text', text: t.noNationalFigure(topic) } as const] : []),
    ...(yearMissing && year !== null ? [{ kind: 'text', text: t.noYearAnywhere(topic, year) } as const] : []),
    {
      kind: 'rows',
      heading: plan.order ? t.ranking(topic, plan.order) : t.table(topic),
      rows,
      numbered: plan.order !== null,
    },
    ...(measuredOtherwise.length > 0
      ? [{ kind: 'facts', heading: t.measuredOtherwise, facts: measuredOtherwise, showProvince: true } as const]
      : []),
    ...cautions(ranked, language).map((text): Block => ({ kind: 'text', text })),
  ];
  return { blocks, facts: [...ranked, ...measuredOtherwise], passages: [] };
}

/**
 * Targets have no one measure to rank: each province's first target as its own answer would give it
 * (the rate it aims for first), one line per province.
 */
function eachProvincesFirst(context: AnswerContext, plan: TablePlan): Fact[] {
  return context.base.provincesWithFacts.flatMap((name) => {
    const { facts } = factsForPlace(context.base, { name, district: null }, plan.request);
    return facts.length > 0 ? [askedFact(facts, plan.request)] : [];
  });
}
