import type { Fact } from '../facts/fact.js';
import type { Passage } from '../search/passages.js';

/**
 * What a route answers with, before any wording of citations: compose renders the blocks in order,
 * numbers the sources as they are first cited, drops a line already shown, and lists the sources last.
 */
export type Block =
  /** The answer in one line: the figure asked, with where, when and what it counts, and every sentence stating it. */
  | {
      readonly kind: 'lead';
      readonly place: string;
      readonly fact: Fact;
      readonly restated?: readonly Fact[];
      /** Its sentence with the one it reads on from ("Mục tiêu cụ thể là …" after the general goal), where it does. */
      readonly quote?: string;
    }
  | { readonly kind: 'text'; readonly text: string }
  /** Figures as bullet lines under an optional heading. */
  | {
      readonly kind: 'facts';
      readonly heading: string | null;
      readonly facts: readonly Fact[];
      readonly showProvince?: boolean;
      /** The sentences the figures were read from, quoted once each under the lines (a short series). */
      readonly quoted?: boolean;
    }
  /** One line per place for one measure: a comparison or a table over provinces, numbered when ranked. */
  | {
      readonly kind: 'rows';
      readonly heading: string;
      readonly rows: readonly { readonly place: string; readonly fact: Fact }[];
      readonly numbered: boolean;
    }
  | { readonly kind: 'passage'; readonly passage: Passage }
  /** A figure with the sentence it was read from, quoted under it: a measure and what the article says of it. */
  | { readonly kind: 'quotedFact'; readonly heading: string; readonly fact: Fact };

/** A route's answer: its blocks, and the figures and passages it cites (the Answer contract's lists). */
export interface Composition {
  readonly blocks: readonly Block[];
  readonly facts: readonly Fact[];
  readonly passages: readonly Passage[];
}
