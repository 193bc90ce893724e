import { foldDiacritics } from '../text/fold.js';
import { parseVietnameseNumber } from '../text/numbers.js';
import { notStatisticWords, type UnitKey, unitFormsLongestFirst } from './units.js';

/** A figure found in a sentence, before it is classified. Positions are in the sentence. */
export interface Figure {
  readonly value: number;
  readonly unit: UnitKey;
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  readonly qualifier: string | null;
  /** "A/B": A is achieved, B planned or total. */
  readonly pair: 'achieved' | 'planned' | null;
  /** "A-B": the bounds of a range. */
  readonly range: 'low' | 'high' | null;
}

/** Words before a figure that qualify it, written as the articles do. */
export const qualifiers = ['tối thiểu', 'khoảng', 'trên', 'hơn', 'gần', 'chỉ'] as const;

const numberPattern = /\d+(?:[.,]\d+)*/g;
/** Dates, month-years and document numbers (353/QĐ-TTg, 47-NQ/TU): never figures. */
const notFigurePatterns: readonly RegExp[] = [
  /\d{1,2}\/\d{1,2}\/\d{2,4}/g,
  /\d{1,2}\/(?:19|20)\d\d/g,
  /\d+\s?[/-]\s?(?:QĐ|NQ|TTg|CP|TU|UBND|QH|BCH)/gu,
  /(?:số|Chương trình|Quyết định|Nghị quyết)\s\d+/gu,
];

/** Every figure in a sentence: a number with a unit, or one side of a pair or range that has one. */
export function findFigures(sentence: string): Figure[] {
  const excluded = new Array<boolean>(sentence.length).fill(false);
  for (const pattern of notFigurePatterns) {
    for (const m of sentence.matchAll(pattern)) excluded.fill(true, m.index, m.index + m[0].length);
  }
  const found: { value: number; start: number; end: number; unit: UnitKey | null; unitEnd: number }[] = [];
  for (const m of sentence.matchAll(numberPattern)) {
    const start = m.index;
    const end = start + m[0].length;
    if (excluded[start] || /\p{L}/u.test(sentence[start - 1] ?? '')) continue;
    const value = parseVietnameseNumber(m[0]);
    if (value === null) continue;
    const rest = sentence.slice(end).toLowerCase();
    const gap = rest.length - rest.trimStart().length;
    const unitForm = unitFormsLongestFirst.find(({ form }) => {
      const candidate = rest.slice(gap, gap + form.length);
      return candidate === form && !/\p{L}/u.test(rest[gap + form.length] ?? '');
    });
    const isYear = /^(?:19|20)\d\d$/.test(m[0]) && (!unitForm || unitForm.unit === '%');
    if (isYear) continue;
    if (!unitForm) {
      const nextWord = foldDiacritics(rest.trimStart().split(/[\s,;.()]/)[0] ?? '');
      if (notStatisticWords.some((word) => foldDiacritics(word) === nextWord)) continue;
    }
    found.push({
      value,
      start,
      end,
      unit: unitForm?.unit ?? null,
      unitEnd: unitForm ? end + gap + unitForm.form.length : end,
    });
  }

  const figures: Figure[] = [];
  found.forEach((item, index) => {
    const next = found[index + 1];
    const previous = found[index - 1];
    const joinsNext = next ? sentence.slice(item.unitEnd, next.start) : null;
    const joinsPrevious = previous ? sentence.slice(previous.unitEnd, item.start) : null;
    const pair = joinsNext === '/' ? 'achieved' : joinsPrevious === '/' ? 'planned' : null;
    const range =
      joinsNext !== null && /^\s?[-–]\s?$/.test(joinsNext)
        ? 'low'
        : joinsPrevious !== null && /^\s?[-–]\s?$/.test(joinsPrevious)
          ? 'high'
          : null;
    const borrowed = (pair === 'achieved' || range === 'low') && next ? next.unit : null;
    const unit = item.unit ?? borrowed;
    if (!unit) return;
    figures.push({
      value: item.value,
      unit,
      raw: sentence.slice(item.start, item.unitEnd),
      start: item.start,
      end: item.unitEnd,
      qualifier: qualifierBefore(sentence, item.start),
      pair,
      range,
    });
  });
  return figures;
}

function qualifierBefore(sentence: string, start: number): string | null {
  const before = sentence.slice(Math.max(0, start - 12), start).toLowerCase();
  return qualifiers.find((word) => new RegExp(`(?:^|\\s)${word}\\s*$`, 'u').test(before)) ?? null;
}
