import type { AnswerContext } from '../answer.js';
import type { Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import type { Plan } from '../plan.js';
import { templates } from '../templates.js';

type ChatPlan = Extract<Plan, { kind: 'chat' }>;

/** Greetings, thanks, help and what is out of scope: words only, never a figure. */
export function chatRoute(plan: ChatPlan, context: AnswerContext, language: Language): Composition {
  const t = templates[language];
  const covered = context.base.provincesWithFacts.join(', ');
  const examples = t.examples.map((example) => `• ${example}`).join('\n');
  const text = {
    greeting: `${t.greeting}\n${t.help(covered)}`,
    thanks: t.thanks,
    help: `${t.help(covered)}\n\n${examples}`,
    out_of_scope: t.outOfScope,
    out_of_scope_examples: `${t.outOfScope}\n${examples}`,
  }[plan.say];
  return { blocks: [{ kind: 'text', text }], facts: [], passages: [] };
}
