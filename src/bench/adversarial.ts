/**
 * Messages of up to 4,096 characters (Telegram's longest) shaped to make understanding slow: long
 * runs of capitalised words, a place named hundreds of times, typo-like words for the fuzzy place
 * search, hundreds of distinct words for the passage search, markup that regular expressions backtrack
 * on. The work-budget test holds `answer()` to a multiple of a normal question on each, and the bench
 * reports the heaviest.
 */
import { intentCues, modifierCues } from '../answer/intents.js';
import { foldSyllable } from '../text/fold.js';
import { median } from './measure.js';

/** The question every message is compared with. */
export const normalQuestion = 'tỷ lệ hộ nghèo Bắc Kạn năm 2023';

const telegramLimit = 4096;

/** `unit` repeated up to the limit. */
const repeated = (unit: string): string => unit.repeat(Math.ceil(telegramLimit / unit.length)).slice(0, telegramLimit);

/** Words `word(0)`, `word(1)`… joined by `separator` up to the limit. */
function filled(word: (index: number) => string, separator = ' '): string {
  const words: string[] = [];
  let length = 0;
  for (let index = 0; length < telegramLimit; index++) {
    const next = word(index);
    words.push(next);
    length += next.length + separator.length;
  }
  return words.join(separator).slice(0, telegramLimit);
}

const letters = 'abcdeghiklmnopqrstuvxy';
/** A deterministic made-up word: distinct for distinct indexes, spelt like nothing in the knowledge. */
function madeUp(index: number, length: number): string {
  let word = '';
  for (let n = index + 1, position = 0; position < length; position++) {
    word += letters[n % letters.length] ?? 'a';
    n = Math.floor(n / letters.length) + position * 7 + 3;
  }
  return word;
}
const at = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;

const provinces = ['Kiên Giang', 'Bình Thuận', 'Bắc Kạn', 'Cần Thơ', 'Lạng Sơn', 'Hà Giang', 'Sơn La', 'Thái Bình'];
const typos = ['kien giag', 'bihn thuan', 'lang som', 'can thow', 'tay nin', 'ha giag', 'quang nin', 'bac kna'];
const nameWordTypos = ['kien', 'giag', 'bihn', 'thuan', 'lang', 'som', 'quang', 'nin', 'giang', 'binh'];
const otherScripts = ['Привет', 'مرحبا', '你好', 'Ωμέγα', 'नमस्ते', 'Bắc'];

/**
 * The shapes, each at most 4,096 characters. `knowledgeWords` (words of the knowledge's articles)
 * make questions of hundreds of distinct words the passage index holds; without the `placeWords`
 * (folded words of place names, the gazetteer's `nameWords`) one names no place and is searched for
 * in every province.
 */
export function adversarialMessages(
  knowledgeWords: readonly string[],
  placeWords: ReadonlySet<string> = new Set(),
): { name: string; text: string }[] {
  // Without the words of out-of-scope and target cues ("du lịch", "trận", "mục tiêu"), so that the
  // questions ask why and are answered from passages.
  const cueWords = [...Object.keys(intentCues.unknown), ...(modifierCues.targets ?? [])];
  const unwanted = new Set(cueWords.flatMap((cue) => cue.split(' ')));
  const distinct = [...new Set(knowledgeWords.map((word) => word.toLowerCase()))].filter(
    (word) => /^\p{L}+$/u.test(word) && !unwanted.has(word),
  );
  const placeless = distinct.filter((word) => !placeWords.has(foldSyllable(word)));
  // Made-up words fill what the knowledge's words leave of the message.
  const knowledgeText = (lead: string, words = distinct) =>
    `${lead} ${words.join(' ')} ${filled((index) => madeUp(index, 6))}`.slice(0, telegramLimit);
  const shapes: [string, string][] = [
    ['"A " × 2048 (one run of capitalised words)', repeated('A ')],
    ['capitalised made-up words', filled((index) => `A${madeUp(index, 4)}`)],
    [
      'capitalised Vietnamese words',
      filled((index) => at(['Tỉnh', 'Thái', 'Bình', 'Hòa', 'Năm', 'Hộ', 'Nghèo'], index)),
    ],
    ['"Bắc Kạn " × 500', repeated('Bắc Kạn ')],
    ['"Hòa Bình " × 455 (a common-word name)', repeated('Hòa Bình ')],
    ['"tỉnh hòa bình " × 292', repeated('tỉnh hòa bình ')],
    ['"Huế " × 1024 (a one-word name)', repeated('Huế ')],
    ['"hn " × 1365 (an abbreviation)', repeated('hn ')],
    ['eight provinces in turn', filled((index) => at(provinces, index))],
    ['"so sánh" and provinces', `so sánh ${filled((index) => `${at(provinces, index)} và`)}`.slice(0, telegramLimit)],
    ['misspelt provinces, each a little different', filled((index) => `${at(typos, index)}${madeUp(index, 1)}`)],
    ['words one typo from a name word', filled((index) => `${at(nameWordTypos, index * 7)}${at([...letters], index)}`)],
    ['distinct made-up words', filled((index) => madeUp(index, 5))],
    ['hundreds of distinct knowledge words', knowledgeText('')],
    ['a topic and hundreds of knowledge words', knowledgeText('chính sách giảm nghèo')],
    ['why, in hundreds of knowledge words and no place', knowledgeText('Vì sao còn nhiều hộ nghèo', placeless)],
    ['why a province is poor, in hundreds of knowledge words', knowledgeText('Vì sao Bắc Kạn còn nhiều hộ nghèo')],
    ['"tỷ lệ hộ nghèo " × 273 (cue words repeated)', repeated('tỷ lệ hộ nghèo ')],
    ['ranking cue repeated', `tỉnh nào có tỷ lệ hộ nghèo cao nhất ${repeated('cao nhất ')}`.slice(0, telegramLimit)],
    ['follow-up words repeated', repeated('còn thì sao ')],
    ['"1.329 " × 682', repeated('1.329 ')],
    ['one run of 4,096 digits', '1'.repeat(telegramLimit)],
    ['years 1900–2099', filled((index) => String(1900 + (index % 200)))],
    ['year ranges', filled((index) => `${2000 + (index % 30)}-`)],
    ['"năm" and a year, repeated', filled((index) => `năm ${2000 + (index % 30)}`)],
    ['one word of 4,096 letters', 'a'.repeat(telegramLimit)],
    ['one word of 4,096 accented letters', 'ạ'.repeat(telegramLimit)],
    ['emoji', repeated('😀')],
    ['mixed scripts', filled((index) => at(otherScripts, index))],
    ['"[" × 4096', '['.repeat(telegramLimit)],
    ['"[a" × 2048 (unclosed link texts)', repeated('[a')],
    ['"[](" × 1365 (unclosed links)', repeated('[](')],
    ['"[x](y) " × 585 (links)', repeated('[x](y) ')],
    ['"<" × 4096', '<'.repeat(telegramLimit)],
    ['"<b>a</b> " × 455 (tags)', repeated('<b>a</b> ')],
    ['"&amp;" × 819 (entities)', repeated('&amp;')],
    ['4,096 spaces', ' '.repeat(telegramLimit)],
  ];
  return shapes.map(([name, text]) => ({ name, text }));
}

/** How long `run(text)` takes against `run(normal)`: medians, the two interleaved on the same machine. */
export interface RelativeCost {
  readonly ms: number;
  readonly normalMs: number;
  readonly ratio: number;
}

/**
 * Times `run(text)` and `run(normal)` in turns, `rounds` times after one warm-up of each, and gives
 * the medians and their ratio. A normal question takes tens of microseconds: it is timed over ten
 * calls a turn.
 */
export function relativeCost(run: (text: string) => unknown, text: string, normal: string, rounds = 5): RelativeCost {
  run(normal);
  run(text);
  const costs: number[] = [];
  const normals: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    for (let call = 0; call < 10; call++) run(normal);
    normals.push((performance.now() - started) / 10);
    started = performance.now();
    run(text);
    costs.push(performance.now() - started);
  }
  const ms = median(costs);
  const normalMs = median(normals);
  return { ms, normalMs, ratio: ms / normalMs };
}
