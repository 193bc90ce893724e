import type { AnswerContext } from '../answer.js';
import type { Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import type { Plan } from '../plan.js';
import { figuresRoute, saysMissingKind } from './figures.js';
import { placePassages, quoted } from './passages.js';

type PassagesPlan = Extract<Plan, { kind: 'passages' }>;
type ExplanationsPlan = Extract<Plan, { kind: 'explanations' }>;

/** An explanation of a place: its passages quoted whole; its figures when no passage answers. */
export function explainRoute(plan: PassagesPlan, context: AnswerContext, language: Language): Composition {
  const { place } = plan;
  const found = placePassages(plan.request, plan.search, place, context.index, context.base);
  if (found.length > 0) return saysMissingKind(quoted(found, context.base), plan.request, place, context, language);
  return figuresRoute(
    {
      ...plan,
      kind: 'figures',
      place,
      card: false,
      explainable: false,
      bare: false,
      explainsMissingTopic: false,
      asksHowOrWho: false,
    },
    context,
    language,
  );
}

/** Each place's explanation in turn, under the place's name: "khó khăn của Lạng Sơn và Bắc Kạn". */
export function explanationsRoute(plan: ExplanationsPlan, context: AnswerContext, language: Language): Composition {
  const parts = plan.request.places.map((place) => ({
    place,
    part: explainRoute({ ...plan, kind: 'passages', place }, context, language),
  }));
  return {
    blocks: parts.flatMap(({ place, part }) => [
      { kind: 'text', text: `▸ ${place.district ?? place.name}` } as const,
      ...part.blocks,
    ]),
    facts: parts.flatMap(({ part }) => part.facts),
    passages: parts.flatMap(({ part }) => part.passages),
  };
}
