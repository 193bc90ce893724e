import type { UnitKind } from '../facts/units.js';
import type { DocumentParticulars } from '../policies/catalogue.js';
import { type Intent, intentNames } from './intent-names.js';
import { topicRegistry } from './topics.js';

/** What a kind of figure is called when the articles give none of it ("số hộ", "number of households"). */
export const unitKindLabels: Readonly<Record<UnitKind, { readonly vi: string; readonly en: string }>> = {
  percent: { vi: 'tỷ lệ phần trăm', en: 'percentage' },
  money: { vi: 'số tiền', en: 'amount of money' },
  price: { vi: 'đơn giá', en: 'price' },
  households: { vi: 'số hộ', en: 'number of households' },
  people: { vi: 'số người', en: 'number of people' },
  cards: { vi: 'số thẻ', en: 'number of cards' },
  houses: { vi: 'số nhà', en: 'number of houses' },
  works: { vi: 'số công trình', en: 'number of works' },
  projects: { vi: 'số dự án, mô hình', en: 'number of projects' },
  area: { vi: 'diện tích', en: 'area' },
  admin: { vi: 'số huyện, xã', en: 'number of districts or communes' },
  groups: { vi: 'số tổ, nhóm', en: 'number of groups' },
  materials: { vi: 'số tài liệu', en: 'number of materials' },
  gifts: { vi: 'số phần quà', en: 'number of gifts' },
  events: { vi: 'số cuộc, buổi', en: 'number of events' },
  mass: { vi: 'khối lượng', en: 'weight' },
};

/** Every sentence the bot writes, in Vietnamese and English: the only place wording lives. */
export interface Templates {
  readonly topic: Readonly<Record<Intent, string>>;
  readonly status: Readonly<Record<'estimate' | 'target' | 'plan', string>>;
  readonly qualifier: Readonly<Record<string, string>>;
  readonly subject: Readonly<Record<string, string>>;
  readonly sources: string;
  readonly summaryOf: (pageTitle: string) => string;
  readonly noDate: string;
  readonly periodUnstated: string;
  readonly noPublisher: string;
  readonly mergedInto: (now: string, date: string) => string;
  readonly fellBy: (points: string, fromTo: string | null) => string;
  readonly noPlaceData: (place: string, covered: string) => string;
  readonly noTopicData: (topic: string, place: string, known: string) => string;
  /** A kind of figure asked outright ("bao nhiêu tiền", "bao nhiêu hộ") where the place's figures of the topic are of other kinds. */
  readonly noKindData: (kind: UnitKind, topic: string, place: string) => string;
  readonly noYearData: (topic: string, place: string, year: number, years: string) => string;
  readonly noDistrictData: (topic: string, district: string, province: string) => string;
  readonly noTopicAnywhere: (topic: string) => string;
  /** No province has the measure for the year asked: the latest figures follow. */
  readonly noYearAnywhere: (topic: string, year: number) => string;
  readonly askForPlace: (topic: string, covered: string) => string;
  readonly ranking: (topic: string, order: 'ascending' | 'descending') => string;
  readonly periodsDiffer: string;
  readonly standardsDiffer: string;
  readonly trend: (topic: string, place: string) => string;
  /** Heading of a table over every province that has a measure. */
  readonly table: (topic: string) => string;
  /** Heading of the provinces that give a ranked topic in another measure, listed apart. */
  readonly measuredOtherwise: string;
  /** Said before that table when the whole country was asked about. */
  readonly noNationalFigure: (topic: string) => string;
  /** Heading of the same measure for the places compared. */
  readonly comparison: (topic: string) => string;
  /** The gap between two comparable figures, marked as computed by the bot from the two cited figures. */
  readonly difference: (higher: string, lower: string, gap: string) => string;
  /** Heading of a place's card: its key figures, newest first. */
  readonly card: (place: string) => string;
  /** A policy's quoted sentences follow this. */
  readonly policyHeading: (name: string) => string;
  /** A legal document's date, issuer and subject, as the articles state them. */
  readonly documentParticulars: (stated: DocumentParticulars) => string;
  readonly policyPlaces: (provinces: string) => string;
  readonly policyFacts: string;
  /** The policy is not mentioned for the place asked: where it is. */
  readonly policyElsewhere: (name: string, place: string, provinces: string) => string;
  /** When a policy was issued, asked where no article gives its date. */
  readonly policyDateUnstated: (name: string) => string;
  /** Said first when a question asks what the articles do not cover (a procedure, a rate, one's own case). */
  readonly notCovered: string;
  readonly closest: string;
  /** Heading of the support measures a group gets, in a place or in the provinces the articles cover. */
  readonly support: (group: string, place: string | null) => string;
  /** No sentence names the group asked (pupils, workers ...) with a kind of support: what the poor get instead. */
  readonly supportNotFor: (group: string) => string;
  /** No article on the place asked reports support of that group: what the others report. */
  readonly supportNotIn: (place: string) => string;
  /** Under a place's card: its first figure's sentence, so the newest figure can be checked. */
  readonly cardQuote: (label: string, quote: string) => string;
  /** Who a support measure is for and where, as the articles' sentences name them. */
  readonly supportFor: (groups: string, provinces: string) => string;
  /** Heading of a list of the policies of some kinds the articles mention. */
  readonly policyList: (place: string | null) => string;
  /** Policies of a kind asked in a place whose articles name none: said, before the others' list. */
  readonly policyListElsewhere: (place: string) => string;
  /** A legal document the articles never mention. */
  readonly documentUnknown: (names: string) => string;
  readonly passageFrom: (title: string) => string;
  readonly outOfScope: string;
  readonly greeting: string;
  readonly thanks: string;
  readonly help: (covered: string) => string;
  readonly examples: readonly string[];
  /** The question a topic button asks about a place: each must be understood as that topic. */
  readonly askAbout: Readonly<Record<Topical, (place: string) => string>>;
  /** The words of a chart (src/chart/): title, axes, legends, notes and its caption. */
  readonly chart: {
    /** Title of the parts of a total, for one place and period. */
    readonly parts: (measure: string, place: string) => string;
    readonly period: string;
    readonly place: string;
    readonly part: string;
    /** Legend title of how a figure is drawn: filled when actual, hollow otherwise. */
    readonly figure: string;
    readonly actual: string;
    /** A legend entry of an estimate, target or plan (its status word), drawn hollow. */
    readonly hollow: (status: string) => string;
    /** Legend title of the poverty standards a chart's figures were measured under. */
    readonly standard: string;
    /** Said under a series whose figures were measured under two standards: why its line breaks. */
    readonly standardBreak: string;
    /** The caption's last words when not every source fits Telegram's 1,024 characters. */
    readonly moreSources: (count: number) => string;
    /** An answer with no series and no comparison: nothing to draw. */
    readonly nothing: string;
    /** Where the console chat saved a chart. */
    readonly saved: (file: string) => string;
  };
  readonly bot: {
    readonly welcome: (provinces: string, topics: string, sources: number) => string;
    readonly sourcesButton: string;
    /** A button under a figure answer whose figures were stated with a policy. */
    readonly policyButton: (name: string) => string;
    /** A /chinhsach button asking what support a group gets. */
    readonly groupButton: (group: string) => string;
    /** The question that button asks. */
    readonly askGroupSupport: (group: string) => string;
    readonly sourcesTitle: string;
    readonly sourcesExpired: string;
    readonly chooseProvince: string;
    readonly topicsFor: (province: string) => string;
    readonly nonText: string;
    readonly forged: string;
    /** A button pressed on a message shared inline: there is no chat to answer in. */
    readonly openChat: string;
    readonly inlineNothing: string;
    readonly commands: readonly { readonly command: string; readonly description: string }[];
    /** Above the buttons of /chinhsach. */
    readonly choosePolicy: string;
  };
}

export type Topical = Exclude<Intent, 'greeting' | 'help' | 'unknown'>;

/** Topic labels in one language, from the topic registry. */
const labelled = (language: 'vi' | 'en') =>
  Object.fromEntries(intentNames.map((intent) => [intent, topicRegistry[intent].label[language]])) as Record<
    Intent,
    string
  >;

/** The question each topic button asks, from the topic registry. */
const asked = (language: 'vi' | 'en') =>
  Object.fromEntries(
    intentNames.flatMap((intent) => {
      const ask = topicRegistry[intent].ask;
      return ask ? [[intent, ask[language]]] : [];
    }),
  ) as Record<Topical, (place: string) => string>;

const vi: Templates = {
  topic: labelled('vi'),
  status: { estimate: 'ước tính', target: 'mục tiêu', plan: 'kế hoạch' },
  qualifier: { trên: 'trên', hơn: 'hơn', gần: 'gần', khoảng: 'khoảng', 'tối thiểu': 'tối thiểu', chỉ: 'chỉ' },
  subject: {},
  sources: 'Nguồn',
  summaryOf: (pageTitle) => `tin tóm tắt trên trang bài «${pageTitle}»`,
  noDate: 'không rõ ngày đăng',
  periodUnstated: 'bài không ghi rõ kỳ',
  noPublisher: 'không rõ báo',
  mergedInto: (now, date) => `nay thuộc ${now} từ ${date}`,
  fellBy: (points, fromTo) => `giảm ${points} điểm %${fromTo ? ` (${fromTo})` : ''}`,
  noPlaceData: (place, covered) => `Hiện tôi chưa có số liệu nào về ${place}. Tôi có số liệu của: ${covered}.`,
  noKindData: (kind, topic, place) =>
    `Các bài báo không có số liệu về ${unitKindLabels[kind].vi} của ${place} ở mục «${topic}»; dưới đây là điều các bài nêu.`,
  noTopicData: (topic, place, known) =>
    `Tôi chưa có số liệu về ${topic.toLowerCase()} của ${place}.${known ? ` Với ${place}, tôi có số liệu về: ${known}.` : ''}`,
  noYearData: (topic, place, year, years) =>
    `Tôi chưa có số liệu ${topic.toLowerCase()} của ${place} cho năm ${year}.${years ? ` Số liệu có cho: ${years}.` : ''}`,
  noDistrictData: (topic, district, province) =>
    `Tôi chưa có số liệu ${topic.toLowerCase()} riêng cho huyện ${district} (${province}); hãy hỏi số liệu của cả tỉnh ${province}.`,
  noTopicAnywhere: (topic) => `Tôi chưa có số liệu về ${topic.toLowerCase()} cho tỉnh nào.`,
  noYearAnywhere: (topic, year) =>
    `Chưa tỉnh nào có số liệu ${topic.toLowerCase()} năm ${year}; dưới đây là số mới nhất của mỗi tỉnh.`,
  askForPlace: (topic, covered) => `Bạn muốn hỏi ${topic.toLowerCase()} của tỉnh nào? Tôi có số liệu của: ${covered}.`,
  ranking: (topic, order) =>
    `${topic} — xếp hạng các tỉnh (${order === 'ascending' ? 'từ thấp đến cao' : 'từ cao đến thấp'})`,
  periodsDiffer: 'Lưu ý: các số liệu thuộc các kỳ khác nhau, chỉ so sánh được một cách tương đối.',
  standardsDiffer: 'Lưu ý: các tỷ lệ được đo theo các chuẩn nghèo khác nhau, không so sánh trực tiếp được.',
  trend: (topic, place) => `${topic} — ${place} qua các năm`,
  table: (topic) => `${topic} — các tỉnh có số liệu (số mới nhất của mỗi tỉnh)`,
  measuredOtherwise: 'Tỉnh có số liệu đo theo cách khác (không xếp cùng):',
  noNationalFigure: (topic) =>
    `Tôi không có số liệu ${topic.toLowerCase()} của cả nước: các bài chỉ nêu số liệu của từng tỉnh, như sau.`,
  comparison: (topic) => `${topic} — so sánh`,
  difference: (higher, lower, gap) => `Chênh lệch (tôi tính từ hai số liệu trên): ${higher} cao hơn ${lower} ${gap}.`,
  card: (place) => `${place} — các số liệu chính, mới nhất trước`,
  policyHeading: (name) => `${name} — theo các bài báo:`,
  documentParticulars: ({ date, issuer, subject }) =>
    [date && `Ngày ${date}`, issuer && `Cơ quan ban hành: ${issuer}`, subject].filter(Boolean).join(' · '),
  policyPlaces: (provinces) => `Các tỉnh có bài nhắc đến: ${provinces}.`,
  policyFacts: 'Số liệu được nêu cùng chính sách này:',
  policyElsewhere: (name, place, provinces) =>
    `Các bài tôi có không nhắc đến ${name} ở ${place}; các bài nhắc đến ở: ${provinces}.`,
  policyDateUnstated: (name) =>
    `Các bài báo tôi có không nói về ngày ban hành ${name}, nên tôi không nêu ngày nào. Điều các bài nói về nó:`,
  notCovered:
    'Các bài báo tôi có không nói về thủ tục, giấy tờ, lãi suất, mức hỗ trợ hay mức chuẩn nghèo theo tháng, hay việc một hộ cụ thể có được hưởng hay không, nên tôi không đưa ra các bước, mức tiền hay quy định nào. Bạn nên hỏi UBND xã hoặc Ngân hàng Chính sách xã hội nơi cư trú.',
  closest: 'Điều các bài nói gần nhất:',
  policyList: (place) => `Các bài báo nhắc đến${place ? ` (ở ${place})` : ''}:`,
  policyListElsewhere: (place) => `Các bài tôi có không nhắc đến chính sách nào như vậy ở ${place}. Ở các tỉnh khác:`,
  support: (group, place) =>
    `Các hỗ trợ cho ${group}${place ? ` ở ${place}` : ''} mà các bài báo nêu, mỗi loại một số liệu và câu trích:`,
  supportNotFor: (group) =>
    `Các bài báo tôi có không nêu riêng hỗ trợ dành cho ${group}; dưới đây là các hỗ trợ cho hộ nghèo.`,
  supportNotIn: (place) =>
    `Các bài báo tôi có không nói về hỗ trợ này ở ${place}; dưới đây là những gì các tỉnh khác nêu.`,
  cardQuote: (label, quote) => `${label}, theo câu: «${quote}»`,
  supportFor: (groups, provinces) => `↳ Dành cho (theo các bài): ${groups}. Tỉnh có số liệu: ${provinces}.`,
  documentUnknown: (names) =>
    `Các bài báo tôi có không nói về ${names}: tôi không biết văn bản này quy định gì và sẽ không đoán.`,
  passageFrom: (title) => `Theo bài «${title}»:`,
  outOfScope:
    'Xin lỗi, tôi chỉ trả lời về chính sách và kết quả giảm nghèo theo tỉnh (tỷ lệ hộ nghèo, vay vốn, nhà ở, BHYT, vốn và giải ngân, mục tiêu, việc làm...).',
  greeting: 'Xin chào! Tôi trả lời câu hỏi về kết quả giảm nghèo theo tỉnh, kèm số liệu và nguồn trích dẫn.',
  thanks: 'Rất vui được giúp bạn! Bạn cứ hỏi thêm về kết quả giảm nghèo của các tỉnh.',
  help: (covered) =>
    `Hãy hỏi về một tỉnh và một chủ đề: tỷ lệ hộ nghèo, vay vốn, nhà ở, BHYT, học phí, việc làm, vốn và giải ngân, mục tiêu, công trình hạ tầng, sinh kế, khó khăn. Gõ có dấu hay không dấu đều được. Tôi có số liệu của: ${covered}.`,
  examples: [
    'Tỷ lệ hộ nghèo Kiên Giang năm 2023?',
    'Bình Thuận cho hộ nghèo vay bao nhiêu?',
    'So sánh tỷ lệ hộ nghèo Lạng Sơn và Bắc Kạn',
    'Tỉnh nào có tỷ lệ hộ nghèo thấp nhất?',
  ],
  askAbout: asked('vi'),
  chart: {
    parts: (measure, place) => `${measure} — ${place}: tổng và các phần`,
    period: 'Kỳ số liệu',
    place: 'Tỉnh',
    part: 'Phần',
    figure: 'Số liệu',
    actual: 'thực tế (điểm, cột đặc)',
    hollow: (status) => `${status} (điểm, cột rỗng)`,
    standard: 'Chuẩn nghèo',
    standardBreak: 'Đường bị ngắt nơi chuẩn nghèo thay đổi: số liệu theo hai chuẩn không so sánh trực tiếp được.',
    moreSources: (count) => `… và ${count} nguồn khác`,
    nothing:
      'Câu trả lời này không có chuỗi số liệu (một chỉ số qua ít nhất 3 kỳ) hay phép so sánh (một chỉ số của ít nhất 2 tỉnh, hoặc các phần của một tổng) nào để vẽ biểu đồ.',
    saved: (file) => `📈 Biểu đồ đã lưu: ${file}`,
  },
  bot: {
    welcome: (provinces, topics, sources) =>
      `Xin chào! Tôi trả lời câu hỏi về chính sách và kết quả giảm nghèo theo tỉnh, mỗi số liệu kèm kỳ số liệu và nguồn trích dẫn.\n\nTỉnh có số liệu: ${provinces}.\nChủ đề: ${topics}.\nNguồn: ${sources} bài báo (gõ /nguon để xem).\n\nThử một câu hỏi:`,
    sourcesButton: '📄 Nguồn',
    policyButton: (name) => `📜 Chính sách: ${name}`,
    groupButton: (group) => `🤝 Hỗ trợ ${group}`,
    askGroupSupport: (group) => `${group} được hỗ trợ những gì?`,
    sourcesTitle: 'Nguồn của câu trả lời',
    sourcesExpired: 'Nguồn của tin nhắn này không còn lưu; hãy hỏi lại.',
    chooseProvince: 'Chọn một tỉnh:',
    topicsFor: (province) => `Các chủ đề có số liệu của ${province}:`,
    nonText: 'Tôi chỉ đọc được câu hỏi bằng chữ. Hãy gõ câu hỏi, ví dụ: Tỷ lệ hộ nghèo Kiên Giang?',
    forged: 'Nút này không còn dùng được.',
    openChat: 'Hãy mở chat riêng với bot để hỏi tiếp.',
    inlineNothing: 'Không tìm thấy số liệu',
    commands: [
      { command: 'start', description: 'Giới thiệu và câu hỏi mẫu' },
      { command: 'help', description: 'Cách hỏi' },
      { command: 'tinh', description: 'Các tỉnh có số liệu' },
      { command: 'nguon', description: 'Các bài báo nguồn' },
      { command: 'chinhsach', description: 'Chương trình, quyết định, quỹ được nhắc đến' },
    ],
    choosePolicy:
      'Các hỗ trợ theo từng nhóm, rồi các chương trình, văn bản, quỹ và cơ quan mà các bài báo nhắc đến — chọn một để xem các bài nói gì:',
  },
};

const en: Templates = {
  topic: labelled('en'),
  status: { estimate: 'estimate', target: 'target', plan: 'plan' },
  qualifier: {
    trên: 'over',
    hơn: 'more than',
    gần: 'nearly',
    khoảng: 'about',
    'tối thiểu': 'at least',
    chỉ: 'only',
  },
  subject: {
    'hộ nghèo': 'poor households',
    'hộ cận nghèo': 'near-poor households',
    'hộ mới thoát nghèo': 'households just out of poverty',
    'hộ dân tộc thiểu số': 'ethnic-minority households',
    'huyện nghèo': 'poor districts',
    'xã nghèo': 'poor communes',
  },
  sources: 'Sources',
  summaryOf: (pageTitle) => `summary shown on the page of «${pageTitle}»`,
  noDate: 'date not shown',
  periodUnstated: 'period not stated',
  noPublisher: 'publisher not shown',
  mergedInto: (now, date) => `part of ${now} since ${date}`,
  fellBy: (points, fromTo) => `down ${points} points${fromTo ? ` (${fromTo})` : ''}`,
  noPlaceData: (place, covered) => `I have no figures for ${place} yet. I have figures for: ${covered}.`,
  noKindData: (kind, topic, place) =>
    `The articles give no figures on the ${unitKindLabels[kind].en} for ${place} under «${topic}»; here is what they do state.`,
  noTopicData: (topic, place, known) =>
    `I have no figures on ${topic.toLowerCase()} for ${place}.${known ? ` For ${place} I know about: ${known}.` : ''}`,
  noYearData: (topic, place, year, years) =>
    `I have no figures on ${topic.toLowerCase()} for ${place} in ${year}.${years ? ` Figures exist for: ${years}.` : ''}`,
  noDistrictData: (topic, district, province) =>
    `I have no separate figures on ${topic.toLowerCase()} for ${district} district (${province}); ask about ${province} as a whole.`,
  noTopicAnywhere: (topic) => `I have no figures on ${topic.toLowerCase()} for any province.`,
  noYearAnywhere: (topic, year) =>
    `No province has a figure on ${topic.toLowerCase()} for ${year}; below is the latest of each.`,
  askForPlace: (topic, covered) =>
    `Which province do you mean for ${topic.toLowerCase()}? I have figures for: ${covered}.`,
  ranking: (topic, order) =>
    `${topic} — provinces ranked (${order === 'ascending' ? 'lowest first' : 'highest first'})`,
  periodsDiffer: 'Note: these figures cover different periods; compare with care.',
  standardsDiffer: 'Note: these rates were measured under different poverty standards and are not directly comparable.',
  trend: (topic, place) => `${topic} — ${place} over the years`,
  table: (topic) => `${topic} — provinces with figures (latest of each)`,
  measuredOtherwise: 'Provinces measured differently (not ranked with them):',
  noNationalFigure: (topic) =>
    `I have no national figure for ${topic.toLowerCase()}: the articles give provincial figures only, as follows.`,
  comparison: (topic) => `${topic} — compared`,
  difference: (higher, lower, gap) =>
    `Difference (computed by me from the two figures above): ${higher} is ${gap} higher than ${lower}.`,
  card: (place) => `${place} — key figures, newest first`,
  policyHeading: (name) => `${name} — as the articles put it:`,
  documentParticulars: ({ date, issuer, subject }) =>
    [date && `Dated ${date}`, issuer && `issued by ${issuer}`, subject && `«${subject}»`].filter(Boolean).join(' · '),
  policyPlaces: (provinces) => `Provinces whose articles mention it: ${provinces}.`,
  policyFacts: 'Figures given with it:',
  policyElsewhere: (name, place, provinces) =>
    `The articles I have do not mention ${name} in ${place}; they mention it in: ${provinces}.`,
  policyDateUnstated: (name) =>
    `The articles I have do not say when ${name} was issued, so I give no date. What they say of it:`,
  notCovered:
    "The articles I have do not cover procedures, paperwork, interest rates, monthly benefit levels or poverty-line amounts, or whether a particular household qualifies, so I will not state any steps, amounts or rules. Please ask your commune People's Committee or the Vietnam Bank for Social Policies.",
  closest: 'What the articles say that comes closest:',
  policyList: (place) => `The articles mention${place ? ` (in ${place})` : ''}:`,
  policyListElsewhere: (place) => `The articles I have do not mention any such policy in ${place}. Elsewhere:`,
  support: (group, place) =>
    `Support for ${group}${place ? ` in ${place}` : ''} that the articles report, each with a figure and the sentence it is from:`,
  supportNotFor: (group) =>
    `The articles I have name no support for ${group} in particular; here is what poor households get.`,
  supportNotIn: (place) =>
    `The articles I have do not cover such support in ${place}; here is what the other provinces report.`,
  cardQuote: (label, quote) => `${label}, as its sentence says: «${quote}»`,
  supportFor: (groups, provinces) => `↳ For (as the articles say): ${groups}. Provinces with figures: ${provinces}.`,
  documentUnknown: (names) =>
    `The articles I have do not cover ${names}: I do not know what it says and will not guess.`,
  passageFrom: (title) => `From «${title}»:`,
  outOfScope:
    'Sorry, I only answer questions about poverty-reduction policies and results by province (poverty rates, loans, housing, health insurance, budgets, targets, jobs...).',
  greeting: 'Hello! I answer questions about poverty-reduction results in Vietnam by province, with cited figures.',
  thanks: 'Glad to help! Ask me anything else about poverty reduction by province.',
  help: (covered) =>
    `Ask about a province and a topic: poverty rate, loans, housing, health insurance, tuition, jobs, budget and disbursement, targets, infrastructure, livelihoods, difficulties. I have figures for: ${covered}.`,
  examples: [
    'What is the poverty rate in Kien Giang?',
    'How much did Binh Thuan lend to poor households?',
    'Compare the poverty rate of Lang Son and Bac Kan',
    'Which province has the lowest poverty rate?',
  ],
  askAbout: asked('en'),
  chart: {
    parts: (measure, place) => `${measure} — ${place}: total and parts`,
    period: 'Period',
    place: 'Province',
    part: 'Part',
    figure: 'Figure',
    actual: 'actual (filled)',
    hollow: (status) => `${status} (hollow)`,
    standard: 'Poverty standard',
    standardBreak:
      'The line breaks where the poverty standard changes: figures under two standards are not directly comparable.',
    moreSources: (count) => `… and ${count} more sources`,
    nothing:
      'This answer has no series (one measure over 3 or more periods) and no comparison (one measure for 2 or more provinces, or the parts of a total) to chart.',
    saved: (file) => `📈 Chart saved: ${file}`,
  },
  bot: {
    welcome: (provinces, topics, sources) =>
      `Hello! I answer questions about poverty-reduction policies and results by province, each figure with its period and a cited source.\n\nProvinces with figures: ${provinces}.\nTopics: ${topics}.\nSources: ${sources} news articles (/nguon lists them).\n\nTry a question:`,
    sourcesButton: '📄 Sources',
    policyButton: (name) => `📜 Policy: ${name}`,
    groupButton: (group) => `🤝 Support: ${group}`,
    askGroupSupport: (group) => `What support do ${group} get?`,
    sourcesTitle: 'Sources of the answer',
    sourcesExpired: 'The sources of this message are no longer kept; please ask again.',
    chooseProvince: 'Choose a province:',
    topicsFor: (province) => `Topics with figures for ${province}:`,
    nonText: 'I can only read questions typed as text. Try: What is the poverty rate in Kien Giang?',
    forged: 'This button no longer works.',
    openChat: 'Open a private chat with the bot to ask more.',
    inlineNothing: 'No figure found',
    commands: [
      { command: 'start', description: 'Introduction and sample questions' },
      { command: 'help', description: 'How to ask' },
      { command: 'tinh', description: 'Provinces with figures' },
      { command: 'nguon', description: 'Source articles' },
      { command: 'chinhsach', description: 'Programmes, decisions and funds the articles mention' },
    ],
    choosePolicy:
      'Support by group, then the programmes, documents, funds and institutions the articles mention — pick one to see what they say:',
  },
};

export const templates = { vi, en } as const;
