import type { KnowledgeBase } from '../knowledge/base.js';
import type { LoadedKnowledge } from '../knowledge/runtime.js';
import type { Passage } from '../search/passages.js';
import type { Composition } from './blocks.js';
import { type Language, renderBlocks, toAnswerFact } from './compose.js';
import { type Plan, plan } from './plan.js';
import { chatRoute } from './routes/chat.js';
import { comparisonRoute } from './routes/comparison.js';
import { explainRoute, explanationsRoute } from './routes/explain.js';
import { figuresRoute } from './routes/figures.js';
import { searchRoute } from './routes/search.js';
import { supportRoute } from './routes/support.js';
import { tableRoute } from './routes/table.js';
import { policyListRoute, policyRoute, uncoveredRoute } from './routes/policy.js';
import { policyCatalogue } from '../policies/catalogue.js';
import type { Answer } from './schema.js';
import { understand } from './understand.js';

/** What answering needs: the knowledge, its passage index, and the chat's previous answer if any. */
export interface AnswerContext extends LoadedKnowledge {
  /** The previous answer in the same chat, for follow-ups ("còn Bình Thuận thì sao?"). */
  readonly previous?: FollowUp | null;
  /** The reader's language (Telegram's setting): used when the question itself is not clearly Vietnamese. */
  readonly language?: 'vi' | 'en';
}

/**
 * What a follow-up needs of the answer before it: its topic, places, year, sub-group and whether it
 * asked for a fall (absent in sessions saved before it was kept).
 */
export type FollowUp = Pick<Answer, 'intent' | 'provinces' | 'districts' | 'year' | 'subject'> &
  Partial<Pick<Answer, 'change' | 'policies' | 'measure'>>;

/** An answer reduced to what the next question may lean on: a chat keeps this, not the figures. */
export const followUpOf = ({
  intent,
  provinces,
  districts,
  year,
  subject,
  change,
  policies,
  measure,
}: FollowUp): FollowUp => ({
  intent,
  provinces,
  districts,
  year,
  subject,
  change: change ?? false,
  policies: policies ?? [],
  measure: measure ?? null,
});

/**
 * Answers one question, top to bottom: understand it, plan the answer (the conversation resolved,
 * one kind of answer chosen), let that kind's route find the figures or passages, and compose them
 * into the cited text and the Answer contract. Pure: the same question and context give the same answer.
 */
export function answer(rawQuestion: string, context: AnswerContext): Answer {
  const { base } = context;
  // Only the first 4,096 characters are read (understand cuts there): no input costs more to answer.
  const question = understand(rawQuestion, base.gazetteer, policyCatalogue(base));
  // Vietnamese letters make a question Vietnamese; otherwise the reader's language setting decides.
  const language = context.language === 'en' && !/[^\p{ASCII}]/u.test(question.text) ? 'en' : question.language;
  const planned = plan(question, context.previous ?? null);
  const composition = route(planned, context, language);
  const { request } = planned;
  // The figure the first line states comes first in the contract too: follow-ups and exports lean on it.
  const lead = composition.blocks.find((block) => block.kind === 'lead')?.fact;
  const facts = lead ? [lead, ...composition.facts.filter((fact) => fact !== lead)] : composition.facts;
  return {
    text: question.text,
    intent: request.intent,
    provinces: placesOf(planned, base),
    year: request.year,
    facts: facts.map((fact) => toAnswerFact(fact, language)),
    answer: renderBlocks(composition.blocks, base, language),
    language,
    passages: composition.passages.map((passage) => passageToAnswer(passage, base)),
    districts: request.places.flatMap((place) => (place.district ? [place.district] : [])),
    subject: request.subject,
    change: request.change,
    // Only an answer about a policy makes the next "còn Lạng Sơn?" a question about that policy.
    policies: planned.kind === 'policy' ? [...request.policies] : [],
    measure: facts[0]?.indicator ?? null,
    chart: question.chart,
  };
}

/**
 * The places an answer is about: those asked; for a policy asked with no place that only one
 * province's articles mention (a provincial resolution), that province, so "mục tiêu năm 2024 thì
 * sao?" goes on about it.
 */
function placesOf(planned: Plan, base: KnowledgeBase): string[] {
  const asked = [...new Set(planned.request.places.map((place) => place.name))];
  if (planned.kind !== 'policy' || asked.length > 0) return asked;
  const catalogue = policyCatalogue(base);
  const policies = planned.request.policies.map((id) => catalogue.byId.get(id));
  const [only, ...others] = [...new Set(policies.flatMap((policy) => policy?.provinces ?? []))];
  const provincial = policies.every((policy) => policy?.provinces.length === 1);
  return only !== undefined && others.length === 0 && provincial ? [only] : [];
}

/** One route per kind of answer: a new kind is a new plan case and a new route, not a new branch here. */
function route(planned: Plan, context: AnswerContext, language: Language): Composition {
  switch (planned.kind) {
    case 'chat':
      return chatRoute(planned, context, language);
    case 'figures':
      return figuresRoute(planned, context, language);
    case 'comparison':
      return comparisonRoute(planned, context, language);
    case 'table':
      return tableRoute(planned, context, language);
    case 'passages':
      return explainRoute(planned, context, language);
    case 'explanations':
      return explanationsRoute(planned, context, language);
    case 'policy':
      return policyRoute(planned, context, language);
    case 'uncovered':
      return uncoveredRoute(planned, context, language);
    case 'support':
      return supportRoute(planned, context, language);
    case 'policyList':
      return policyListRoute(planned, context, language);
    case 'search':
      return searchRoute(planned, context, language);
  }
}

function passageToAnswer(passage: Passage, base: KnowledgeBase): Answer['passages'][number] {
  const entry = base.entriesById.get(passage.entryId);
  return {
    province: entry?.provinces[0] ?? null,
    text: passage.text,
    source: {
      id: passage.entryId,
      title: entry?.title ?? '',
      publisher: entry?.publisher ?? null,
      date: entry?.published ?? null,
      quote: passage.text,
    },
  };
}
