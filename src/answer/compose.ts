import type { Fact } from '../facts/fact.js';
import { type IndicatorDefinition, indicators } from '../facts/indicators.js';
import { units } from '../facts/units.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { KnowledgeEntry } from '../knowledge/entry.js';
import { formatVietnameseNumber } from '../text/numbers.js';
import { foldPhrase } from '../text/words.js';
import type { Passage } from '../search/passages.js';
import type { Answer, AnswerFact } from './schema.js';

type AnswerSource = AnswerFact['source'];
import { templates } from './templates.js';
import { povertyStandards } from './topics.js';
import type { Block } from './blocks.js';
import { qualifierLabels } from '../facts/labels.js';

export type Language = 'vi' | 'en';

/** Numbers the reader's way: "1,28" in Vietnamese, "1.28" in English. */
export function formatNumber(value: number, language: Language): string {
  return formatVietnameseNumber(value, language === 'vi' ? 'vi-VN' : 'en-US');
}

/** Collects the sources an answer cites, numbering each once. */
export class SourceList {
  readonly #order: KnowledgeEntry[] = [];
  constructor(
    private readonly base: KnowledgeBase,
    private readonly language: Language,
  ) {}

  /** The reference number of an entry, "[1]". */
  cite(entryId: string): string {
    const entry = this.base.entriesById.get(entryId);
    if (!entry) return '';
    if (!this.#order.includes(entry)) this.#order.push(entry);
    return `[${this.#order.indexOf(entry) + 1}]`;
  }

  /** "Nguồn:" and one line per source: title, publisher, date (and the page, for a summary). */
  render(): string {
    if (this.#order.length === 0) return '';
    const t = templates[this.language];
    const lines = this.#order.map((entry, index) => {
      const page = entry.kind === 'summary' ? this.base.entriesById.get(entry.page ?? '') : undefined;
      const where = page ? `, ${t.summaryOf(page.title)}` : '';
      return `[${index + 1}] «${entry.title}»${where}, ${entry.publisher ?? t.noPublisher}, ${formatDate(entry.published) ?? t.noDate}`;
    });
    return `${t.sources}:\n${lines.join('\n')}`;
  }
}

/** "2024-04-18T19:30:00+07:00" → "18/04/2024". */
export function formatDate(iso: string | null): string | null {
  const match = iso?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : null;
}

/**
 * A figure said whole: what it measures (and of whom), its value, then its period, status and the
 * part of the whole it counts (district, level, capital, kind), so no two figures read alike.
 */
export function factStatement(fact: Fact, language: Language): string {
  const t = templates[language];
  const definition: IndicatorDefinition = indicators[fact.indicator];
  const label = language === 'vi' ? definition.vi : definition.en;
  const subjectShown = fact.subject && !foldPhrase(definition.vi).includes(foldPhrase(fact.subject));
  const subject =
    subjectShown && fact.subject
      ? ` (${language === 'vi' ? fact.subject : (t.subject[fact.subject] ?? fact.subject)})`
      : '';
  const notes = [
    periodText(fact, language) ?? t.periodUnstated,
    fact.status === 'actual' ? null : t.status[fact.status],
    ...partLabels(fact, language),
  ].filter(Boolean);
  return `${label}${subject}: ${valueText(fact, language)}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`;
}

/**
 * What part of the whole a figure counts, as short labels (level, districts, capital, kind, total/part).
 * A rate is never a sum: a province's rate beside its poor districts' is not their "total", and the
 * group a rate is of is already in its label.
 */
export function partLabels(fact: Fact, language: Language): readonly string[] {
  const cache = labelCache[language];
  let labels = cache.get(fact);
  if (!labels) {
    labels = qualifierLabels({ ...fact, part: shownPart(fact) }, language);
    cache.set(fact, labels);
  }
  return labels;
}

/** Whether a figure is a total or one of its parts, as its labels say: never for a rate. */
const shownPart = (fact: Fact): Fact['part'] =>
  units[fact.unit as keyof typeof units]?.kind === 'percent' ? null : fact.part;

/** A fact's labels are asked for every line and every lead choice: worked out once per fact. */
const labelCache = { vi: new WeakMap<Fact, readonly string[]>(), en: new WeakMap<Fact, readonly string[]>() };

/** The figure as a reader reads it: qualifier, number in the reader's format, unit; a fall with its levels. */
export function valueText(fact: Fact, language: Language): string {
  const t = templates[language];
  const unit = units[fact.unit as keyof typeof units];
  const number = formatNumber(fact.value, language);
  if (fact.change?.percentagePoints) {
    const fromTo =
      fact.change.from !== null && fact.change.to !== null
        ? `${formatNumber(fact.change.from, language)}% → ${formatNumber(fact.change.to, language)}%`
        : null;
    return `${fact.qualifier ? `${t.qualifier[fact.qualifier] ?? fact.qualifier} ` : ''}${t.fellBy(number, fromTo)}`;
  }
  const unitText = language === 'vi' ? fact.unit : (unit?.en ?? fact.unit);
  const spaced = unitText.startsWith('%') ? unitText : ` ${unitText}`;
  return `${fact.qualifier ? `${t.qualifier[fact.qualifier] ?? fact.qualifier} ` : ''}${number}${spaced}`;
}

/** The period as written (Vietnamese) or rebuilt from its years (English). */
export function periodText(fact: Fact, language: Language): string | null {
  const period = fact.period;
  if (!period) return null;
  if (language === 'vi') return period.text.charAt(0).toLowerCase() + period.text.slice(1);
  if (period.from !== null && period.to !== null && period.from !== period.to) return `${period.from}–${period.to}`;
  if (period.point === 'end') return `end of ${period.to}`;
  if (period.point === 'start') return `start of ${period.to}`;
  if (period.point === 'date') return `as of ${period.text.match(/[\d/]+\d/)?.[0] ?? period.to}`;
  return period.to === null ? null : String(period.to);
}

/**
 * Which poverty standard (index into `povertyStandards`) a figure of that year was measured under,
 * -1 for none: figures under two standards are not comparable (cautions; a chart's series is broken).
 */
export function povertyStandardOf(year: number): number {
  return povertyStandards.findIndex((standard) => year >= standard.from && year <= standard.to);
}

/** Cautions for figures shown side by side: different periods, different poverty standards. */
export function cautions(facts: readonly Fact[], language: Language): string[] {
  const t = templates[language];
  const notes: string[] = [];
  // Periods differ when their years do: "cuối năm 2023" and "tính đến cuối năm 2023" are one period.
  const periods = new Set(facts.map((fact) => `${fact.period?.from ?? ''}-${fact.period?.to ?? ''}`));
  if (periods.size > 1) notes.push(t.periodsDiffer);
  const rates = facts.filter((fact) => fact.unit.startsWith('%') && fact.period?.to != null);
  const standards = new Set(rates.map((fact) => povertyStandardOf(fact.period?.to ?? 0)));
  if (standards.size > 1) notes.push(t.standardsDiffer);
  return notes;
}

/** A cited figure in the answer contract's shape. */
export function toAnswerFact(fact: Fact, language: Language): AnswerFact {
  const definition: IndicatorDefinition = indicators[fact.indicator];
  return {
    province: fact.province ?? '',
    indicator: fact.indicator,
    label: language === 'vi' ? definition.vi : definition.en,
    value: fact.value,
    unit: fact.unit,
    raw: fact.raw,
    period: fact.period?.text ?? null,
    counts: [...partLabels(fact, language)],
    source: {
      id: fact.citation.entryId,
      title: fact.citation.title,
      publisher: fact.citation.publisher,
      date: fact.citation.published,
      quote: fact.citation.quote,
    },
    status: fact.status,
    years: fact.period ? { from: fact.period.from, to: fact.period.to } : null,
    part: shownPart(fact),
  };
}

/** What an answer cites, each sentence once: its figures' sources, then its passages'. */
export function answerSources(answer: Answer): AnswerSource[] {
  const sources = [...answer.facts.map((fact) => fact.source), ...answer.passages.map((passage) => passage.source)];
  return [...new Map(sources.map((source) => [`${source.id}|${source.quote}`, source])).values()];
}

/** A cited sentence as the reader sees it: the quote, then title, publisher and date. */
export function quoteBlock(
  source: Pick<AnswerSource, 'quote' | 'title' | 'publisher' | 'date'>,
  language: Language,
): string {
  const t = templates[language];
  return `«${source.quote}»\n— ${source.title}, ${source.publisher ?? t.noPublisher}, ${formatDate(source.date) ?? t.noDate}`;
}

/** A passage as an answer block: where it is from, then the text. */
export function passageBlock(passage: Passage, base: KnowledgeBase, language: Language, sources: SourceList): string {
  const entry = base.entriesById.get(passage.entryId);
  return `${templates[language].passageFrom(entry?.title ?? '')} ${sources.cite(passage.entryId)}\n«${passage.text}»`;
}

/**
 * Blocks as the text a reader reads: the lead line first, then each block, a figure never shown twice;
 * sources numbered in the order they are first cited and listed last.
 */
export function renderBlocks(blocks: readonly Block[], base: KnowledgeBase, language: Language): string {
  const sources = new SourceList(base, language);
  const shown = new Set<Fact>();
  const lines = new Set<string>();
  /** Sentences already quoted: a short list's sentences are not quoted again under it. */
  const quotedSentences = new Set<string>();
  /** A line once: the same figure twice, or two figures read alike, are shown once. */
  const fresh = (fact: Fact, line: string) => {
    if (shown.has(fact) || lines.has(line)) return false;
    shown.add(fact);
    lines.add(line);
    return true;
  };
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'lead': {
        const statement = factStatement(block.fact, language);
        // The answer, then the sentence it was read from: an official checks the figure against it.
        if (!fresh(block.fact, statement)) break;
        // The same figure in other sentences ("2 huyện nghèo Văn Quan, Bình Gia" and "2 huyện nghèo là
        // Bình Gia, Văn Quan"): each quoted, so no statement of it is hidden behind a bullet.
        quotedSentences.add(block.fact.citation.quote);
        const restated = (block.restated ?? []).map((fact) => {
          shown.add(fact);
          quotedSentences.add(fact.citation.quote);
          return `\n«${fact.citation.quote}» ${sources.cite(fact.citation.entryId)}`;
        });
        parts.push(
          `${block.place} — ${statement} ${sources.cite(block.fact.citation.entryId)}\n«${block.quote ?? block.fact.citation.quote}»${restated.join('')}`,
        );
        break;
      }
      case 'text':
        parts.push(block.text);
        break;
      case 'facts': {
        const rendered = block.facts.flatMap((fact) => {
          const statement = factStatement(fact, language);
          if (!fresh(fact, statement)) return [];
          const where = block.showProvince && fact.province ? ` — ${fact.province}` : '';
          return [`• ${statement}${where} ${sources.cite(fact.citation.entryId)}`];
        });
        // A short series' sentences, each once: the official checks every figure against its line.
        const sentences = block.quoted
          ? [...new Map(block.facts.map((fact) => [fact.citation.quote, fact])).values()]
              .filter((fact) => !quotedSentences.has(fact.citation.quote))
              .map((fact) => {
                quotedSentences.add(fact.citation.quote);
                return `«${fact.citation.quote}» ${sources.cite(fact.citation.entryId)}`;
              })
          : [];
        if (rendered.length > 0)
          parts.push([...(block.heading ? [block.heading] : []), ...rendered, ...sentences].join('\n'));
        else if (block.heading && block.facts.length === 0) parts.push(block.heading);
        break;
      }
      case 'rows': {
        const rendered = block.rows.map(
          ({ place, fact }, index) =>
            `${block.numbered ? `${index + 1}.` : '•'} ${place}: ${factStatement(fact, language)} ${sources.cite(fact.citation.entryId)}`,
        );
        for (const { fact } of block.rows) shown.add(fact);
        parts.push([block.heading, ...rendered].join('\n'));
        break;
      }
      case 'passage':
        parts.push(passageBlock(block.passage, base, language, sources));
        break;
      case 'quotedFact':
        shown.add(block.fact);
        {
          const statement = factStatement(block.fact, language);
          // A measure's heading is often its figure's own label ("Hỗ trợ tiền điện"): said once.
          const line = statement.startsWith(`${block.heading}:`) ? statement : `${block.heading}: ${statement}`;
          parts.push(`${line} ${sources.cite(block.fact.citation.entryId)}\n«${block.fact.citation.quote}»`);
        }
        break;
    }
  }
  parts.push(sources.render());
  return parts.filter(Boolean).join('\n\n');
}
