import type { AnswerContext } from '../answer.js';
import type { Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import type { Plan } from '../plan.js';
import { chatRoute } from './chat.js';
import { searchPassages } from '../../search/passages.js';
import { foldedWords } from '../../text/words.js';
import { quoted } from './passages.js';

type SearchPlan = Extract<Plan, { kind: 'search' }>;

/**
 * A question on no topic the bot knows, naming no place: the passage that says what it names is
 * quoted; with none, the question is out of scope and said to be, with examples.
 */
export function searchRoute(plan: SearchPlan, context: AnswerContext, language: Language): Composition {
  const words = plan.search.namedWords;
  const best = searchPassages(context.index, { text: words.join(' '), limit: 10 }).find((passage) =>
    saysWhatIsNamed(words, passage.text),
  );
  if (best) return quoted([best], context.base);
  return chatRoute({ kind: 'chat', say: 'out_of_scope_examples', request: plan.request }, context, language);
}

/** Share of the question's own words a passage must hold, besides two of them side by side (or three such pairs). */
const wordsHeld = 0.6;

/**
 * Whether a passage names what the question names: most of its words, and two of them side by side as
 * the question has them ("sổ tay nghiệp vụ"). Syllables alone are not enough: "trí tuệ nhân tạo" shares
 * "nhân" and "tạo" with "Nhân dân" and "tạo điều kiện" in any article.
 */
function saysWhatIsNamed(words: readonly string[], passage: string): boolean {
  const folded = foldedWords(passage);
  const held = new Set(folded);
  const pairs = new Set(folded.slice(1).map((word, index) => `${folded[index]} ${word}`));
  const heldCount = words.filter((word) => held.has(word)).length;
  const sideBySide = words.slice(1).filter((word, index) => pairs.has(`${words[index]} ${word}`)).length;
  // A long name ("chương trình MTQG phát triển kinh tế - xã hội vùng ...") is held by its phrases.
  return sideBySide > 0 && (heldCount >= words.length * wordsHeld || sideBySide >= 3);
}
