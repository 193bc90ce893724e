import type { AnswerContext } from '../answer.js';
import type { Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import type { Plan } from '../plan.js';
import { chatRoute } from './chat.js';
import { searchPassages } from '../../search/passages.js';
import { namesWhatIsAsked, quoted } from './passages.js';

type SearchPlan = Extract<Plan, { kind: 'search' }>;

/**
 * A question on no topic the bot knows, naming no place: the passage that says what it names is
 * quoted; with none, the question is out of scope and said to be, with examples.
 */
export function searchRoute(plan: SearchPlan, context: AnswerContext, language: Language): Composition {
  const words = plan.search.namedWords;
  const best = searchPassages(context.index, { text: words.join(' '), limit: 10 }).find((passage) =>
    namesWhatIsAsked(words, passage),
  );
  if (best) return quoted([best], context.base);
  return chatRoute({ kind: 'chat', say: 'out_of_scope_examples', request: plan.request }, context, language);
}
