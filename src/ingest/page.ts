import { findPlaces, type Gazetteer } from '../places/gazetteer.js';
import { foldedWords } from '../text/words.js';
import {
  articleEndMarkers,
  datePatterns,
  furnitureLines,
  pageTimeZoneOffset,
  publisherMarkers,
  sectionLabels,
  teaserSeparator,
} from './chrome.js';

/** An entry read off a raw page, before it is written as a knowledge file. */
export interface IngestedEntry {
  readonly id: string;
  readonly kind: 'article' | 'summary';
  readonly title: string;
  readonly publisher: string | null;
  readonly author: string | null;
  readonly published: string | null;
  readonly provinces: readonly string[];
  readonly source: string;
  readonly page?: string;
  readonly paragraphs: readonly string[];
}

export interface IngestedPage {
  readonly article: IngestedEntry;
  readonly summaries: readonly IngestedEntry[];
  /** What could not be detected on the page, for the person running ingest. */
  readonly undetected: readonly string[];
}

const publisherMarker = new RegExp(
  `^\\((${Object.keys(publisherMarkers)
    .map((marker) => marker.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
    .join('|')})\\)\\s*[-–]\\s*`,
);

/** Reads one raw news page: its article, its teasers, and what it could not find. */
export function ingestPage(source: string, rawText: string, gazetteer: Gazetteer): IngestedPage {
  const lines = rawText
    .normalize('NFC')
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
  const undetected: string[] = [];

  const dateIndex = lines.findIndex(
    (line) => line.length < 60 && datePatterns.some(({ pattern }) => pattern.test(line)),
  );
  const headerEnd = dateIndex >= 0 ? dateIndex : lines.findIndex((line) => !isHeaderChrome(line));
  const titleIndex =
    dateIndex >= 0 ? findLastIndex(lines.slice(0, dateIndex), (line) => !isHeaderChrome(line)) : headerEnd;
  const title = lines[titleIndex] ?? '';
  if (!title) undetected.push('title');

  let published: string | null = null;
  let bylineAuthor: string | null = null;
  if (dateIndex >= 0) {
    const dateLine = lines[dateIndex] ?? '';
    published = readDate(dateLine);
    const before = dateLine.slice(0, dateLine.search(/\d/)).trim();
    if (looksLikeName(before)) bylineAuthor = before;
  } else {
    undetected.push('date (the page shows none; published is null)');
  }

  const bodyStart = Math.max(dateIndex, titleIndex) + 1;
  const endIndex = lines.findIndex((line, index) => index >= bodyStart && articleEndMarkers.some((m) => m.test(line)));
  const bodyLines = lines.slice(bodyStart, endIndex >= 0 ? endIndex : lines.length);

  let author = bylineAuthor;
  if (!author && bodyLines.length > 0 && looksLikeName(bodyLines.at(-1) ?? '')) author = bodyLines.pop() ?? null;
  if (!author) undetected.push('author');

  let publisher: string | null = null;
  const paragraphs = bodyLines.filter((line) => line !== title && !furnitureLines.some((f) => f.test(line)));
  const lead = paragraphs[0] ?? '';
  const marker = lead.match(publisherMarker);
  if (marker) {
    publisher = publisherMarkers[marker[1] ?? ''] ?? null;
    paragraphs[0] = lead.slice(marker[0].length);
  } else {
    undetected.push('publisher (no marker such as "(LĐXH)"; publisher is null)');
  }

  const id = slugify(title);
  const article: IngestedEntry = {
    id,
    kind: 'article',
    title,
    publisher,
    author,
    published,
    provinces: articleProvinces(gazetteer, title, paragraphs),
    source,
    paragraphs,
  };
  const summaries = readTeasers(lines.slice(endIndex >= 0 ? endIndex : lines.length)).map(
    ({ headline, summary }): IngestedEntry => ({
      id: slugify(headline),
      kind: 'summary',
      title: headline,
      publisher,
      author: null,
      published: null,
      provinces: unique(findPlaces(gazetteer, `${headline}. ${summary}`).map((place) => place.name)),
      source,
      page: id,
      paragraphs: [summary],
    }),
  );
  return { article, summaries, undetected };
}

function isHeaderChrome(line: string): boolean {
  return (sectionLabels as readonly string[]).includes(line) || furnitureLines.some((f) => f.test(line));
}

function readDate(line: string): string | null {
  for (const { pattern, read } of datePatterns) {
    const match = line.match(pattern);
    if (!match) continue;
    const { day, month, year, hour, minute } = read(match);
    const pad = (value: string | number) => String(value).padStart(2, '0');
    return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:00${pageTimeZoneOffset}`;
  }
  return null;
}

/** A byline: two to four capitalised words, nothing else ("Hồng Phượng", "Hoàng Nghĩa"). */
function looksLikeName(line: string): boolean {
  return /^\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*){1,3}$/u.test(line);
}

/** Related-article teasers: a headline, the separator line, then a one-sentence summary. */
function readTeasers(lines: readonly string[]): { headline: string; summary: string }[] {
  const teasers: { headline: string; summary: string }[] = [];
  lines.forEach((line, index) => {
    const headline = lines[index - 1];
    const summary = lines[index + 1];
    if (teaserSeparator.test(line) && headline && summary && !teaserSeparator.test(summary)) {
      teasers.push({ headline, summary });
    }
  });
  return teasers;
}

/** The provinces named in the title; failing that, the one the body names most. */
function articleProvinces(gazetteer: Gazetteer, title: string, paragraphs: readonly string[]): string[] {
  const inTitle = unique(findPlaces(gazetteer, title).map((place) => place.name));
  if (inTitle.length > 0) return inTitle;
  const counts = new Map<string, number>();
  for (const place of findPlaces(gazetteer, paragraphs.join('\n')))
    counts.set(place.name, (counts.get(place.name) ?? 0) + 1);
  const [top] = [...counts].sort((a, b) => b[1] - a[1]);
  return top ? [top[0]] : [];
}

/** A stable file name from a title: folded words joined by "-", at most eight. */
export function slugify(title: string): string {
  return foldedWords(title.replace(/\d+(?:[.,]\d+)*/g, (number) => number.replace(/[.,]/g, '')))
    .slice(0, 8)
    .join('-')
    .replace(/[^a-z0-9-]/g, '');
}

function findLastIndex<T>(items: readonly T[], predicate: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (predicate(items[index] as T)) return index;
  return -1;
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
