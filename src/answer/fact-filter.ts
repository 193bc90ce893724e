/**
 * What /xuat and /dovui are asked for ("Bình Thuận", "vay vốn", "binh thuan json"): read the way a
 * question is read (the gazetteer for places, old and new provinces alike; the topic registry's cues
 * for the topic; a year), so the two commands and the questions agree on what a word means.
 */
import { understand } from './understand.js';
import type { Intent } from './intents.js';
import type { Answer } from './schema.js';
import { templates } from './templates.js';
import type { Fact } from '../facts/fact.js';
import { indicators, topics as indicatorTopics } from '../facts/indicators.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import { coveredProvinces } from '../places/gazetteer.js';
import { policyCatalogue } from '../policies/catalogue.js';
import { exactWords } from '../text/words.js';

/** Words that choose the file's format rather than its facts. */
const formatWords: Readonly<Record<string, 'csv' | 'json'>> = { csv: 'csv', json: 'json' };

export interface FactFilter {
  /** The text asked, format words removed: what a "nothing found" message repeats. */
  readonly asked: string;
  readonly format: 'csv' | 'json';
  /** Places named, as the user meant them ("An Giang" stays "An Giang"). */
  readonly places: readonly string[];
  /** A topic with figures ("loans"), or targets. */
  readonly topic: Intent | null;
  readonly year: number | null;
  /** Whether words were given that named neither a place nor a topic nor a year. */
  readonly unrecognised: boolean;
}

/** Topics whose facts are filed under them (each indicator belongs to one); "overview" means everything. */
const factTopics: ReadonlySet<string> = new Set(indicatorTopics.filter((topic) => topic !== 'overview'));

/** Reads a command's arguments as a filter over the facts. */
export function readFactFilter(text: string, base: KnowledgeBase): FactFilter {
  // A mention ("/dovui @giamngheo_bot Bắc Kạn" in a group) addresses the bot; it names nothing.
  const words = text.split(/\s+/).filter((word) => word && !/^@\w+$/.test(word));
  const format = words.map((word) => formatWords[word.toLowerCase()]).find(Boolean) ?? 'csv';
  const asked = words.filter((word) => !formatWords[word.toLowerCase()]).join(' ');
  if (!asked) return { asked, format, places: [], topic: null, year: null, unrecognised: false };
  const question = understand(asked, base.gazetteer, policyCatalogue(base));
  const places = [...new Set(question.places.map((place) => place.name))];
  const named = question.confidence > 0 ? question.intent : null;
  // A topic without figures ("khó khăn") is kept, so that it matches nothing and is said to.
  const topic = named === 'overview' || named === 'greeting' || named === 'help' || named === 'unknown' ? null : named;
  const year = question.year;
  const unrecognised = places.length === 0 && topic === null && year === null && exactWords(asked).length > 0;
  return { asked, format, places, topic, year, unrecognised };
}

/** The facts a filter allows, in the knowledge's order. */
export function filterFacts(base: KnowledgeBase, filter: FactFilter): Fact[] {
  if (filter.unrecognised) return [];
  const provinces = filter.places.length
    ? new Set(filter.places.flatMap((place) => coveredProvinces(base.gazetteer, place)))
    : null;
  return base.facts.filter(
    (fact) =>
      (!provinces || (fact.province !== null && provinces.has(fact.province))) &&
      onTopic(fact, filter.topic) &&
      (filter.year === null || inYear(fact, filter.year)),
  );
}

function onTopic(fact: Fact, topic: Intent | null): boolean {
  if (topic === null) return true;
  if (topic === 'targets') return fact.status === 'target';
  return factTopics.has(topic) && indicators[fact.indicator].topic === topic;
}

const inYear = (fact: Fact, year: number) =>
  fact.period !== null && (fact.period.from ?? fact.period.to ?? 0) <= year && year <= (fact.period.to ?? 0);

/** What a filter names, for a caption and a file name: its places, its topic, its year. */
export function filterParts(filter: FactFilter, language: 'vi' | 'en'): string[] {
  return [
    ...filter.places,
    ...(filter.topic ? [templates[language].topic[filter.topic]] : []),
    ...(filter.year !== null ? [String(filter.year)] : []),
  ];
}

/** What there is to ask for, when a filter found nothing: provinces with figures, topics with figures. */
export function availableFacts(base: KnowledgeBase, language: 'vi' | 'en'): { provinces: string; topics: string } {
  const topicsWithFacts = new Set(base.facts.map((fact) => indicators[fact.indicator].topic));
  const t = templates[language];
  return {
    provinces: base.provincesWithFacts.join(', '),
    topics: [...factTopics]
      .filter((topic) => topicsWithFacts.has(topic as (typeof indicatorTopics)[number]))
      .map((topic) => t.topic[topic as Intent].toLowerCase())
      .join(', '),
  };
}

/**
 * The knowledge's facts behind an answer: each cited figure found again by its entry, sentence,
 * figure and measure (the answer contract carries no fact ids).
 */
export function factsOfAnswer(answer: Answer, base: KnowledgeBase): Fact[] {
  const found = answer.facts.flatMap((cited) =>
    (base.factsByEntry.get(cited.source.id) ?? []).filter(
      (fact) =>
        fact.raw === cited.raw &&
        fact.indicator === cited.indicator &&
        fact.value === cited.value &&
        fact.citation.quote === cited.source.quote,
    ),
  );
  return [...new Set(found)];
}
