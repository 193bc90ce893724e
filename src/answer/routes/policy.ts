import type { Fact } from '../../facts/fact.js';
import { coveredProvinces } from '../../places/gazetteer.js';
import { isOfListedKind, type Policy, policyCatalogue, type PolicyMention } from '../../policies/catalogue.js';
import { type Passage, searchPassages } from '../../search/passages.js';
import { foldedWords } from '../../text/words.js';
import type { AnswerContext } from '../answer.js';
import type { Block, Composition } from '../blocks.js';
import type { Language } from '../compose.js';
import type { PassageSearch, Plan } from '../plan.js';
import { measureTopics } from '../support-measures.js';
import { templates } from '../templates.js';
import { topicRegistry } from '../topics.js';
import { distinctivePassage, factsInside, namesWhatIsAsked, placePassages } from './passages.js';

type PolicyPlan = Extract<Plan, { kind: 'policy' }>;
type UncoveredPlan = Extract<Plan, { kind: 'uncovered' }>;
type ListPlan = Extract<Plan, { kind: 'policyList' }>;

/** Sentences quoted for a policy at most: what it is, then where it is carried out. */
const quotedMentions = 2;
const factsShown = 6;
/** A sentence that opens with a policy's name is about it. */
const subjectWords = 12;

/**
 * A policy as the articles put it: its sentences quoted verbatim (articles before summaries, those
 * sharing most words with the question first; in the province asked where it is mentioned there),
 * the provinces whose articles mention it, and the figures given in those sentences.
 */
export function policyRoute(plan: PolicyPlan, context: AnswerContext, language: Language): Composition {
  const { base } = context;
  const t = templates[language];
  const catalogue = policyCatalogue(base);
  const policies = plan.request.policies.flatMap((id) => catalogue.byId.get(id) ?? []).slice(0, 2);
  const covered = plan.place ? coveredProvinces(base.gazetteer, plan.place.name) : null;
  const blocks: Block[] = [];
  const passages: Passage[] = [];
  const facts: Fact[] = [];
  for (const policy of policies) {
    const local = covered ? mentionsIn(policy, covered) : [];
    if (plan.place && local.length === 0)
      blocks.push({ kind: 'text', text: t.policyElsewhere(policy.name, plan.place.name, policy.provinces.join(', ')) });
    // "Ký ngày nào?": a date no article gives is said to be unknown, never guessed.
    if (plan.asksWhen && !policy.stated?.date) blocks.push({ kind: 'text', text: t.policyDateUnstated(policy.name) });
    const chosen = bestMentions(policy, local.length > 0 ? local : policy.mentions, plan.search).map(asPassage);
    blocks.push({ kind: 'text', text: t.policyHeading(policy.name) });
    if (policy.stated) blocks.push({ kind: 'text', text: t.documentParticulars(policy.stated) });
    const told = covered && local.length > 0 ? askedOfPolicyHere(policy, chosen, plan.search, covered, context) : null;
    for (const passage of told ? [told, ...chosen] : chosen) {
      passages.push(passage);
      blocks.push({ kind: 'passage', passage });
    }
    if (policy.provinces.length > 0) blocks.push({ kind: 'text', text: t.policyPlaces(policy.provinces.join(', ')) });
    // In the province asked, where it reports on the policy: its figures, not another province's.
    const counted = factsUnder(policy, context, local.length > 0 ? covered : null).filter(
      (fact) => !facts.includes(fact),
    );
    if (counted.length > 0) blocks.push({ kind: 'facts', heading: t.policyFacts, facts: counted, showProvince: true });
    facts.push(...counted);
  }
  return { blocks, facts, passages };
}

/**
 * Which decisions, programmes ... the articles mention: each by name with the sentence that names it
 * (the province's where one is asked and its articles mention it), articles before summaries.
 */
export function policyListRoute(plan: ListPlan, context: AnswerContext, language: Language): Composition {
  const t = templates[language];
  const { base } = context;
  const covered = plan.place ? coveredProvinces(base.gazetteer, plan.place.name) : null;
  const listed = policyCatalogue(base).policies.filter((policy) =>
    plan.kinds.some((kind) => isOfListedKind(policy, kind)),
  );
  const local = covered
    ? listed.filter((policy) => policy.provinces.some((province) => covered.includes(province)))
    : [];
  const shown = local.length > 0 ? local : listed;
  const heading =
    plan.place && local.length === 0 ? t.policyListElsewhere(plan.place.name) : t.policyList(plan.place?.name ?? null);
  const blocks: Block[] = [{ kind: 'text', text: heading }];
  const passages: Passage[] = [];
  for (const policy of shown) {
    const mentions = covered ? mentionsIn(policy, covered) : policy.mentions;
    const [best] = bestMentions(policy, mentions.length > 0 ? mentions : policy.mentions, plan.search);
    blocks.push({
      kind: 'text',
      text: `• ${policy.name}${policy.stated ? ` — ${t.documentParticulars(policy.stated)}` : ''}`,
    });
    if (best) {
      const passage = asPassage(best);
      passages.push(passage);
      blocks.push({ kind: 'passage', passage });
    }
  }
  // The figures in the quoted sentences are cited like any figure: the reader sees them.
  return { blocks, facts: factsInside(base, passages), passages };
}

/**
 * What the articles do not cover (a procedure, an interest rate, whether one's household qualifies):
 * said plainly, never an invented step or rule; then the passage that comes closest, quoted.
 */
export function uncoveredRoute(plan: UncoveredPlan, context: AnswerContext, language: Language): Composition {
  const t = templates[language];
  const { base } = context;
  const policy = plan.request.policies.flatMap((id) => policyCatalogue(base).byId.get(id) ?? [])[0];
  const fromPolicy = policy ? bestMentions(policy, policy.mentions, plan.search).map(asPassage) : [];
  const fromPlace = plan.place ? placePassages(plan.request, plan.search, plan.place, context.index, base) : [];
  const said = {
    kind: 'text',
    text: plan.unknownDocuments.length > 0 ? t.documentUnknown(plan.unknownDocuments.join(', ')) : t.notCovered,
  } as const;
  const nearest = fromPolicy[0] ?? fromPlace[0] ?? distinctivePassage(plan.search, context.index);
  // "Mức hỗ trợ tiền điện một tháng": no passage names it, but the measure's own cited figure comes closest.
  const fact = nearest ? undefined : topicFact(plan, context);
  if (fact)
    return {
      blocks: [
        said,
        { kind: 'text', text: t.closest },
        { kind: 'quotedFact', heading: topicRegistry[plan.request.intent].label[language], fact },
      ],
      facts: [fact],
      passages: [],
    };
  if (!nearest) return { blocks: [said], facts: [], passages: [] };
  return {
    blocks: [said, { kind: 'text', text: t.closest }, { kind: 'passage', passage: nearest }],
    facts: [],
    passages: [nearest],
  };
}

/** The first reported figure of the support measure a question names, in the place asked or anywhere. */
function topicFact(plan: UncoveredPlan, context: AnswerContext): Fact | undefined {
  const { base } = context;
  if (!measureTopics.includes(plan.request.intent)) return undefined;
  const provinces = plan.place ? coveredProvinces(base.gazetteer, plan.place.name) : null;
  return (topicRegistry[plan.request.intent].shows ?? [])
    .flatMap((id) => base.factsByIndicator.get(id) ?? [])
    .find((fact) => fact.status === 'actual' && (!provinces || provinces.includes(fact.province ?? '')));
}

/**
 * Articles before summaries; then sentences whose subject is the policy (opening with its name:
 * "Chương trình MTQG giảm nghèo thiết kế tập trung hỗ trợ..." says what it is, "... theo Quyết định
 * 353" only uses it); then those sharing most of the question's words; one per paragraph.
 */
function bestMentions(policy: Policy, mentions: readonly PolicyMention[], search: PassageSearch): PolicyMention[] {
  // What the question asks of the policy: its words and topic cues, not the policy's own name, which
  // every mention holds ("làm được gì từ các dự án thuộc Chương trình MTQG" asks of projects).
  const named = new Set(policy.aliases.flatMap((alias) => alias.split(' ')));
  const asked = new Set(
    [...search.contentWords, ...search.cueWords.flatMap((cue) => cue.split(' '))].filter((word) => !named.has(word)),
  );
  const ranked = mentions
    .map((mention, order) => {
      const folded = foldedWords(mention.quote);
      const opening = folded.slice(0, subjectWords).join(' ');
      return {
        mention,
        order,
        subject: policy.aliases.some((alias) => opening.startsWith(alias)),
        shared: folded.filter((word) => asked.has(word)).length,
      };
    })
    .sort(
      (a, b) =>
        Number(a.mention.fromSummary) - Number(b.mention.fromSummary) ||
        Number(b.subject) - Number(a.subject) ||
        b.shared - a.shared ||
        a.order - b.order,
    );
  const chosen: PolicyMention[] = [];
  for (const { mention } of ranked) {
    if (chosen.some((other) => other.entryId === mention.entryId && other.paragraph === mention.paragraph)) continue;
    chosen.push(mention);
    if (chosen.length === quotedMentions) break;
  }
  return chosen;
}

/**
 * What the question asks of a policy in a place, told where the place's article does not name it in
 * full ("bố trí nguồn vốn đối ứng thực hiện Chương trình tối thiểu 03%"): the place's passage naming the
 * question's own words, when no sentence naming the policy does.
 */
function askedOfPolicyHere(
  policy: Policy,
  chosen: readonly Passage[],
  search: PassageSearch,
  provinces: readonly string[],
  context: AnswerContext,
): Passage | null {
  const named = new Set(policy.aliases.flatMap((alias) => alias.split(' ')));
  const own = search.contentWords.filter((word) => !named.has(word));
  if (own.length < 2 || chosen.some((passage) => namesWhatIsAsked(own, passage))) return null;
  return (
    searchPassages(context.index, { text: own.join(' '), provinces, limit: 10 }).find((passage) =>
      namesWhatIsAsked(own, passage),
    ) ?? null
  );
}

/** The figures stated in the sentences that name a policy (not its targets), of the provinces given: what is counted under it. */
function factsUnder(policy: Policy, context: AnswerContext, provinces: readonly string[] | null): Fact[] {
  return factsInside(context.base, policy.mentions.map(asPassage))
    .filter((fact) => fact.status !== 'target' && (!provinces || provinces.includes(fact.province ?? '')))
    .slice(0, factsShown);
}

/** The sentences naming a policy in the given (pre-2025) provinces. */
function mentionsIn(policy: Policy, provinces: readonly string[]): PolicyMention[] {
  return policy.mentions.filter((mention) => mention.province !== null && provinces.includes(mention.province));
}

function asPassage(mention: PolicyMention): Passage {
  return {
    id: `${mention.entryId}:${mention.start}`,
    entryId: mention.entryId,
    province: mention.province ?? '',
    kind: mention.fromSummary ? 'summary' : 'article',
    text: mention.quote,
    start: mention.start,
    end: mention.end,
    paragraph: mention.paragraph,
    exact: new Set(),
  };
}
