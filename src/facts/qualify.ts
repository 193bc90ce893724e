import { foldSyllable } from '../text/fold.js';
import type { Figure } from './figures.js';
import {
  decisionCues,
  type FactKind,
  kindCues,
  kindNonCues,
  type Level,
  levelCues,
  levelReach,
  levelAttachers,
  levelReachAfter,
  type Part,
  partCues,
  vintageCues,
} from './qualifiers.js';
import { type UnitKind, units } from './units.js';

/** What part of a whole each figure of a sentence counts (see `qualifiers.ts`). */
export interface FigureQualifiers {
  level: Level | null;
  vintage: string | null;
  kind: FactKind | null;
  part: Part | null;
}

/** What the rules need to know of a sentence's figures beyond the text. */
export interface FigureContext {
  /** Whether the figure is about capital: only such figures have a vintage. */
  readonly funding: (index: number) => boolean;
  /** Whether the figure is a plan (the far side of "đạt A/B kế hoạch"), not a whole. */
  readonly plan: (index: number) => boolean;
}

/** A folded word, or the punctuation that bounds phrases (, ; : brackets), with its place in the sentence. */
interface Word {
  readonly word: string;
  readonly start: number;
}

const wordPattern = /\d+(?:[.,]\d+)*|[\p{L}\p{M}]+|[;(),:]/gu;
const punctuation = new Set([',', ';', ':', '(', ')']);
const separators = new Set([...punctuation, 'va']);

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => ({ word: foldSyllable(m[0]), start: m.index }));
}

interface Cue<V> {
  readonly words: readonly string[];
  readonly value: V | null;
}

interface Match<V> {
  readonly value: V | null;
  /** Word indexes: the match covers [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Cues by their first folded word, longest first: each word of a sentence is looked up once. */
type CueTable<V> = ReadonlyMap<string, readonly Cue<V>[]>;

/** A table of value → phrases as folded cues; `null` values block their words. */
function compile<V>(table: readonly (readonly [V | null, readonly string[]])[]): CueTable<V> {
  const byFirst = new Map<string, Cue<V>[]>();
  for (const [value, phrases] of table) {
    for (const phrase of phrases) {
      const cue = { words: words(phrase).map((w) => w.word), value };
      const first = cue.words[0];
      if (first !== undefined) byFirst.set(first, [...(byFirst.get(first) ?? []), cue]);
    }
  }
  for (const cues of byFirst.values()) cues.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/** Non-overlapping matches, left to right, the longest at each position. */
function scan<V>(text: readonly Word[], cues: CueTable<V>): Match<V>[] {
  const found: Match<V>[] = [];
  for (let index = 0; index < text.length;) {
    const cue = cues
      .get(text[index]?.word ?? '')
      ?.find((c) => c.words.every((word, offset) => text[index + offset]?.word === word));
    if (cue) {
      found.push({ value: cue.value, start: index, end: index + cue.words.length });
      index += cue.words.length;
    } else index += 1;
  }
  return found;
}

const levelTable = compile<Level>(
  (Object.entries(levelCues) as [Level, { cues: readonly string[] }][]).map(([level, { cues }]) => [level, cues]),
);
const kindTable = compile<FactKind>([
  ...(Object.entries(kindCues) as [FactKind, { cues: readonly string[] }][]).map(
    ([kind, { cues }]) => [kind, cues] as const,
  ),
  [null, kindNonCues],
]);
const kindUnits = new Map<string, readonly UnitKind[]>(
  Object.entries(kindCues).map(([kind, { units: kinds }]) => [kind, kinds]),
);
const partTable = compile<'marker' | 'raises'>([
  ['marker', partCues.markers],
  ['raises', partCues.raisesTotal],
  [null, partCues.none],
]);
const countedKinds: ReadonlySet<UnitKind> = new Set(partCues.countedKinds);
const achievementWords = new Set(partCues.achievement.map((word) => foldSyllable(word)));
const attachers = new Set(levelAttachers.map((word) => foldSyllable(word)));
const capitalWords = new Set(vintageCues.capital.map((cue) => foldSyllable(cue)));
const carriedTable = compile<true>([[true, vintageCues.carried]]);
const includingTable = compile<true>([[true, vintageCues.including]]);
const decisionTable = compile<true>([[true, decisionCues.words]]);
const decisionFiller = new Set(decisionCues.filler.map((word) => foldSyllable(word)));

const isWord = (word: Word | undefined) => word !== undefined && !punctuation.has(word.word);
const isYear = (word: Word | undefined) => word !== undefined && /^(?:19|20)\d\d$/.test(word.word);
const isNumber = (word: Word | undefined) => word !== undefined && /^\d/.test(word.word);

/**
 * The qualifiers of every figure of a sentence, in order. Pure; the figures are those `findFigures`
 * found in `sentence`.
 */
export function qualifySentence(
  sentence: string,
  figures: readonly Figure[],
  context: FigureContext,
): FigureQualifiers[] {
  const text = words(sentence);
  const indexAt = (offset: number) => {
    const index = text.findIndex((word) => word.start >= offset);
    return index < 0 ? text.length : index;
  };
  const starts = figures.map((figure) => indexAt(figure.start));
  const ends = figures.map((figure) => indexAt(figure.end));
  const depth: number[] = [];
  text.reduce((level, word, index) => {
    const opened = word.word === '(' ? level + 1 : level;
    depth[index] = opened;
    return word.word === ')' ? Math.max(0, opened - 1) : opened;
  }, 0);
  const clauseStart = (at: number) => {
    for (let index = at - 1; index >= 0; index--) if (text[index]?.word === ';') return index + 1;
    return 0;
  };
  const clauseEnd = (at: number) => {
    const index = text.findIndex((word, i) => i >= at && word.word === ';');
    return index < 0 ? text.length : index;
  };

  const kindMatches: Match<FactKind>[] = [...scan(text, kindTable), ...decisionsIn(text)];
  // Where the words between two figures divide: the last comma, bracket or "và" (or the cue that
  // leads straight into the second figure). Before it they describe the first, after it the second.
  const divide = starts.map((at, index) => {
    const previousEnd = ends[index - 1];
    if (index === 0 || previousEnd === undefined || previousEnd < clauseStart(at)) return null;
    for (let word = at - 1; word >= previousEnd; word--) if (separators.has(text[word]?.word ?? '')) return word;
    const leading = kindMatches.find((match) => match.end === at && match.start >= previousEnd && match.value);
    return leading ? leading.start - 1 : at;
  });
  // Words that describe the figure before them ("10 đơn vị hành chính cấp huyện, 124 xã").
  const describesEarlier = (from: number, to: number) =>
    starts.some((_, index) => {
      const end = ends[index - 1];
      const split = divide[index];
      return end !== undefined && split !== null && split !== undefined && from >= end && to <= split;
    });

  // Words that belong to a figure, not to the text around it: they add nothing to a distance.
  const inFigure = new Set(starts.flatMap((start, index) => range(start, ends[index] ?? start)));

  const levels = levelsOf(text, starts, ends, clauseStart, describesEarlier, inFigure);
  const vintages = vintagesOf(text, starts, ends, clauseStart, context.funding);
  const kinds = kindsOf(text, figures, starts, ends, clauseStart, clauseEnd, kindMatches, divide);
  const parts = partsOf(text, figures, starts, depth, clauseStart, clauseEnd, context.plan);
  const result = figures.map((_, index) => ({
    level: levels[index] ?? null,
    vintage: vintages[index] ?? null,
    kind: kinds[index] ?? null,
    part: parts[index] ?? null,
  }));
  // The far side of a pair or range ("50/60 căn", "4%-5%") is the same part of the whole as the near side.
  figures.forEach((figure, index) => {
    const near = result[index - 1];
    const own = result[index];
    if (!near || !own || !(figure.pair === 'planned' || figure.range === 'high')) return;
    own.level ??= near.level;
    own.vintage ??= near.vintage;
    own.kind ??= near.kind;
  });
  return result;
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);

// ---------------------------------------------------------------------------------------------
// Level: the nearest level cue before the figure in its clause, or one right after it.

function levelsOf(
  text: readonly Word[],
  starts: readonly number[],
  ends: readonly number[],
  clauseStart: (at: number) => number,
  describesEarlier: (from: number, to: number) => boolean,
  inFigure: ReadonlySet<number>,
): (Level | null)[] {
  const matches = scan(text, levelTable);
  return starts.map((at, index) => {
    const from = clauseStart(at);
    let nearest: Level | null = null;
    for (const match of matches) {
      if (match.start < from || match.end > at || describesEarlier(match.start, match.end)) continue;
      const between = text.slice(match.end, at);
      const distance = between.filter((word, offset) => isWord(word) && !inFigure.has(match.end + offset)).length;
      if (closesBracket(between) || distance > levelReach) continue;
      nearest = match.value;
    }
    if (nearest) return nearest;
    const after = ends[index] ?? at;
    const next = starts[index + 1] ?? text.length;
    const following = matches.find((match) => match.start >= after);
    if (!following) return null;
    const between = text.slice(after, following.start);
    if (between.length <= levelReachAfter && between.every(isWord)) return following.value;
    // "… cán bộ, công chức thuộc 4 cấp": attached to the figure's noun, in its clause, before the next figure.
    const attached =
      attachers.has(text[following.start - 1]?.word ?? '') &&
      following.end <= next &&
      !between.some((word) => word.word === ';' || word.word === '(' || word.word === ')');
    return attached ? following.value : null;
  });
}

/** Whether a stretch closes a bracket it did not open: a cue inside "(…)" says nothing outside it. */
function closesBracket(stretch: readonly Word[]): boolean {
  let open = 0;
  for (const word of stretch) {
    if (word.word === '(') open += 1;
    else if (word.word === ')' && --open < 0) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Vintage: "vốn [của] năm 2023", carried over, or included in a later year's figure.

interface VintageMention {
  readonly start: number;
  readonly end: number;
  readonly vintage: string;
}

function vintagesOf(
  text: readonly Word[],
  starts: readonly number[],
  ends: readonly number[],
  clauseStart: (at: number) => number,
  funding: (index: number) => boolean,
): (string | null)[] {
  const mentions: VintageMention[] = [];
  text.forEach((word, capital) => {
    if (!capitalWords.has(word.word)) return;
    for (let index = capital + 1; index <= capital + vintageCues.capitalReach; index++) {
      const at = text[index];
      if (!at || at.word === ';' || capitalWords.has(at.word) || (isNumber(at) && !isYear(at))) return;
      if (at.word !== 'nam' || !isYear(text[index + 1])) continue;
      const year = Number(text[index + 1]?.word);
      let end = index + 2;
      let next = year + 1;
      const carried = scan(text.slice(end, end + 3), carriedTable)[0];
      if (carried?.start === 0) {
        end += carried.end;
        // "kéo dài sang năm 2023": the year it was carried into.
        const into = text.slice(end, end + 3).findIndex(isYear);
        if (into >= 0) {
          next = Number(text[end + into]?.word);
          end += into + 1;
        }
      }
      // "bao gồm cả [nguồn] vốn …": the inclusion cue leads straight into the capital word.
      const from = Math.max(0, capital - 5);
      const lead = scan(text.slice(from, capital), includingTable).at(-1);
      const gap = lead ? text.slice(from + lead.end, capital).map((w) => w.word) : null;
      const includes = gap !== null && (gap.length === 0 || (gap.length === 1 && gap[0] === 'nguon'));
      mentions.push({
        start: capital,
        end,
        vintage: includes ? `${next}_with_carried` : carried?.start === 0 ? `${year}_carried` : `${year}`,
      });
      return;
    }
  });
  // "vốn năm 2022 là 25,2 tỷ đồng; năm 2023 là 61,4 tỷ đồng": a clause opening with a year goes on listing.
  if (mentions.length > 0) {
    text.forEach((word, index) => {
      if (word.word !== 'nam' || !isYear(text[index + 1]) || index !== clauseStart(index) || index === 0) return;
      if (mentions.some((mention) => mention.start < index))
        mentions.push({ start: index, end: index + 2, vintage: text[index + 1]?.word ?? '' });
    });
    mentions.sort((a, b) => a.end - b.end);
  }
  return starts.map((at, index) => {
    if (!funding(index)) return null;
    const before = mentions.filter((mention) => mention.end <= at).at(-1);
    if (before) return before.vintage;
    const after = ends[index] ?? at;
    const following = mentions.find((mention) => mention.start >= after);
    return following && following.start - after <= 1 && text.slice(after, following.start).every(isWord)
      ? following.vintage
      : null;
  });
}

// ---------------------------------------------------------------------------------------------
// Kind: the figure's own noun phrase first, then the words leading to it.

function kindsOf(
  text: readonly Word[],
  figures: readonly Figure[],
  starts: readonly number[],
  ends: readonly number[],
  clauseStart: (at: number) => number,
  clauseEnd: (at: number) => number,
  matches: readonly Match<FactKind>[],
  divide: readonly (number | null)[],
): (FactKind | null)[] {
  return figures.map((figure, index) => {
    const at = starts[index] ?? 0;
    const after = ends[index] ?? at;
    const nextDivide = divide[index + 1];
    let afterEnd = nextDivide === null || nextDivide === undefined ? clauseEnd(after) : nextDivide + 1;
    const stop = text.findIndex((word, i) => i >= after && i < afterEnd && punctuation.has(word.word));
    if (stop >= 0) afterEnd = stop;
    const ownDivide = divide[index];
    const beforeStart = ownDivide === null || ownDivide === undefined ? clauseStart(at) : ownDivide + 1;
    const unitKind = units[figure.unit].kind;
    const within = (from: number, to: number) => {
      const values = new Set(
        matches
          .filter((match) => match.start >= from && match.end <= to && match.value)
          .map((match) => match.value)
          .filter((value): value is FactKind => value !== null && applies(value, unitKind)),
      );
      return values;
    };
    const own = within(after, afterEnd);
    if (own.size > 1) return null;
    if (own.size === 1) return [...own][0] ?? null;
    const leading = within(beforeStart, at);
    return leading.size === 1 ? ([...leading][0] ?? null) : null;
  });
}

function applies(kind: FactKind, unitKind: UnitKind): boolean {
  const allowed = kindUnits.get(kind);
  return allowed === undefined ? kind.startsWith('decision:') : allowed.includes(unitKind);
}

/** "quyết định số 167", "QĐ 33": the decision and the words it covers. */
function decisionsIn(text: readonly Word[]): Match<FactKind>[] {
  return scan(text, decisionTable).flatMap((match) => {
    let index = match.end;
    while (decisionFiller.has(text[index]?.word ?? '')) index += 1;
    const number = text[index];
    return number && /^\d+$/.test(number.word)
      ? [{ value: `decision:${Number(number.word)}` as FactKind, start: match.start, end: index + 1 }]
      : [];
  });
}

// ---------------------------------------------------------------------------------------------
// Part: a total and the parts stated beside it in the same sentence.

function partsOf(
  text: readonly Word[],
  figures: readonly Figure[],
  starts: readonly number[],
  depth: readonly number[],
  clauseStart: (at: number) => number,
  clauseEnd: (at: number) => number,
  plan: (index: number) => boolean,
): (Part | null)[] {
  const parts: (Part | null)[] = figures.map(() => null);
  const kindOf = (index: number) => units[figures[index]?.unit ?? '%'].kind;
  const firstWord = text.findIndex(isWord);
  // "11/11 huyện": the first of all the second, unless the second is a plan ("900/1.000 thẻ, đạt 90%").
  const measuredAgainst = (index: number) => {
    const rate = starts[index + 1];
    const from = starts[index] ?? 0;
    if (rate === undefined || kindOf(index + 1) !== 'percent' || rate > clauseEnd(from)) return false;
    return text.slice(from, rate).some((word) => achievementWords.has(word.word));
  };
  figures.forEach((figure, index) => {
    const whole = figures[index + 1];
    if (figure.pair !== 'achieved' || !whole || plan(index + 1) || measuredAgainst(index + 1)) return;
    if (figure.unit !== whole.unit || !countedKinds.has(kindOf(index)) || figure.value > whole.value) return;
    parts[index] ??= 'part';
    parts[index + 1] ??= 'total';
  });
  const matches = scan(text, partTable);
  for (const match of matches) {
    if (match.value !== 'marker' || match.start === firstWord) continue;
    const level = depth[match.start] ?? 0;
    let end: number;
    let totalsFrom: number;
    let totalsTo = match.start;
    if (level > 0) {
      // Inside a bracket: the parts run to its end, the total stands before it.
      const close = text.findIndex((word, index) => index > match.start && word.word === ')' && depth[index] === level);
      end = close < 0 ? text.length : close;
      let open = match.start;
      while (open > 0 && !(text[open]?.word === '(' && depth[open] === level)) open -= 1;
      totalsTo = open;
      totalsFrom = clauseStart(open);
    } else {
      end = clauseEnd(match.end);
      totalsFrom = clauseStart(match.start);
    }
    const outer = level > 0 ? level - 1 : 0;
    const partIndexes = starts.flatMap((at, index) => (at >= match.end && at < end ? [index] : []));
    const totalIndexes = starts.flatMap((at, index) =>
      at >= totalsFrom && at < totalsTo && (depth[at] ?? 0) <= outer ? [index] : [],
    );
    const partKinds = new Set(partIndexes.map(kindOf));
    const totalKinds = new Set(totalIndexes.map(kindOf));
    for (const index of partIndexes) if (totalKinds.has(kindOf(index))) parts[index] ??= 'part';
    for (const index of totalIndexes) if (partKinds.has(kindOf(index))) parts[index] ??= 'total';
  }
  // "có thêm 7 xã …, nâng tổng số xã … là 13/16 xã": what is added is part of the new total.
  for (const match of matches) {
    if (match.value !== 'raises') continue;
    const total = starts.findIndex((at) => at >= match.end);
    if (total < 0) continue;
    const added = starts.flatMap((at, index) => (at < match.start && kindOf(index) === kindOf(total) ? [index] : []));
    if (added.length === 0) continue;
    for (const index of added) parts[index] ??= 'part';
    parts[total] ??= 'total';
  }
  return parts;
}
