import { InlineKeyboard } from 'grammy';
import type { Intent } from '../answer/intents.js';
import { knownTopics } from '../answer/lookup.js';
import type { Answer } from '../answer/schema.js';
import { templates, type Topical } from '../answer/templates.js';
import { coveredProvinces } from '../places/gazetteer.js';
import { type Policy, policyCatalogue } from '../policies/catalogue.js';
import { callbackData } from './callbacks.js';
import type { BotDeps } from './deps.js';
import { botWording } from './wording.js';
import { targetGroups } from '../answer/target-groups.js';

/** The groups a "what support does … get" question can name (those figures are counted for). */
export const supportGroups = targetGroups.filter((group) => group.subject !== null);
import { chartSpecOf } from '../chart/spec.js';

const buttonsPerRow = 3;
const conversational: readonly Intent[] = ['greeting', 'help', 'unknown'];

/**
 * Buttons under an answer: its sources and (for figures) a spreadsheet of them; other topics for this province; the same topic for other
 * provinces. Only topics and provinces that have figures are offered.
 */
export function answerKeyboard(answer: Answer, deps: BotDeps): InlineKeyboard | undefined {
  const t = templates[answer.language];
  const keyboard = new InlineKeyboard();
  let rows = 0;
  if (answer.facts.length > 0 || answer.passages.length > 0) {
    keyboard.text(t.bot.sourcesButton, callbackData.sources());
    // The figures of the answer, with their citations, as a spreadsheet.
    if (answer.facts.length > 0) keyboard.text(botWording[answer.language].csvButton, callbackData.export());
    // A series or a comparison, not already sent as a chart because the question asked for one.
    if (deps.charts && !answer.chart && chartSpecOf(answer))
      keyboard.text(botWording[answer.language].chartButton, callbackData.chart());
    keyboard.row();
    rows += 1;
  }
  // Figures stated in a sentence that names a policy: a button to what the articles say of it.
  for (const policy of policiesBehind(answer, deps)) {
    keyboard.text(shorten(t.bot.policyButton(policy.name)), callbackData.policy(policy.id)).row();
    rows += 1;
  }
  const [place] = answer.provinces;
  if (answer.provinces.length === 1 && place && !conversational.includes(answer.intent)) {
    const covered = coveredProvinces(deps.knowledge.base.gazetteer, place);
    const others = knownTopics(deps.knowledge.base, covered).filter((topic) => topic !== answer.intent);
    rows += addTopicRow(keyboard, others.slice(0, buttonsPerRow), place, deps, answer.language);
  }
  if (!conversational.includes(answer.intent) && answer.intent !== 'overview') {
    const elsewhere = deps.knowledge.base.provincesWithFacts.filter(
      (name) => !answer.provinces.includes(name) && knownTopics(deps.knowledge.base, [name]).includes(answer.intent),
    );
    for (const name of elsewhere.slice(0, buttonsPerRow)) keyboard.text(name, callbackData.topic(answer.intent, name));
    if (elsewhere.length > 0) rows += 1;
  }
  return rows > 0 ? keyboard : undefined;
}

function addTopicRow(
  keyboard: InlineKeyboard,
  topics: readonly Intent[],
  place: string,
  deps: BotDeps,
  language: 'vi' | 'en',
): number {
  if (!deps.places.includes(place) || topics.length === 0) return 0;
  for (const topic of topics) keyboard.text(templates[language].topic[topic], callbackData.topic(topic, place));
  keyboard.row();
  return 1;
}

/** The topics a province has figures for, as buttons (for /tinh). */
export function topicKeyboard(place: string, deps: BotDeps, language: 'vi' | 'en'): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const covered = coveredProvinces(deps.knowledge.base.gazetteer, place);
  const topics: Intent[] = ['overview', ...knownTopics(deps.knowledge.base, covered), 'challenges'];
  [...new Set(topics)].forEach((topic, position) => {
    keyboard.text(templates[language].topic[topic as Topical], callbackData.topic(topic, place));
    if (position % 2 === 1) keyboard.row();
  });
  return keyboard;
}

/** The provinces with figures, as buttons. */
export function provinceKeyboard(deps: BotDeps): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  deps.knowledge.base.provincesWithFacts.forEach((name, position) => {
    keyboard.text(name, callbackData.place(name));
    if (position % buttonsPerRow === buttonsPerRow - 1) keyboard.row();
  });
  return keyboard;
}

/** The example questions, as buttons. */
export function exampleKeyboard(language: 'vi' | 'en'): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  templates[language].examples.forEach((example, index) => keyboard.text(example, callbackData.example(index)).row());
  return keyboard;
}

/** Button labels are cut here: Telegram shows little more on a phone. */
const policyLabelLength = 40;

/** What support each group gets, two to a row; then the policies of the catalogue, programmes first, one per row (for /chinhsach). */
export function policyKeyboard(deps: BotDeps, language: 'vi' | 'en'): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  supportGroups.forEach((group, position) => {
    keyboard.text(templates[language].bot.groupButton(group[language]), callbackData.group(group.id));
    if (position % 2 === 1) keyboard.row();
  });
  keyboard.row();
  const order = ['programme', 'movement', 'fund', 'document', 'standard', 'institution'];
  const policies = [...policyCatalogue(deps.knowledge.base).policies].sort(
    (a, b) => order.indexOf(a.kind) - order.indexOf(b.kind),
  );
  for (const policy of policies) {
    const label =
      policy.name.length > policyLabelLength ? `${policy.name.slice(0, policyLabelLength - 1)}…` : policy.name;
    keyboard.text(label, callbackData.policy(policy.id)).row();
  }
  return keyboard;
}

const shorten = (label: string) =>
  label.length > policyLabelLength ? `${label.slice(0, policyLabelLength - 1)}…` : label;

/** Policies whose sentences state the answer's figures (at most two); none under an answer about a policy. */
function policiesBehind(answer: Answer, deps: BotDeps): Policy[] {
  if (answer.policies.length > 0 || answer.facts.length === 0) return [];
  // A mention may quote the sentence before its own ("Trong đó, theo quyết định số 33 …"): held within it.
  return policyCatalogue(deps.knowledge.base)
    .policies.filter((policy) =>
      policy.mentions.some((mention) =>
        answer.facts.some((fact) => fact.source.id === mention.entryId && mention.quote.includes(fact.source.quote)),
      ),
    )
    .slice(0, 2);
}
