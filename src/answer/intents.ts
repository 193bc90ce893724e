import { topicRegistry } from './topics.js';
import { type Intent, intentNames } from './intent-names.js';
export { type Intent, intentNames } from './intent-names.js';

type Cues = Readonly<Record<string, number>>;

/** Each topic's cue phrases and weights, as the topic registry (topics.ts) states them. */
export const intentCues: Readonly<Record<Intent, Cues>> = Object.fromEntries(
  intentNames.map((intent) => [intent, topicRegistry[intent].cues]),
) as Record<Intent, Cues>;

/**
 * Intents that cut across topics: a question with one of these cues asks for targets, or for
 * reasons, whatever topic it names ("Vì sao ... khó tham gia mô hình?" asks why, not how many models).
 */
export const modifierCues: Readonly<Partial<Record<Intent, readonly string[]>>> = {
  targets: ['mục tiêu', 'phấn đấu', 'chỉ tiêu', 'đặt mức', 'đề ra mức', 'target', 'targets', 'goal', 'goals'],
  challenges: ['vì sao', 'tại sao', 'nguyên nhân', 'why'],
};

/** Below this score the question has no clear topic: answered from passages, or out of scope. */
export const intentConfidenceThreshold = 0.5;

/** Words that ask for a ranking across provinces. */
export const rankingCues = [
  'tỉnh nào',
  'địa phương nào',
  'nơi nào',
  'xếp hạng',
  'which province',
  'rank',
  'ranking',
  'highest',
  'lowest',
];
/** Words that say which end of a ranking is wanted. */
export const rankingOrder = {
  ascending: ['thấp nhất', 'ít nhất', 'từ thấp đến cao', 'lowest', 'fewest', 'least'],
  descending: [
    'cao nhất',
    'nhiều nhất',
    'lớn nhất',
    'tốt nhất',
    'từ cao đến thấp',
    'highest',
    'most',
    'largest',
    'best',
  ],
} as const;
/**
 * Words that ask for the whole country: the knowledge has provincial figures only, so the answer says
 * so before giving every province's figure.
 */
export const nationalCues = [
  'cả nước',
  'toàn quốc',
  'trên cả nước',
  'việt nam',
  'nationwide',
  'national',
  'whole country',
  'vietnam',
];
/**
 * Words that ask for a kind of figure: a rate ("bao nhiêu phần trăm") or an amount of money ("bao
 * nhiêu tiền"). Among figures of one topic, the one asked is of that kind.
 */
export const unitCues = {
  percent: ['phần trăm', 'tỷ lệ', 'percent', 'percentage', 'rate', 'share', 'proportion'],
  money: [
    'tiền',
    'bao nhiêu tỷ',
    'tỷ đồng',
    'triệu đồng',
    'kinh phí',
    'money',
    'how much money',
    'spend',
    'spent',
    'cost',
  ],
} as const;
/**
 * Words that ask outright for an amount of money or a percentage ("bao nhiêu tiền", "what percentage"),
 * not a measure's name that holds the word ("tiền điện", "tỷ lệ hộ nghèo"): when the place's figures
 * are of another kind, the answer says so first.
 */
export const kindAskedCues = {
  percent: ['bao nhiêu phần trăm', 'mấy phần trăm', 'what percentage', 'what percent', 'how many percent'],
  money: ['bao nhiêu tiền', 'bao nhiêu tỷ', 'mấy tỷ', 'tổng số tiền', 'how much money', 'total cost', 'what cost'],
} as const;
/** Words that ask for every province at once: a table, never a passage that happens to share words. */
export const acrossProvincesCues = [
  'các tỉnh',
  'mỗi tỉnh',
  'từng tỉnh',
  'các địa phương',
  'danh sách các',
  'each province',
  'list every',
  'list all',
  'provinces',
  'by province',
];
/** Words that ask for a comparison between the places named. */
export const comparisonCues = [
  'so sánh',
  'so với',
  'cao hơn',
  'thấp hơn',
  'nhiều hơn',
  'ít hơn',
  'compare',
  'versus',
  'vs',
  'higher',
  'lower',
];
/** Words that ask for a series over time. */
export const trendCues = [
  'qua các năm',
  'thay đổi',
  'biến động',
  'xu hướng',
  'diễn biến',
  'từng năm',
  'trend',
  'over the years',
  'changed',
  'change',
];
/**
 * Words that ask for a chart ("vẽ biểu đồ tỷ lệ hộ nghèo Bắc Kạn", a follow-up "vẽ biểu đồ"): the
 * answer says so (`Answer.chart`) and the console or the bot sends its chart as an image.
 */
export const chartCues = [
  'biểu đồ',
  'vẽ biểu đồ',
  'đồ thị',
  'vẽ đồ thị',
  'chart',
  'graph',
  'plot',
  'draw a chart',
] as const;
/** Words that ask how much something fell or rose: the change itself, with its levels. */
/** Words that ask when something was issued or happened ("ký ngày nào", "ban hành khi nào", "when"). */
export const whenCues = ['ngày nào', 'khi nào', 'bao giờ', 'thời gian nào', 'when', 'what date', 'which date'];
/** "so với năm trước" measures a change against the year before; it does not ask that year. */
export const againstYearBeforeCues = ['so với năm trước', 'so với năm ngoái', 'compared with the year before'];
/** Particles a question may end with: politeness ("ạ", "ad" for "admin", "ak"), "nhé", "vậy", "hả". */
// Not "nha": folded it is "nhà" (a house).
export const endingParticles = ['ạ', 'ad', 'nhé', 'vậy', 'hả', 'ak', 'ah'];
/** Words asking which, in a short follow-up ("ở huyện nào?", "which one?", "where?"); "thế nào" is how. */
export const whichCues = ['nào', 'which', 'where'];
/** Words asking who, by language: "ai" read as English is no word at all. */
export const whoCues = { vi: ['ai'], en: ['who'] } as const;
/** Words asking what something is called, by language: "tên" folds to English "ten". */
export const nameCues = { vi: ['tên'], en: ['name', 'names', 'named'] } as const;
/** Words that name a year by the one the answer before was about ("năm trước", "the year before"). */
export const relativeYearCues: Readonly<Record<string, -1 | 1>> = {
  'năm trước': -1,
  'năm trước đó': -1,
  'năm ngoái': -1,
  'the year before': -1,
  'the previous year': -1,
  'a year earlier': -1,
  'năm sau': 1,
  'năm sau đó': 1,
  'năm tiếp theo': 1,
  'the year after': 1,
  'the following year': 1,
  'the next year': 1,
};
/**
 * Nouns that make "giảm nghèo" the name of the work ("công tác giảm nghèo", "chương trình giảm nghèo",
 * "cán bộ giảm nghèo"), not a fall asked ("tỉnh nào giảm nghèo nhanh nhất").
 */
export const workNameHeads = [
  'công tác',
  'chương trình',
  'chính sách',
  'cán bộ',
  'kết quả',
  'mục tiêu',
  'ban',
  'dự án',
  'mô hình',
  'nhiệm vụ',
  'giải pháp',
  'quỹ',
  'hoạt động',
  'lĩnh vực',
  'phong trào',
];
export const changeCues = [
  'giảm',
  'giảm được',
  'thoát nghèo',
  'đầu năm',
  'escaped',
  'fell',
  'fall',
  'fallen',
  'drop',
  'dropped',
  'decrease',
  'decreased',
  'declined',
  'reduce',
  'reduced',
];
/**
 * Words that ask what news articles on results do not say: a procedure, paperwork, an interest rate,
 * whether one's own household qualifies. Answered plainly as not covered, then with what comes closest.
 */
export const uncoveredCues = [
  'thủ tục',
  'giấy tờ',
  'hồ sơ',
  'lãi suất',
  'nộp đơn',
  'làm đơn',
  'nộp ở đâu',
  'nộp cho ai',
  'how to apply',
  // Whom to call is not in news reports.
  'số điện thoại',
  'phone number',
  'contact number',
  // How one gets a benefit oneself is a procedure.
  'làm sao để được',
  'làm thế nào để được',
  'how do i',
  'how can i',
  'where do i apply',
  'where to apply',
  'đăng ký ở đâu',
  'gia đình tôi',
  'nhà tôi',
  'gia đình mình',
  'nhà mình',
  'nhà em',
  'gia đình em',
  'nhà cháu',
  'gia đình cháu',
  // Whether a household is classed as poor: the standard's criteria, which the articles do not give.
  'có được xét',
  'được xét là',
  'xét vào hộ nghèo',
  'triệu/tháng',
  'tr/tháng',
  // A benefit's or a standard's level per person and month is a rule, which results reports do not state.
  'một tháng',
  'mỗi tháng',
  '1 tháng',
  // As levels are written: "đồng/người/tháng", "đồng/hộ/tháng".
  'người/tháng',
  'hộ/tháng',
  'per month',
  'monthly',
  'per person',
  'per household',
  'each household get',
  'mỗi hộ được',
  'mỗi hộ nghèo',
  // Per house: a support level, a rule.
  'mỗi căn',
  'một căn',
  '1 căn',
  'mức hỗ trợ',
  'mỗi hộ cận nghèo',
  'tối đa bao nhiêu',
  'hỗ trợ tối đa',
  // A loan's terms are the bank's rules: its ceiling and its length.
  'vay tối đa',
  'mức vay',
  'hạn mức',
  'thời hạn vay',
  'vay trong bao lâu',
  'maximum loan',
  'maximum amount',
  'how much can',
  'borrow at most',
  'loan limit',
  'loan term',
  'do i need',
  'tôi có được',
  'interest rate',
  'procedure',
  'paperwork',
  'how do i apply',
  'am i eligible',
  'my family',
];
/** Words that ask what support a group gets ("hộ nghèo được hỗ trợ những gì"): one line per measure. */
export const supportCues = [
  'hỗ trợ những gì',
  'hỗ trợ gì',
  'được hỗ trợ những',
  'những chính sách',
  'chính sách gì',
  'chính sách nào',
  'nhóm chính sách',
  'được hưởng những',
  'what support',
  'what help',
  'which policies',
  'what benefits',
];
/**
 * Words that ask how something is done ("quản lý dữ liệu bằng cách nào", "phối hợp như thế nào"):
 * told by passages unless a topic's own cue asks for its figure ("tỷ lệ hộ nghèo thế nào").
 */
export const mannerCues = [
  'như thế nào',
  'thế nào',
  'ra sao',
  'bằng cách nào',
  'cách nào',
  'làm cách nào',
  'gồm những gì',
  'nội dung gì',
  'làm gì để',
  'what did they do to',
  'how does',
  'how did',
  'how do',
  'how is',
  'how are',
  'in what way',
];
/**
 * Words that ask whether targets were met ("có đạt mục tiêu không", "did they hit the targets"): the
 * results the articles set against the targets, not the targets again.
 */
// Not "đạt mục tiêu" alone: folded it is also "đặt mục tiêu" (set the targets).
export const achievementCues = [
  'có đạt',
  'đạt được mục tiêu',
  'hoàn thành mục tiêu',
  'vượt mục tiêu',
  'vượt chỉ tiêu',
  'vượt kế hoạch',
  'hit',
  'meet',
  'met',
  'achieve',
  'achieved',
  'reach',
  'reached',
  // Results set against the target: "vận động được bao nhiêu so với chỉ tiêu".
  'so với chỉ tiêu',
  'so với kế hoạch',
  'so với mục tiêu',
  'against the target',
  'against the plan',
];
/**
 * Abbreviations people type in chat, read as the words they stand for (whole words, any case): "dc"
 * → "được", "ntn" → "như thế nào", "dn" → "doanh nghiệp". Only those that stand for one thing here.
 */
export const chatAbbreviations: Readonly<Record<string, string>> = {
  ko: 'không',
  dc: 'được',
  đc: 'được',
  ntn: 'như thế nào',
  sdt: 'số điện thoại',
  sđt: 'số điện thoại',
  dn: 'doanh nghiệp',
  hs: 'học sinh',
  sv: 'sinh viên',
  tw: 'trung ương',
  vs: 'với',
  cs: 'chính sách',
};
/** Words that ask for one part of a whole ("phần vốn kéo dài", "riêng vốn năm 2023", "of those"); not a bare "phần", which is also "phần trăm". */
export const portionCues = ['phần vốn', 'phần kinh phí', 'riêng', 'trong số đó', 'portion', 'of those', 'of which'];
/** Words that ask for the level at the start of a period ("đầu năm 2023"): the starting figure of a fall. */
export const startCues = ['đầu năm', 'đầu kỳ', 'start of', 'beginning of'];
/**
 * Words that join a province's former and present names into one ("Bình Thuận cũ", "Bắc Kạn (nay
 * thuộc Thái Nguyên)", "Lam Dong (formerly Binh Thuan)").
 */
export const formerCues = [
  'cũ',
  'trước đây',
  'nay thuộc',
  'nay là',
  'giờ là',
  'bây giờ là',
  'tức',
  'tỉnh',
  'former',
  'the former',
  'formerly',
  'previously',
  'now part of',
  // "Thai Nguyen's former Bac Kan area".
  "'s",
];
/**
 * Words before what a group receives: in "số hộ nghèo được vay vốn" the households are who is
 * counted, the loan is the measure. A topic cue right after one of these outweighs the group's cue.
 */
export const receivedCues = ['được', 'nhận', 'received', 'receiving', 'got', 'given'];
/** Words that start or end a follow-up that leans on the previous question. */
export const followUpCues = {
  start: ['còn', 'thế còn', 'vậy còn', 'thế', 'and', 'what about', 'how about'],
  end: ['thì sao', 'nữa'],
} as const;
/**
 * Words that point back to the policy the answer before was about ("việc thực hiện nó", "chính sách
 * này", "this programme"): the question is about that policy, whatever else it asks.
 */
export const policyBackReferences = [
  'nó',
  'chính sách này',
  'chính sách đó',
  'chương trình này',
  'chương trình đó',
  'quyết định này',
  'quyết định đó',
  'nghị quyết này',
  'văn bản này',
  'it',
  'its',
  'this policy',
  'that policy',
  'this programme',
  'this program',
  'that programme',
  'that program',
  'this decision',
  'that decision',
];
/**
 * Words that point back to the place of the answer before ("quỹ vì người nghèo ở đó", "in that
 * province"): it is kept even when the question names a policy of its own. Not English "there",
 * which is mostly "is there …".
 */
export const placeBackReferences = [
  'ở đó',
  'tại đó',
  'nơi đó',
  'ở đấy',
  'tỉnh đó',
  'tỉnh này',
  'địa phương đó',
  'that province',
  'this province',
  'the same province',
];
/** Sub-groups a question may ask about, mapped to the fact subjects they select. */
export const subjectCues: readonly (readonly [string, string])[] = [
  ['hộ cận nghèo', 'hộ cận nghèo'],
  ['cận nghèo', 'hộ cận nghèo'],
  ['near-poor', 'hộ cận nghèo'],
  ['near poor', 'hộ cận nghèo'],
  ['hộ mới thoát nghèo', 'hộ mới thoát nghèo'],
  ['mới thoát nghèo', 'hộ mới thoát nghèo'],
  ['dân tộc thiểu số', 'hộ dân tộc thiểu số'],
  ['ethnic minority', 'hộ dân tộc thiểu số'],
  ['huyện nghèo', 'huyện nghèo'],
  ['poor districts', 'huyện nghèo'],
];
/** Question words that ask for a quantity: a figure, not a passage. */
export const quantityCues = [
  'bao nhiêu',
  'bao nhiu',
  'bao nhieu',
  'bn',
  'mấy',
  'tỷ lệ',
  'phần trăm',
  'percent',
  'percentage',
  'how many',
  'how much',
  'rate',
  'số lượng',
  'số',
];
/**
 * Phrases whose syllable "số"/"so" is not "how many": "dân tộc thiểu số" (ethnic minority), "so
 * sánh" (compare), "sổ tay" (handbook), "Sở ..." (a department). Folded, they all read "so"; written
 * with diacritics, "sổ" and "sở" are told apart by understand, these catch them typed without.
 */
export const notQuantityPhrases = ['thiểu số', 'so sánh', 'so với', 'sổ tay', 'sở lao động', 'sở lđ'];
/** Question words a counted unit follows ("bao nhiêu hộ", "mấy huyện", "nhiều nhà nhất", "how many households"). */
export const countingCues = ['bao nhiêu', 'bao nhiu', 'bn', 'mấy', 'số', 'nhiều', 'how many', 'most'];
/** Words naming a programme by its number ("Chương trình 135", "programme 30a"). */
export const programmeCues = ['chương trình', 'program', 'programme'];
/** English words that mark a question as English. */
export const englishWords = new Set([
  'where',
  'when',
  'why',
  'it',
  'its',
  'this',
  'that',
  'get',
  'gets',
  'got',
  'out',
  'with',
  'from',
  'has',
  'have',
  'they',
  'their',
  'please',
  'show',
  'list',
  'what',
  'how',
  'the',
  'is',
  'are',
  'in',
  'of',
  'many',
  'much',
  'did',
  'does',
  'which',
  'who',
  'was',
  'were',
  'tell',
  'me',
  'about',
  'poverty',
  'rate',
  'and',
  'for',
  'to',
  'province',
  'compare',
  'there',
  'can',
  'you',
  'do',
  'hi',
  'hello',
  'thanks',
  "what's",
  'whats',
  'households',
  'poor',
  'help',
]);

/** Words that carry no content for passage search: question words, particles, fillers. */
export const stopWords = new Set(
  [
    'bao nhiêu',
    'là',
    'gì',
    'nào',
    'có',
    'được',
    'của',
    'cho',
    'và',
    'ở',
    'tại',
    'thế',
    'như',
    'không',
    'những',
    'các',
    'đã',
    'đang',
    'sẽ',
    'thì',
    'sao',
    'nhé',
    'ạ',
    // "ad" (admin) and "ak" end a question politely, as "ạ" does.
    'ad',
    'ak',
    'với',
    'về',
    'trong',
    'từ',
    'đến',
    'này',
    'đó',
    'tỉnh',
    'thành phố',
    'huyện',
    'năm',
    'hiện nay',
    'bạn',
    'tôi',
    'cho tôi biết',
    'một',
    'số',
    'người',
    'dân',
    'để',
    'gặp',
    'ra',
    'hãy',
    // Who and where: they ask, they name nothing to look for.
    'ai',
    'đâu',
    'what',
    'who',
    'where',
    'when',
    // English auxiliaries and the possessive's "s".
    'was',
    'were',
    'has',
    'have',
    'had',
    's',
    // The domain's own name in English, as "giảm nghèo" is a cue and not a thing to search for.
    'poverty',
    'reduction',
    'poor',
    // Joining words.
    'and',
    'or',
    'also',
    'there',
    // Pronouns point back; they name nothing to look for.
    'it',
    'its',
    'they',
    'their',
    'them',
    'this',
    'that',
    'which',
    'how',
    'the',
    'is',
    'are',
    'in',
    'of',
    'a',
    'an',
    'to',
    'for',
    'did',
    'does',
    'do',
    'many',
    'much',
  ].flatMap((phrase) => phrase.split(' ')),
);
