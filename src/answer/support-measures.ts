import type { Fact } from '../facts/fact.js';
import type { KnowledgeBase } from '../knowledge/base.js';
import type { PolicyMention } from '../policies/catalogue.js';
import { foldPhrase } from '../text/words.js';
import { intentNames, type Intent } from './intent-names.js';
import { type TargetGroup, targetGroups } from './target-groups.js';
import { topicRegistry } from './topics.js';

/** Topics that are not a measure of support: the picture, the targets, the difficulties, the money. */
const notMeasures: ReadonlySet<Intent> = new Set(['poverty_rate', 'targets', 'challenges', 'overview', 'budget']);

/** The topics of the registry that are a support measure (loans, health insurance, tuition, housing, jobs ...). */
export const measureTopics: readonly Intent[] = intentNames.filter(
  (intent) => topicRegistry[intent].shows !== undefined && !notMeasures.has(intent),
);

/** A support measure as the articles report it: who its sentences name, where, from how many sentences. */
export interface SupportMeasure {
  readonly topic: Intent;
  /** The groups its sentences name, the most named first, with how many sentences name each. */
  readonly groups: readonly { readonly group: TargetGroup; readonly sentences: number }[];
  readonly provinces: readonly string[];
  readonly sentences: number;
  /** The sentences its figures are read from, one citation each, in the knowledge's order. */
  readonly citations: readonly Fact['citation'][];
}

/**
 * Every support measure the knowledge reports, read from the sentences its figures come from: no
 * list to keep by hand, and an article's new sentence adds its groups and province. Worked out once
 * per knowledge base from its facts (no sentence is read twice).
 */
export function supportMeasures(base: KnowledgeBase): readonly SupportMeasure[] {
  let measures = cache.get(base);
  if (measures) return measures;
  measures = measureTopics.flatMap((topic) => {
    const facts = (topicRegistry[topic].shows ?? []).flatMap((id) => base.factsByIndicator.get(id) ?? []);
    if (facts.length === 0) return [];
    const sentences = new Map<string, Fact>();
    for (const fact of facts) sentences.set(`${fact.citation.entryId}\u0000${fact.citation.quote}`, fact);
    const counts = new Map<TargetGroup, number>();
    for (const fact of sentences.values())
      for (const group of groupsOfFact(fact)) counts.set(group, (counts.get(group) ?? 0) + 1);
    return [
      {
        topic,
        groups: [...counts].sort((a, b) => b[1] - a[1]).map(([group, count]) => ({ group, sentences: count })),
        provinces: [...new Set(facts.flatMap((fact) => (fact.province ? [fact.province] : [])))].sort((a, b) =>
          a.localeCompare(b, 'vi'),
        ),
        sentences: sentences.size,
        citations: [...sentences.values()].map((fact) => fact.citation),
      },
    ];
  });
  cache.set(base, measures);
  return measures;
}

const cache = new WeakMap<KnowledgeBase, readonly SupportMeasure[]>();

const groupCues = targetGroups.map((group) => ({ group, cues: group.cues.map((cue) => ` ${foldPhrase(cue)} `) }));

/** The groups a figure's sentence names: read once per figure. */
export function groupsOfFact(fact: Fact): readonly TargetGroup[] {
  let groups = factGroups.get(fact);
  if (!groups) factGroups.set(fact, (groups = groupsNamed(fact.citation.quote)));
  return groups;
}

const factGroups = new WeakMap<Fact, readonly TargetGroup[]>();

/** The groups a sentence names. */
export function groupsNamed(sentence: string): TargetGroup[] {
  return groupsInPhrase(` ${foldPhrase(sentence)} `);
}

/** The groups a folded phrase names, padded with spaces as a question's phrase is. */
export function groupsInPhrase(phrase: string): TargetGroup[] {
  return groupCues.filter(({ cues }) => cues.some((cue) => phrase.includes(cue))).map(({ group }) => group);
}

/** A support measure listed beside the policy catalogue (`npm run policies`): cited like a policy. */
export interface SupportMeasureEntry {
  readonly id: string;
  readonly kind: 'support';
  readonly name: string;
  readonly groups: readonly string[];
  readonly provinces: readonly string[];
  readonly mentions: readonly Omit<PolicyMention, 'paragraph' | 'fromSummary'>[];
}

/** Every support measure the knowledge reports, with the groups its sentences name and those sentences. */
export function supportMeasureEntries(base: KnowledgeBase): SupportMeasureEntry[] {
  return supportMeasures(base).map((measure) => ({
    id: `support-${measure.topic.replace(/_/g, '-')}`,
    kind: 'support',
    name: topicRegistry[measure.topic].label.vi,
    groups: measure.groups.map(({ group }) => group.vi),
    provinces: measure.provinces,
    mentions: measure.citations.map((citation) => ({
      entryId: citation.entryId,
      province: base.entriesById.get(citation.entryId)?.provinces[0] ?? null,
      quote: citation.quote,
      start: citation.start,
      end: citation.end,
    })),
  }));
}
