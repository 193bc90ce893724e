/** A sentence of a body, with its place in it so quotes can be checked and highlighted. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Index of the paragraph (blank-line separated block) the sentence is in. */
  readonly paragraph: number;
}

/** Ends a sentence: . ! ? … (and "./.") followed by space and a capital, digit or quote. */
const sentenceEnd = /(?<=[.!?…])\s+(?=[\p{Lu}\d"“‘(])/gu;

/** Splits a body into sentences; paragraphs and single lines (captions) always end one. */
export function splitSentences(body: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const blocks = body.split(/(\n\s*\n|\n)/);
  let offset = 0;
  for (const block of blocks) {
    if (/^\n\s*\n$/.test(block)) paragraph += 1;
    if (/^\s*$/.test(block)) {
      offset += block.length;
      continue;
    }
    let start = 0;
    for (const boundary of block.matchAll(sentenceEnd)) {
      push(block.slice(start, boundary.index), offset + start);
      start = boundary.index + boundary[0].length;
    }
    push(block.slice(start), offset + start);
    offset += block.length;
  }
  return sentences;

  function push(text: string, at: number): void {
    const trimmed = text.trim();
    if (!trimmed) return;
    const start = at + text.indexOf(trimmed);
    sentences.push({ text: trimmed, start, end: start + trimmed.length, paragraph });
  }
}

/**
 * Openings (folded) that read on from the sentence before: "Trong đó, theo quyết định số 167 … là
 * 6.009 nhà", "Mục tiêu cụ thể là …" after "… đặt mục tiêu chung là …". Such a sentence is quoted with it.
 */
const continuations = ['trong do', 'trong so do', 'theo do', 'muc tieu cu the', 'cu the'].map((opening) =>
  opening.split(' '),
);

/** Whether a sentence, as its folded words, reads on from the one before. */
export function continuesPrevious(words: readonly string[]): boolean {
  return continuations.some((opening) => opening.every((word, index) => words[index] === word));
}

/** Where the sentence before `start` begins, in the same paragraph; null at a paragraph's start. */
export function sentenceBeforeStart(body: string, start: number): number | null {
  const paragraphStart = body.lastIndexOf('\n', start - 1) + 1;
  const before = splitSentences(body.slice(paragraphStart, start)).at(-1);
  return before ? paragraphStart + before.start : null;
}
