import type { KnowledgeBase } from '../knowledge/base.js';
import type { KnowledgeEntry } from '../knowledge/entry.js';
import { continuesPrevious, splitSentences } from '../text/sentences.js';
import { foldedWords, foldPhrase } from '../text/words.js';
import type { PolicyKind, PolicyNames } from './schema.js';

/** A sentence of the knowledge that names a policy: quoted verbatim, cited like a figure. */
export interface PolicyMention {
  readonly entryId: string;
  /** The entry's province (its first), null for an entry about no province. */
  readonly province: string | null;
  readonly quote: string;
  readonly start: number;
  readonly end: number;
  readonly paragraph: number;
  readonly fromSummary: boolean;
}

/** A programme, decision, fund, movement, standard or institution the articles mention. */
export interface Policy {
  readonly id: string;
  readonly kind: PolicyKind;
  /** As the articles write it most fully ("Quyết định 353/QĐ-TTg"). */
  readonly name: string;
  /** Folded word sequences a question or a sentence names it by ("qd 353", "chuong trinh 135"). */
  readonly aliases: readonly string[];
  /** Folded short forms that name it in a question only where no alias does ("mtqg"). */
  readonly shortForms?: readonly string[];
  /** Every sentence naming it, articles before summaries, in the knowledge's order. */
  readonly mentions: readonly PolicyMention[];
  /** Provinces whose entries name it. */
  readonly provinces: readonly string[];
  /** A legal document's date, issuer and subject, as an article writes them after its number (each where stated). */
  readonly stated?: DocumentParticulars;
}

/** "Quyết định số 353/QĐ-TTg ngày 15/03/2022 của Thủ tướng Chính phủ phê duyệt danh sách …": its particulars, verbatim. */
export interface DocumentParticulars {
  readonly date?: string;
  readonly issuer?: string;
  readonly subject?: string;
}

export interface PolicyCatalogue {
  readonly policies: readonly Policy[];
  readonly byId: ReadonlyMap<string, Policy>;
}

/**
 * The kinds of legal document, found by rule wherever a number follows their name: how the articles
 * and people write and abbreviate them. A new article's documents join the catalogue with no edit.
 */
export const documentKinds = [
  { name: 'Quyết định', abbreviations: ['QĐ'], english: ['decision'] },
  { name: 'Nghị quyết', abbreviations: ['NQ'], english: ['resolution'] },
  { name: 'Nghị định', abbreviations: ['NĐ'], english: ['decree'] },
  { name: 'Thông tư', abbreviations: ['TT'], english: ['circular'] },
  { name: 'Chỉ thị', abbreviations: ['CT'], english: ['directive'] },
  { name: 'Kế hoạch', abbreviations: ['KH'], english: ['plan'] },
] as const;

const documentPattern = new RegExp(
  `(${documentKinds.map((kind) => kind.name).join('|')})\\s+(?:số\\s+)?(\\d{1,4})(?:\\s*([/-])\\s*([0-9A-Za-zĐđÐ/-]*[A-Za-zĐđÐ][0-9A-Za-zĐđÐ/-]*))?`,
  'giu',
);

/**
 * What an article writes right after a document's number: ", ngày 09/9/2021", "của BCH Đảng bộ tỉnh"
 * or "của Thủ tướng Chính phủ", then its subject from "về" or "phê duyệt" to the next comma or stop.
 */
function particulars(after: string): DocumentParticulars {
  const match = particularsPattern.exec(after);
  if (!match) return {};
  const [, date, issuer, subject] = match;
  return {
    ...(date ? { date } : {}),
    ...(issuer ? { issuer: issuer.trim() } : {}),
    ...(subject ? { subject: shortSubject(subject.trim()) } : {}),
  };
}

// Each part stops at a stop, a semicolon, a bracket or " là " ("… của Thủ tướng Chính phủ là 2.543 nhà").
const particularsPattern =
  /^,?\s*(?:ngày\s+(\d{1,2}\/\d{1,2}\/\d{4}))?\s*(?:của\s+((?:(?!\s(?:về|phê duyệt|là)\s)[^,;.()\n])+))?\s*((?:về|phê duyệt)\s(?:(?!\slà\s)[^;.()\n])+)?/u;

/** A subject runs on into the article's next clause: cut to its first words, at a comma, marked cut. */
function shortSubject(subject: string): string {
  const words = subject.split(/\s+/);
  if (words.length <= subjectWords) return subject;
  const kept = words.slice(0, subjectWords).join(' ');
  const comma = kept.lastIndexOf(',');
  return `${comma > 0 ? kept.slice(0, comma) : kept} …`;
}

const subjectWords = 24;

/** A document's stable id: its kind's abbreviation and its number ("qd-353"), however the number was written. */
const documentId = (kind: (typeof documentKinds)[number], number: string) =>
  `${foldPhrase(kind.abbreviations[0]).replace(/ /g, '')}-${Number(number)}`;

/**
 * The catalogue of the knowledge: legal documents by rule (a kind of document and its number), the
 * other policies by the names and aliases of knowledge/policies.json; each with every sentence that
 * names it. Built from the entries alone, so a new article's policies appear without a code change.
 */
export function buildPolicyCatalogue(entries: readonly KnowledgeEntry[], names: PolicyNames): PolicyCatalogue {
  const documents = new Map<
    string,
    { kind: (typeof documentKinds)[number]; number: string; symbols: Set<string>; stated: DocumentParticulars }
  >();
  for (const entry of entries) {
    for (const match of entry.body.matchAll(documentPattern)) {
      const kind = documentKinds.find((candidate) => foldPhrase(candidate.name) === foldPhrase(match[1] ?? ''));
      const number = String(Number(match[2]));
      if (!kind) continue;
      const id = documentId(kind, number);
      const found = documents.get(id) ?? { kind, number, symbols: new Set<string>(), stated: {} };
      // The symbol as written after the number: "353/QĐ-TTg", "47-NQ/TU".
      if (match[4]) found.symbols.add(`${match[3]}${match[4]}`);
      // Its date, issuer and subject where an article states them; the fullest statement is kept.
      const stated = particulars(entry.body.slice((match.index ?? 0) + match[0].length));
      for (const field of ['date', 'issuer', 'subject'] as const) {
        const value = stated[field];
        if (value && value.length > (found.stated[field]?.length ?? 0))
          found.stated = { ...found.stated, [field]: value };
      }
      documents.set(id, found);
    }
  }
  const drafts: {
    id: string;
    kind: PolicyKind;
    name: string;
    aliases: string[];
    shortForms?: string[];
    stated?: DocumentParticulars;
  }[] = [
    ...[...documents].map(([id, { kind, number, symbols, stated }]) => {
      const symbol = [...symbols].sort((a, b) => b.length - a.length)[0];
      const spoken = [kind.name, ...kind.abbreviations, ...kind.english];
      return {
        id,
        kind: 'document' as const,
        name: `${kind.name} ${number}${symbol ?? ''}`,
        ...(Object.keys(stated).length > 0 ? { stated } : {}),
        aliases: [
          ...spoken.flatMap((word) => [`${foldPhrase(word)} ${number}`, `${foldPhrase(word)} so ${number}`]),
          ...kind.abbreviations.map((abbreviation) => `${number} ${foldPhrase(abbreviation)}`),
        ],
      };
    }),
    ...names.policies.map((policy) => ({
      id: policy.id,
      kind: policy.kind,
      name: policy.name,
      aliases: [...new Set([policy.name, ...policy.aliases].map(foldPhrase))].filter(Boolean),
      ...(policy.shortForms ? { shortForms: policy.shortForms.map(foldPhrase) } : {}),
    })),
  ];
  drafts.push(...issuedByName(entries, drafts));
  const mentions = new Map<string, PolicyMention[]>(drafts.map((draft) => [draft.id, []]));
  // Aliases by their first word: each word of a sentence is looked up once, not every alias tried on
  // every sentence (10,000 articles: 24 s → well under a second).
  const byFirstWord = new Map<string, { id: string; words: readonly string[] }[]>();
  for (const draft of drafts) {
    for (const alias of draft.aliases) {
      const words = alias.split(' ');
      const list = byFirstWord.get(words[0] ?? '') ?? [];
      list.push({ id: draft.id, words });
      byFirstWord.set(words[0] ?? '', list);
    }
  }
  for (const entry of [...entries].sort((a, b) => Number(a.kind === 'summary') - Number(b.kind === 'summary'))) {
    let previous: ReturnType<typeof splitSentences>[number] | undefined;
    for (const sentence of splitSentences(entry.body)) {
      const before = previous;
      previous = sentence;
      const words = foldedWords(sentence.text);
      const named = new Set<string>();
      words.forEach((word, index) => {
        for (const candidate of byFirstWord.get(word) ?? []) {
          if (candidate.words.every((expected, offset) => words[index + offset] === expected)) named.add(candidate.id);
        }
      });
      // "Trong đó, theo quyết định số 167 … là 6.009 nhà": "of which" is read with the sentence it refers to.
      const start =
        before && before.paragraph === sentence.paragraph && continuesPrevious(words) ? before.start : sentence.start;
      for (const id of named) {
        mentions.get(id)?.push({
          entryId: entry.id,
          province: entry.provinces[0] ?? null,
          quote: entry.body.slice(start, sentence.end),
          start,
          end: sentence.end,
          paragraph: sentence.paragraph,
          fromSummary: entry.kind === 'summary',
        });
      }
    }
  }
  const policies = drafts
    .map((draft) => {
      const found = mentions.get(draft.id) ?? [];
      const provinces = [...new Set(found.flatMap((mention) => (mention.province ? [mention.province] : [])))];
      return { ...draft, mentions: found, provinces };
    })
    .filter((policy) => policy.mentions.length > 0);
  return { policies, byId: new Map(policies.map((policy) => [policy.id, policy])) };
}

/**
 * Plans and programmes a body issues by name, without a number ("UBND tỉnh đã ban hành Kế hoạch rà
 * soát hộ nghèo, hộ cận nghèo …", "đã xây dựng Chương trình phối hợp thực hiện …"): a kind of policy
 * written with a capital after a verb of issuing. The name runs to the first comma, semicolon or
 * full stop, or to the next such name ("… tỉnh Lạng Sơn và Kế hoạch rà soát …"); names the catalogue
 * already has (the MTQG, by its aliases) are theirs.
 */
function issuedByName(entries: readonly KnowledgeEntry[], known: readonly { aliases: readonly string[] }[]) {
  // Only the known names that open as an issued kind does can be one of them (not "quyết định 353").
  const knownAliases = known
    .flatMap((draft) => draft.aliases)
    .filter((alias) => issuedKinds.some((kind) => alias.startsWith(foldPhrase(kind.name))));
  const drafts = new Map<string, { id: string; kind: PolicyKind; name: string; aliases: string[] }>();
  const seen = new Set<string>();
  for (const entry of entries) {
    for (const match of entry.body.matchAll(issuedPattern)) {
      const kind = issuedKinds.find((candidate) => candidate.name === match[2]);
      const name = `${match[2]} ${match[3]}`.trim();
      const words = foldedWords(name);
      const folded = words.join(' ');
      if (!kind || words.length < issuedNameWords || seen.has(folded)) continue;
      if (knownAliases.some((alias) => folded.startsWith(alias))) continue;
      seen.add(folded);
      const slug = `${kind.id}-${words.slice(kind.name.split(' ').length).join('-')}`.slice(0, 48).replace(/-+$/, '');
      let id = slug;
      for (let n = 2; drafts.has(id); n += 1) id = `${slug}-${n}`;
      drafts.set(id, { id, kind: kind.kind, name, aliases: [folded] });
    }
  }
  // Its opening words name it too ("kế hoạch rà soát hộ nghèo"), unless they open another's name.
  const opening = (draft: { aliases: string[] }) => draft.aliases[0]?.split(' ').slice(0, openingWords).join(' ') ?? '';
  const openingCounts = new Map<string, number>();
  for (const draft of drafts.values()) openingCounts.set(opening(draft), (openingCounts.get(opening(draft)) ?? 0) + 1);
  for (const draft of drafts.values()) {
    const words = opening(draft);
    if (words !== draft.aliases[0] && openingCounts.get(words) === 1) draft.aliases.push(words);
  }
  return [...drafts.values()];
}

/** The kinds a body issues by name: how the articles write them, and what they are. */
const issuedKinds = [
  { name: 'Kế hoạch', id: 'kh', kind: 'document' },
  { name: 'Chương trình', id: 'ct', kind: 'programme' },
  { name: 'Đề án', id: 'da', kind: 'programme' },
  { name: 'Phong trào', id: 'pt', kind: 'movement' },
] as const satisfies readonly { name: string; id: string; kind: PolicyKind }[];

/** Verbs a plan or programme is issued, drawn up or carried out by; "và" joins a second one to the first. */
const issuingVerbs = ['ban hành', 'xây dựng', 'triển khai', 'phê duyệt', 'trình', 'và'];

const issuedNames = issuedKinds.map((kind) => kind.name).join('|');
const issuedPattern = new RegExp(
  `(${issuingVerbs.join('|')})\\s+(${issuedNames})\\s+((?:(?!\\s+và\\s+(?:${issuedNames}))[^,;.:()\\n])+)`,
  'gu',
);
/** A name shorter than this (with its kind's words) is the kind itself ("triển khai Chương trình, …"). */
const issuedNameWords = 4;
/** Opening words of an issued name that name it in a question. */
const openingWords = 6;

/**
 * The policies a question names, by their folded aliases, longest alias first; then those named by a
 * short form outside the named ones' aliases ("mtqg là gì", not "chương trình mtqg phát triển …").
 */
export function policiesNamed(catalogue: PolicyCatalogue, words: readonly string[]): Policy[] {
  const phrase = ` ${words.join(' ')} `;
  const named = catalogue.policies
    .map((policy) => ({
      policy,
      length: Math.max(
        0,
        ...policy.aliases.filter((alias) => phrase.includes(` ${alias} `)).map((alias) => alias.length),
      ),
    }))
    .filter((found) => found.length > 0)
    .sort((a, b) => b.length - a.length)
    .map((found) => found.policy);
  // What no named policy's alias holds, each alias marked where it stood.
  const rest = named
    .flatMap((policy) => policy.aliases)
    .reduce((left, alias) => left.replaceAll(` ${alias} `, ` ${namedMark} `), phrase);
  const short = catalogue.policies.filter(
    (policy) =>
      !named.includes(policy) &&
      policy.shortForms?.some(
        (form) =>
          rest.includes(` ${form} `) &&
          !partOfNamed(rest, form) &&
          !foldedPluralMarkers.some((plural) => rest.includes(` ${plural} ${form} `)),
      ),
  );
  return [...named, ...short];
}

/** Where a named alias stood in a question. */
const namedMark = '|';

/**
 * A short form just before a named policy's alias is part of its name: "chương trình mtqg [phát triển
 * kinh tế - xã hội …]", "the national target programme for [socio-economic development …]".
 */
function partOfNamed(rest: string, form: string): boolean {
  const after = rest.slice(rest.indexOf(` ${form} `) + form.length + 2).split(' ');
  return after.slice(0, 2).includes(namedMark);
}

/** Words before a kind that make it plural ("các chương trình mục tiêu quốc gia"): programmes of a kind, not the one a short form names. */
const foldedPluralMarkers = ['các', 'những', 'mấy', 'hai', 'cả hai'].map(foldPhrase);

/**
 * The legal documents a question names by kind and number ("QĐ 999", "thong tu 07", "Decision 353"),
 * whether or not the articles mention them: a document they never mention is said to be unknown,
 * never explained from another.
 */
export function documentsAsked(words: readonly string[]): { readonly id: string; readonly name: string }[] {
  const asked: { id: string; name: string }[] = [];
  for (const kind of documentKinds) {
    const spoken = [kind.name, ...kind.abbreviations, ...kind.english].map(foldPhrase);
    words.forEach((word, index) => {
      if (!/^\d{1,4}$/.test(word)) return;
      const before = [
        words[index - 1],
        words[index - 2] === undefined ? '' : `${words[index - 2]} ${words[index - 1]}`,
      ];
      const afterSo = words[index - 1] === 'so' ? [words[index - 2], `${words[index - 3]} ${words[index - 2]}`] : [];
      if (![...before, ...afterSo].some((candidate) => candidate !== undefined && spoken.includes(candidate))) return;
      asked.push({
        id: documentId(kind, word),
        name: `${kind.name} ${word}`,
      });
    });
  }
  return asked;
}

/**
 * The catalogue of a knowledge base, built once and kept with it. Built when the knowledge is loaded
 * (src/knowledge/runtime.ts), not on the first question: at 10,000 articles it reads every sentence
 * (about 3 s).
 */
export function policyCatalogue(base: KnowledgeBase): PolicyCatalogue {
  let catalogue = catalogues.get(base);
  if (!catalogue) catalogues.set(base, (catalogue = buildPolicyCatalogue(base.entries, base.policyNames)));
  return catalogue;
}

const catalogues = new WeakMap<KnowledgeBase, PolicyCatalogue>();

/**
 * The kinds of policy a question asks to list ("những quyết định nào", "các chương trình gì", "which
 * programmes", "list the plans"): a kind's name with a word asking which near it — "nào" a few words
 * after it (not "thế nào", how), "gì" right after it, "which", "what" or "list" a few words before. "Which
 * districts did they visit in the programme" asks for districts.
 */
export function policyKindsListed(words: readonly string[]): string[] {
  const listed = new Set<string>();
  words.forEach((word, index) => {
    for (const { listed: kind, words: name } of kindNamesByFirstWord.get(word) ?? []) {
      if (listed.has(kind) || !name.every((part, offset) => words[index + offset] === part)) continue;
      // "plan to do", "programme to help": a verb or a purpose, not a kind listed.
      if (words[index + name.length] === 'to') continue;
      const after = words.slice(index + name.length, index + name.length + listingReach + 2);
      const before = words.slice(Math.max(0, index - listingReach), index);
      if (
        after.some((next, offset) => next === 'nao' && after[offset - 1] !== 'the') ||
        // "gì" asks of what stands just before it ("chương trình gì", not "chương trình hỗ trợ đầu tư gì").
        after.slice(0, 2).includes('gi') ||
        before.some((previous) => askingWhich.has(previous))
      )
        listed.add(kind);
    }
  });
  // In the kinds' own order: documents first, then programmes.
  return listableKinds.filter((kind) => listed.has(kind));
}

/** Each kind a question may list, by the folded names people give it (English plurals too). */
const kindNames = [
  ...documentKinds.map((kind) => ({
    listed: kind.name,
    // "những qđ nào": a kind is listed by its abbreviation too.
    names: [
      foldPhrase(kind.name),
      ...kind.abbreviations.map(foldPhrase),
      ...kind.english.flatMap((name) => [name, `${name}s`]),
    ],
  })),
  { listed: 'programme', names: ['chuong trinh', 'programme', 'programmes', 'program', 'programs'] },
];
const listableKinds = kindNames.map(({ listed }) => listed);
const kindNamesByFirstWord = new Map<string, { listed: string; words: readonly string[] }[]>();
for (const { listed, names } of kindNames)
  for (const name of names) {
    const words = name.split(' ');
    const first = words[0] ?? '';
    kindNamesByFirstWord.set(first, [...(kindNamesByFirstWord.get(first) ?? []), { listed, words }]);
  }
/** English words a few words before a kind's name that ask for the list of them. */
const askingWhich = new Set(['which', 'what', 'list']);
/** How far from a kind's name a word asking which may stand. */
const listingReach = 4;

/** Whether a policy is of a kind a question lists: a document kind's name, or "programme". */
export function isOfListedKind(policy: Policy, kind: string): boolean {
  return kind === 'programme'
    ? policy.kind === 'programme'
    : policy.kind === 'document' && policy.name.startsWith(kind);
}
