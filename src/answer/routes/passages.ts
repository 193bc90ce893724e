import type { Fact } from '../../facts/fact.js';
import type { KnowledgeBase } from '../../knowledge/base.js';
import { coveredProvinces, findPlaces, type PlaceMention } from '../../places/gazetteer.js';
import { policyCatalogue } from '../../policies/catalogue.js';
import { type Passage, type PassageIndex, searchPassages } from '../../search/passages.js';
import { foldedWords, foldPhrase } from '../../text/words.js';
import type { Composition } from '../blocks.js';
import { difficultyLexicon } from '../difficulties.js';
import { topicRegistry } from '../topics.js';
import type { PlaceRef, Request } from '../lookup.js';
import type { PassageSearch } from '../plan.js';

/**
 * Passages of a place that answer an explanation question. Difficulties are told over several
 * paragraphs: up to three are given, each whole, articles before the one-sentence summaries.
 */
export function placePassages(
  request: Request,
  search: PassageSearch,
  place: PlaceRef,
  index: PassageIndex,
  base: KnowledgeBase,
): Passage[] {
  // A province formed in 2025 is searched through the provinces merged into it.
  const provinces = coveredProvinces(base.gazetteer, place.name);
  const challenges = request.intent === 'challenges';
  // The topic's own words, and what the registry adds to its searches (how reports name difficulties).
  const topic = `${search.cueWords.join(' ')} ${topicRegistry[request.intent].search ?? ''}`;
  const text =
    `${search.contentWords.join(' ')} ${request.subject ?? ''} ${topic}`.trim() ||
    search.otherWords.join(' ') ||
    domainWords;
  const focused = !challenges && !search.asksWhichDistricts ? focusedPassage(search, provinces, index) : null;
  if (focused) return [toldWhole(focused, base)];
  let found = searchPassages(index, { text: `${text} ${place.district ?? ''}`, provinces, limit: 20 }).filter(
    (passage) => !passage.text.trim().endsWith('?') && !isHeading(passage.text) && !isCaption(passage.text),
  );
  // A policy asked about ("việc thực hiện Quyết định 33 ở Cần Thơ vướng mắc gì"): the passages naming it
  // first — where the place's articles name it seldom; one they name throughout sets no passage apart.
  const aliases = request.policies
    .flatMap((id) => policyCatalogue(base).byId.get(id) ?? [])
    .filter(
      (policy) =>
        policy.mentions.filter((mention) => mention.province && provinces.includes(mention.province)).length <=
        seldomNamed,
    )
    .flatMap((policy) => policy.aliases);
  if (aliases.length > 0) {
    const namesPolicy = (passage: Passage) => {
      const { phrase } = readPassage(passage);
      return Number(aliases.some((alias) => phrase.includes(` ${alias} `)));
    };
    found = preferring(found, namesPolicy);
  }
  // A district asked about: the passages naming it first ("Nhà tôi ở Pác Nặm ...").
  if (place.district) {
    const district = ` ${foldPhrase(place.district)} `;
    found = preferring(found, (passage) => Number(readPassage(passage).phrase.includes(district)));
  }
  if (search.asksWhichDistricts) {
    // Their names asked, or nothing else ("có những huyện nghèo nào"): the sentence listing them first.
    const naming = search.asksNames || search.contentWords.length === 0;
    found = preferring(found, (passage) => districtsNamed(passage, base) + (naming ? namesListed(passage, base) : 0));
  }
  // Which communes in a year asked ("năm 2024 … tập trung ở những xã nào"): the passages of that year
  // first. (Asked of how the work is done, a year is the article's present, seldom written.)
  if (search.asksWhichDistricts && request.year !== null && !request.yearCarried) {
    const year = String(request.year);
    found = preferring(found, (passage) => Number(passage.text.includes(year)));
  }
  if (!challenges) return found.slice(0, 1).map((passage) => toldWhole(passage, base));
  // The difficulties of a group ("ethnic minority people taking up support"): the passages naming the
  // group and a shortfall first.
  if (request.subject) {
    const group = ` ${foldPhrase(request.subject.replace(/^hộ /u, ''))} `;
    found = preferring(found, (passage) =>
      Number(readPassage(passage).phrase.includes(group) && statesDifficulty(passage)),
    );
  }
  // The difficulties of one thing named in a few words ("công tác tuyên truyền có hạn chế gì"): the
  // passages naming it and a shortfall first, when few do. A long question's words name no one thing.
  if (search.contentWords.length >= 2 && search.contentWords.length <= oneThingWords) {
    const naming = new Set(
      found.filter((passage) => namesWhatIsAsked(search.contentWords, passage) && statesDifficulty(passage)),
    );
    if (naming.size > 0 && naming.size <= found.length * setApart)
      found = preferring(found, (passage) => Number(naming.has(passage)));
  }
  const picked: Passage[] = [];
  for (const passage of found) {
    if (picked.some((p) => p.entryId === passage.entryId && p.paragraph === passage.paragraph)) continue;
    const whole = wholeParagraph(passage, base);
    const length = picked.reduce((sum, p) => sum + p.text.length, 0);
    if (picked.length > 0 && length + whole.text.length > maxPassageLength) break;
    picked.push(whole);
    if (picked.length === 3) break;
  }
  return picked;
}

/**
 * The passages, those scoring higher first and the search's order kept among equals: each scored once,
 * not once per comparison of the sort.
 */
export function preferring(passages: readonly Passage[], score: (passage: Passage) => number): Passage[] {
  const scores = new Map(passages.map((passage) => [passage, score(passage)]));
  return [...passages].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
}

/**
 * Words of its own that a passage holds as a phrase ("truyền thông", "đôn đốc giải ngân") point to that
 * passage, if it also writes the question's topic: the topic's words, found in most passages, would
 * outrank it in a search of them all.
 */
export function focusedPassage(
  search: PassageSearch,
  provinces: readonly string[],
  index: PassageIndex,
): Passage | null {
  if (search.contentWords.length < 2) return null;
  return (
    searchPassages(index, { text: search.contentWords.join(' '), provinces, limit: 10 }).find(
      (passage) => namesWhatIsAsked(search.contentWords, passage) && writesACue(search.cueWords, passage),
    ) ?? null
  );
}

/** A passage writing one of the question's topic cues, when it has any: "áp dụng" in a passage on poverty rates does not tell whom tuition exemption is for. */
function writesACue(cues: readonly string[], passage: Passage): boolean {
  const { phrase } = readPassage(passage);
  return cues.length === 0 || cues.some((cue) => phrase.includes(` ${cue} `));
}

/** A subheading ("Từ nguồn vốn Chương trình, nhiều hộ nghèo được hỗ trợ …"): announces, never tells. */
function isHeading(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length < headingLength && !/[.!…:;”"»)]$/.test(trimmed);
}

const headingLength = 160;

/** A photo's caption ("… (Ảnh: Báo QĐND)"): it shows, it does not report. */
function isCaption(text: string): boolean {
  return /\((?:Ảnh|Photo|Nguồn ảnh)\s*:[^)]*\)\s*$/u.test(text.trim());
}

/** A passage that says something falls short, in the words reports announce it with ("chưa", "khó khăn"). */
const statesDifficulty = (passage: Passage) =>
  announcedDifficulty.some((words) => readPassage(passage).phrase.includes(` ${words} `));
const announcedDifficulty = difficultyLexicon.announced.map(foldPhrase);

/** At most this many words of its own name one thing ("công tác tuyên truyền"). */
const oneThingWords = 4;

/** Words a question names set passages apart when at most this share of those found hold them. */
const setApart = 0.25;

/** A policy named in at most this many of a place's sentences sets its passages apart. */
const seldomNamed = 3;

/** What a place named alone is searched for: the words of the domain itself. */
const domainWords = 'giảm nghèo hộ nghèo thoát nghèo';

/** With no place named, a passage that shares at least two distinctive words with the question. */
export function distinctivePassage(search: PassageSearch, index: PassageIndex): Passage | null {
  const words = search.contentWords;
  if (words.length < 2) return null;
  const best = searchPassages(index, { text: words.join(' '), limit: 5 }).find((passage) => !isCaption(passage.text));
  if (!best) return null;
  const { held } = readPassage(best);
  return words.filter((word) => held.has(word)).length >= 2 ? best : null;
}

/** Passages quoted as the answer, with the figures they contain, cited like any figure. */
export function quoted(found: readonly Passage[], base: KnowledgeBase): Composition {
  return {
    blocks: found.map((passage) => ({ kind: 'passage', passage })),
    facts: factsInside(base, found),
    passages: found,
  };
}

/** How many former districts a passage names. */
function districtsNamed(passage: Passage, base: KnowledgeBase): number {
  return districtsIn(passage, base).length;
}

/** "2 huyện nghèo là Bình Gia, Văn Quan" names them (half a district more); "… tại 2 huyện nghèo Văn Quan" mentions them. */
function namesListed(passage: Passage, base: KnowledgeBase): number {
  const { phrase } = readPassage(passage);
  return districtsIn(passage, base).some((place) => phrase.includes(` la ${foldPhrase(place.district ?? '')} `))
    ? 0.5
    : 0;
}

/** The former districts a passage names: found once per passage. */
function districtsIn(passage: Passage, base: KnowledgeBase): readonly PlaceMention[] {
  let districts = districtCache.get(passage);
  if (!districts) {
    districts = findPlaces(base.gazetteer, passage.text, { fuzzy: false }).filter((place) => place.district);
    districtCache.set(passage, districts);
  }
  return districts;
}

const districtCache = new WeakMap<Passage, readonly PlaceMention[]>();

/**
 * A lead-in is told by the paragraph after it: a one-line lead ("Năm 2024, tỉnh … đề ra mục tiêu
 * giảm 3% …") or an interviewer's question ("PV: … thưa ông?") is quoted with what follows.
 */
function toldWhole(passage: Passage, base: KnowledgeBase): Passage {
  const text = passage.text.trim();
  return text.length < leadInLength || text.endsWith('?') ? wholeParagraph(passage, base) : passage;
}

/** The passage widened to its whole paragraph, so a list of difficulties is not cut mid-way. */
function wholeParagraph(passage: Passage, base: KnowledgeBase): Passage {
  const body = base.entriesById.get(passage.entryId)?.body ?? '';
  const start = body.lastIndexOf('\n\n', passage.start) + 1 || 0;
  const next = body.indexOf('\n\n', passage.end);
  let end = next < 0 ? body.length : next;
  // A lead-in ("... đã rút ra được một số bài học kinh nghiệm."), a question or a speaker's name
  // ("Ông Đàm Văn Chính:") announces the paragraph after it: read on to one that tells — and, after a
  // lead-in, on through the paragraphs it announces (one lesson each) while they fit in a quote.
  const ledIn = announces(body.slice(start, end).trim());
  for (let last = body.slice(start, end).trim(), added = 0; end < body.length && added < 3; added += 1) {
    const after = body.indexOf('\n\n', end + 2);
    const nextEnd = after < 0 ? body.length : after;
    const fits = nextEnd - start <= maxPassageLength;
    if (!announces(last) && !(ledIn && fits)) break;
    last = body.slice(end, nextEnd).trim();
    end = nextEnd;
  }
  let text = body.slice(start, end).trim();
  const at = body.indexOf(text, start);
  // Too long to quote whole: up to the last full sentence that fits and holds the passage, still verbatim.
  if (text.length > maxPassageLength) {
    const cut = text.lastIndexOf('. ', maxPassageLength) + 1;
    if (at + cut < passage.end) return passage;
    text = text.slice(0, cut);
  }
  return { ...passage, text, start: at, end: at + text.length };
}

const announces = (text: string) => text.length < leadInLength || /[?:]$/.test(text);

const maxPassageLength = 1200;
const leadInLength = 160;

/** The figures a quoted passage contains: cited like any figure, since the reader sees them. */
export function factsInside(
  base: KnowledgeBase,
  passages: readonly Pick<Passage, 'entryId' | 'start' | 'end'>[],
): Fact[] {
  return passages.flatMap((p) =>
    (base.factsByEntry.get(p.entryId) ?? []).filter(
      (fact) => fact.citation.start >= p.start && fact.citation.end <= p.end,
    ),
  );
}

/** Share of the question's own words a passage must hold, besides two of them side by side (or three such pairs). */
const wordsHeld = 0.6;

/**
 * Whether a passage names what the question names: most of its words, and two of them side by side as
 * the question has them ("sổ tay nghiệp vụ"). Syllables alone are not enough: "trí tuệ nhân tạo" shares
 * "nhân" and "tạo" with "Nhân dân" and "tạo điều kiện" in any article.
 */
export function namesWhatIsAsked(words: readonly string[], passage: Passage): boolean {
  const { held, pairs } = readPassage(passage);
  const heldCount = words.filter((word) => held.has(word)).length;
  const sideBySide = words.slice(1).filter((word, index) => pairs.has(`${words[index]} ${word}`)).length;
  // A long name ("chương trình MTQG phát triển kinh tế - xã hội vùng ...") is held by its phrases.
  return sideBySide > 0 && (heldCount >= words.length * wordsHeld || sideBySide >= 3);
}

/** A passage's folded words, padded phrase, word set and neighbouring pairs: read once per passage. */
export function readPassage(passage: Passage): {
  readonly phrase: string;
  readonly held: ReadonlySet<string>;
  readonly pairs: ReadonlySet<string>;
} {
  let read = readings.get(passage);
  if (!read) {
    const folded = foldedWords(passage.text);
    read = {
      phrase: ` ${folded.join(' ')} `,
      held: new Set(folded),
      pairs: new Set(folded.slice(1).map((word, index) => `${folded[index]} ${word}`)),
    };
    readings.set(passage, read);
  }
  return read;
}

const readings = new WeakMap<Passage, ReturnType<typeof readPassage>>();
