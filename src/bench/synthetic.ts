import type { KnowledgeEntry } from '../knowledge/entry.js';
import type { Knowledge } from '../knowledge/load.js';
import { splitSentences } from '../text/sentences.js';

/** A small fast deterministic PRNG (mulberry32): the same seed always builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const titleTemplates = [
  'Kết quả thực hiện công tác giảm nghèo bền vững',
  'Tăng cường công tác phối hợp trong giảm nghèo',
  'Tập trung hỗ trợ vùng khó khăn',
  'Nỗ lực bứt phá để giảm nghèo bền vững',
  'Quan tâm thực hiện chính sách an sinh xã hội',
];

/**
 * A synthetic corpus for benchmarks, built from the real knowledge: each article takes paragraphs of
 * the real articles, moves them to another province (its name replaces theirs), varies every figure
 * and shifts every year, so extraction and answering meet realistic Vietnamese text at any size.
 */
export function syntheticEntries(knowledge: Knowledge, count: number, seed = 20_251_121): KnowledgeEntry[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const articles = knowledge.entries.filter((entry) => entry.kind === 'article' && entry.provinces.length > 0);
  const paragraphs = articles.flatMap((entry) =>
    entry.body.split(/\n\n/).map((text) => ({ text, province: entry.provinces[0] ?? '', source: entry.source })),
  );
  const provinces = [...knowledge.gazetteer.before.keys()];
  const districtsOf = new Map<string, string[]>();
  for (const [district, province] of knowledge.gazetteer.districts)
    districtsOf.set(province, [...(districtsOf.get(province) ?? []), district]);
  const entries: KnowledgeEntry[] = [];
  for (let index = 0; index < count; index++) {
    const province = pick(provinces);
    const yearShift = Math.floor(random() * 4) - 2;
    const chosen = Array.from({ length: 6 + Math.floor(random() * 6) }, () => pick(paragraphs));
    const body = chosen
      .map((paragraph) =>
        relocate(paragraph.text, paragraph.province, province, districtsOf.get(paragraph.province) ?? []),
      )
      .map((text) => varyFigures(text, random, yearShift))
      .join('\n\n');
    const year = 2021 + Math.floor(random() * 4) + yearShift;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    entries.push({
      id: `synthetic-${index}`,
      kind: 'article',
      title: `${province}: ${pick(titleTemplates)}`,
      publisher: pick(['Báo Lao động và Xã hội', 'Báo Tài nguyên và Môi trường']),
      author: null,
      published: `${year}-${month}-15`,
      provinces: [province],
      source: pick(articles).source,
      file: `articles/synthetic-${index}.md`,
      body,
    });
  }
  return entries;
}

/** The paragraph's province and districts become the target province. */
function relocate(text: string, from: string, to: string, districts: readonly string[]): string {
  let moved = text.split(from).join(to);
  for (const district of districts) moved = moved.split(district).join(to);
  return moved;
}

/** Every figure scaled by a random factor, written in the same format; every year shifted. */
function varyFigures(text: string, random: () => number, yearShift: number): string {
  return text.replace(/(?<![\d/])\d+(?:[.,]\d+)*(?![\d/])/g, (written) => {
    if (/^(?:19|20)\d\d$/.test(written)) return String(Number(written) + yearShift);
    const decimals = written.includes(',') ? (written.split(',')[1]?.length ?? 0) : 0;
    const value = Number(written.replace(/\./g, '').replace(',', '.')) * (0.5 + random());
    const [whole = '0', fraction] = value.toFixed(decimals).split('.');
    const grouped = whole.length > 3 && written.includes('.') ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : whole;
    return fraction ? `${grouped},${fraction}` : grouped;
  });
}

/** Sentences per entry, for reporting corpus size. */
export function countSentences(entries: readonly KnowledgeEntry[]): number {
  return entries.reduce((sum, entry) => sum + splitSentences(entry.body).length, 0);
}
