import type { Fact } from '../../facts/fact.js';
import { coveredProvinces } from '../../places/gazetteer.js';
import type { AnswerContext } from '../answer.js';
import type { Block, Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import { provinceIndicatorKey } from '../../knowledge/base.js';
import type { Plan } from '../plan.js';
import { templates } from '../templates.js';
import { topicRegistry } from '../topics.js';
import { groupsInPhrase, groupsOfFact, measureTopics, supportMeasures } from '../support-measures.js';
import { type TargetGroup, targetGroups } from '../target-groups.js';
import { type Passage, type PassageIndex, searchPassages } from '../../search/passages.js';
import { preferring, readPassage } from './passages.js';
import { foldPhrase } from '../../text/words.js';

type SupportPlan = Extract<Plan, { kind: 'support' }>;

/**
 * What support a group gets, as the articles report it: one line per measure (each topic the
 * registry names a measure: loans, health insurance, tuition, housing, jobs, infrastructure,
 * livelihoods), each with one cited figure of the group asked (the poor by default) — in the place
 * asked, or in any province — and the sentence it was read from, quoted.
 */
export function supportRoute(plan: SupportPlan, context: AnswerContext, language: Language): Composition {
  const { base } = context;
  const t = templates[language];
  const group = plan.request.subject ?? 'hộ nghèo';
  const beneficiary = targetGroups.find((candidate) => candidate.id === plan.beneficiary) ?? null;
  const provinces = plan.place ? coveredProvinces(base.gazetteer, plan.place.name) : base.provincesWithFacts;
  const blocks: Block[] = [];
  const facts: Fact[] = [];
  for (const intent of measureTopics) {
    const { shows, label } = topicRegistry[intent];
    if (!shows) continue;
    const candidates = provinces.flatMap((province) =>
      shows.flatMap((id) => base.factsByProvinceIndicator.get(provinceIndicatorKey(province, id)) ?? []),
    );
    const settled = candidates.filter((fact) => fact.status === 'actual' && !fact.baseline);
    // A figure of the group itself first ("10.022 hộ cận nghèo"), else one whose sentence names it;
    // for pupils or poor districts, only a figure whose sentence names them.
    const ofGroup = beneficiary
      ? settled.filter((fact) => groupsOfFact(fact).includes(beneficiary))
      : [
          ...settled.filter((fact) => fact.subject === group),
          ...settled.filter((fact) => fact.subject !== group && fact.citation.quote.includes(group)),
        ];
    const [example] = ofGroup.length > 0 || beneficiary ? ofGroup : plan.request.subject ? [] : settled;
    if (!example) continue;
    facts.push(example);
    blocks.push({ kind: 'quotedFact', heading: label[language], fact: example });
    // Who the measure is for and where, as its sentences across the articles say.
    const measure = supportMeasures(base).find((candidate) => candidate.topic === intent);
    if (measure && measure.groups.length > 0)
      blocks.push({
        kind: 'text',
        text: t.supportFor(measure.groups.map(({ group }) => group[language]).join(', '), measure.provinces.join(', ')),
      });
  }
  // Of the articles' lists, those holding more of the question's own words first ("tiếp cận dịch vụ xã
  // hội cơ bản"); two at most.
  const asked = new Set(plan.search.contentWords);
  const holds = (passage: Passage) => [...readPassage(passage).held].filter((word) => asked.has(word)).length;
  const listings = preferring(
    supportListings(beneficiary ?? group, plan.place ? provinces : undefined, context),
    holds,
  ).slice(0, listingsQuoted);
  // Nothing for the group or the place asked: said so, then the answer for the poor, or for anywhere.
  const instead = (note: string, wider: SupportPlan): Composition => {
    const answer = supportRoute(wider, context, language);
    return { ...answer, blocks: [{ kind: 'text', text: note }, ...answer.blocks] };
  };
  if (beneficiary && blocks.length === 0 && listings.length === 0)
    return instead(t.supportNotFor(beneficiary[language]), { ...plan, beneficiary: null });
  if (plan.place && blocks.length === 0 && listings.length === 0)
    return instead(t.supportNotIn(plan.place.name), { ...plan, place: null });
  if (blocks.length === 0 && listings.length === 0)
    return { blocks: [{ kind: 'text', text: t.noTopicAnywhere(t.topic.overview) }], facts, passages: [] };
  return {
    blocks: [
      {
        kind: 'text',
        text: t.support(
          beneficiary ? beneficiary[language] : language === 'vi' ? group : (t.subject[group] ?? group),
          plan.place?.name ?? null,
        ),
      },
      ...listings.map((passage): Block => ({ kind: 'passage', passage })),
      ...blocks,
    ],
    facts,
    passages: listings,
  };
}

/** Each support topic's strong cues, folded and padded: a passage naming three topics lists support. */
const measureCues = measureTopics.map((intent) =>
  Object.entries(topicRegistry[intent].cues)
    .filter(([, weight]) => weight >= 1)
    .map(([cue]) => ` ${foldPhrase(cue)} `),
);

/** The articles' lists kept per group and place, and how many of them an answer quotes. */
const listingsKept = 5;
const listingsQuoted = 2;

/** Passages that name at least this many kinds of support are the articles' own list of them. */
const listingTopics = 3;

/**
 * The articles' own lists of what support a group gets ("hỗ trợ về y tế, giáo dục, nhà ở, tín dụng
 * ưu đãi ..."): the passages (of the place asked, or anywhere) that name the most kinds of support,
 * at least three, those naming the group first; at most five. For a group no figure counts (pupils,
 * poor districts), the passages naming it and one kind of support at least: what it gets is said there.
 */
function supportListings(
  group: string | TargetGroup,
  provinces: readonly string[] | undefined,
  context: AnswerContext,
): Passage[] {
  // The same group and places give the same lists: searched once per passage index.
  let byKey = listingCache.get(context.index);
  if (!byKey) listingCache.set(context.index, (byKey = new Map<string, Passage[]>()));
  const named = typeof group === 'string' ? group : group.vi;
  const key = `${named}\u0000${provinces?.join('|') ?? ''}`;
  const cached = byKey.get(key);
  if (cached) return cached;
  const query = `${typeof group === 'string' ? group : group.cues.join(' ')} chính sách hỗ trợ ${measureTopics.map((intent) => topicRegistry[intent].label.vi).join(' ')}`;
  const found = searchPassages(context.index, { text: query, ...(provinces ? { provinces } : {}), limit: 20 });
  const folded = ` ${foldPhrase(named)} `;
  const namesGroup = (text: string) =>
    typeof group === 'string' ? text.includes(folded) : groupsInPhrase(text).includes(group);
  const listings = found
    .map((passage) => {
      const text = readPassage(passage).phrase;
      const kinds = measureCues.filter((cues) => cues.some((cue) => text.includes(cue))).length;
      return { passage, kinds, ofGroup: namesGroup(text) ? 1 : 0 };
    })
    .filter((listing) =>
      typeof group === 'string' ? listing.kinds >= listingTopics : listing.ofGroup === 1 && listing.kinds > 0,
    )
    .sort((a, b) => b.ofGroup - a.ofGroup || b.kinds - a.kinds)
    .slice(0, listingsKept)
    .map((listing) => listing.passage);
  // Bounded by the groups and places there are; a /reload brings a new index and a new cache.
  byKey.set(key, listings);
  return listings;
}

const listingCache = new WeakMap<PassageIndex, Map<string, Passage[]>>();
