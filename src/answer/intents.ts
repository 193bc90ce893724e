/**
 * What a question can ask, as data: cue phrases in Vietnamese (written with diacritics, folded by
 * code so unaccented questions match) and English, each with a weight. Strong cues (1) name the
 * topic; weak ones (< 1) only lean towards it, so a follow-up such as "còn hộ cận nghèo?" keeps the
 * topic it follows. Longer cues are matched first and consume their words.
 */
export const intentNames = [
  'poverty_rate',
  'loans',
  'housing',
  'health_insurance',
  'education',
  'employment',
  'budget',
  'targets',
  'infrastructure',
  'challenges',
  'livelihood',
  'overview',
  'greeting',
  'help',
  'unknown',
] as const;
export type Intent = (typeof intentNames)[number];

type Cues = Readonly<Record<string, number>>;

export const intentCues: Readonly<Record<Intent, Cues>> = {
  poverty_rate: {
    'tỷ lệ hộ nghèo': 1,
    'tỷ lệ nghèo': 1,
    'tỷ lệ hộ cận nghèo': 1,
    'số hộ nghèo': 1,
    'hộ thoát nghèo': 1,
    'số hộ thoát nghèo': 1,
    'bao nhiêu hộ nghèo': 0.8,
    'còn bao nhiêu hộ': 0.8,
    'giảm được bao nhiêu hộ': 1,
    'tỷ lệ': 0.6,
    'hộ nghèo': 0.5,
    'hộ cận nghèo': 0.5,
    'hộ mới thoát nghèo': 0.4,
    'thoát nghèo': 0.5,
    'poverty rate': 1,
    'near-poor rate': 1,
    'near poor rate': 1,
    'escaped poverty': 1,
    'out of poverty': 1,
    'poor households': 0.8,
    'near-poor': 0.5,
    rate: 0.5,
  },
  loans: {
    vay: 1,
    'vay vốn': 1,
    'cho vay': 1,
    'tín dụng': 1,
    'ngân hàng chính sách': 1,
    'doanh số cho vay': 1,
    loan: 1,
    loans: 1,
    lend: 1,
    lent: 1,
    credit: 1,
    borrow: 1,
    borrowers: 1,
  },
  housing: {
    'nhà ở': 1,
    'căn nhà': 1,
    'xây nhà': 1,
    'sửa nhà': 1,
    'làm nhà': 1,
    'xây bao nhiêu nhà': 1,
    'quỹ vì người nghèo': 1,
    nhà: 0.6,
    house: 1,
    houses: 1,
    housing: 1,
    homes: 1,
  },
  health_insurance: {
    bhyt: 1,
    'bảo hiểm y tế': 1,
    'thẻ bảo hiểm': 1,
    'y tế': 0.6,
    'health insurance': 1,
    'insurance cards': 1,
    insurance: 0.8,
  },
  education: {
    'học phí': 1,
    'chi phí học tập': 1,
    'miễn giảm học phí': 1,
    'giáo dục': 0.8,
    'học sinh': 0.5,
    tuition: 1,
    pupils: 0.8,
    school: 0.6,
    education: 1,
  },
  employment: {
    'việc làm': 1,
    'đào tạo nghề': 1,
    'dạy nghề': 1,
    'lao động': 0.6,
    jobs: 1,
    job: 1,
    employment: 1,
    vocational: 1,
    'career guidance': 1,
  },
  budget: {
    'nguồn vốn': 1,
    'giải ngân': 1,
    'ngân sách': 1,
    'kinh phí': 0.8,
    'phân bổ': 1,
    'được giao': 0.8,
    'vốn giao': 1,
    vốn: 0.8,
    capital: 1,
    budget: 1,
    disbursement: 1,
    disbursed: 1,
    disburse: 1,
    funding: 1,
    allocated: 1,
  },
  targets: {
    'mục tiêu': 1,
    'phấn đấu': 1,
    'chỉ tiêu': 1,
    target: 1,
    targets: 1,
    goal: 1,
    goals: 1,
    aim: 0.8,
  },
  infrastructure: {
    'công trình': 1,
    'hạ tầng': 1,
    'cơ sở hạ tầng': 1,
    'giao thông': 0.8,
    'nước sạch': 1,
    infrastructure: 1,
    roads: 0.8,
    'clean water': 1,
  },
  challenges: {
    'khó khăn': 1,
    'hạn chế': 1,
    'thách thức': 1,
    'vướng mắc': 1,
    'bài học': 1,
    'tồn tại': 0.8,
    'bất cập': 1,
    khó: 1,
    'vì sao': 1,
    'tại sao': 1,
    difficulties: 1,
    difficulty: 1,
    challenges: 1,
    problems: 1,
    obstacles: 1,
    lessons: 1,
    why: 1,
  },
  livelihood: {
    'dự án': 1,
    'mô hình': 1,
    'sinh kế': 1,
    'phát triển sản xuất': 1,
    'hỗ trợ sản xuất': 1,
    'nhờ gì': 1,
    'nhờ vào': 0.8,
    livelihood: 1,
    livelihoods: 1,
    production: 1,
    projects: 0.8,
    models: 0.8,
  },
  overview: {
    'tình hình': 1,
    'tổng quan': 1,
    'giới thiệu': 1,
    'kết quả giảm nghèo': 1,
    // A programme's name, not a topic: consumes its words so "mục tiêu" in it is not a target.
    'chương trình mục tiêu quốc gia': 0,
    'công tác giảm nghèo': 0.6,
    'giảm nghèo': 0.5,
    'ra sao': 0.5,
    overview: 1,
    'tell me about': 1,
    situation: 1,
    'poverty reduction': 0.5,
  },
  greeting: {
    'xin chào': 1,
    chào: 1,
    'chào bạn': 1,
    'cảm ơn': 1,
    'cám ơn': 1,
    'tạm biệt': 1,
    hello: 1,
    hi: 1,
    hey: 1,
    thanks: 1,
    'thank you': 1,
    bye: 1,
  },
  help: {
    '/help': 1,
    '/start': 1,
    'hướng dẫn': 1,
    'cách dùng': 1,
    'cách hỏi': 1,
    'làm được gì': 1,
    'có thể làm gì': 1,
    'bạn biết gì': 1,
    'giúp tôi': 0.6,
    help: 1,
    'what can you do': 1,
    'how to use': 1,
  },
  unknown: {
    'thời tiết': 1,
    'giá vàng': 1,
    'tỷ giá': 1,
    'giá xăng': 1,
    'bóng đá': 1,
    'world cup': 1,
    'vô địch': 1,
    trận: 1,
    'chuyện cười': 1,
    'bầu cử': 1,
    'tổng thống': 1,
    'chủ tịch nước': 1,
    'du lịch': 1,
    'nấu': 1,
    'công thức nấu': 1,
    'chứng khoán': 1,
    'xổ số': 1,
    weather: 1,
    football: 1,
    movie: 1,
    joke: 1,
    recipe: 1,
    election: 1,
    'stock market': 1,
  },
};

/** Targets cut across topics: a question naming one asks for the targets, whatever their topic. */
export const modifierIntents: readonly Intent[] = ['targets'];

/** Below this score the question has no clear topic: answered from passages, or out of scope. */
export const intentConfidenceThreshold = 0.5;

/** Words that ask for a ranking across provinces. */
export const rankingCues = ['tỉnh nào', 'địa phương nào', 'nơi nào', 'xếp hạng', 'which province', 'rank', 'ranking', 'highest', 'lowest'];
/** Words that say which end of a ranking is wanted. */
export const rankingOrder = {
  ascending: ['thấp nhất', 'ít nhất', 'từ thấp đến cao', 'lowest', 'fewest', 'least'],
  descending: ['cao nhất', 'nhiều nhất', 'lớn nhất', 'từ cao đến thấp', 'highest', 'most', 'largest'],
} as const;
/** Words that ask for a comparison between the places named. */
export const comparisonCues = ['so sánh', 'so với', 'cao hơn', 'thấp hơn', 'nhiều hơn', 'ít hơn', 'compare', 'versus', 'vs', 'higher', 'lower'];
/** Words that ask for a series over time. */
export const trendCues = ['qua các năm', 'thay đổi', 'biến động', 'xu hướng', 'diễn biến', 'từng năm', 'trend', 'over the years', 'changed', 'change'];
/** Words that ask how much something fell or rose: the change itself, with its levels. */
export const changeCues = ['giảm', 'giảm được', 'thoát nghèo', 'đầu năm', 'escaped', 'fell', 'decrease', 'reduce', 'reduced'];
/** Words that start or end a follow-up that leans on the previous question. */
export const followUpCues = {
  start: ['còn', 'thế còn', 'vậy còn', 'thế', 'and', 'what about', 'how about'],
  end: ['thì sao', 'nữa'],
} as const;
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
export const quantityCues = ['bao nhiêu', 'bao nhiu', 'bao nhieu', 'bn', 'mấy', 'tỷ lệ', 'phần trăm', 'how many', 'how much', 'rate', 'số lượng', 'số'];
/** English words that mark a question as English. */
export const englishWords = new Set([
  'what', 'how', 'the', 'is', 'are', 'in', 'of', 'many', 'much', 'did', 'does', 'which', 'who', 'was', 'were', 'tell',
  'me', 'about', 'poverty', 'rate', 'and', 'for', 'to', 'province', 'compare', 'there', 'can', 'you', 'do', 'hi', 'hello',
  'thanks', 'what\'s', 'whats', 'households', 'poor', 'help',
]);

/** Words that carry no content for passage search: question words, particles, fillers. */
export const stopWords = new Set(
  [
    'bao nhiêu', 'là', 'gì', 'nào', 'có', 'được', 'của', 'cho', 'và', 'ở', 'tại', 'thế', 'như', 'không', 'những', 'các',
    'đã', 'đang', 'sẽ', 'thì', 'sao', 'nhé', 'ạ', 'với', 'về', 'trong', 'từ', 'đến', 'này', 'đó', 'tỉnh', 'thành phố',
    'huyện', 'năm', 'hiện nay', 'bạn', 'tôi', 'cho tôi biết', 'một', 'số', 'người', 'dân', 'để', 'gặp', 'ra', 'hãy',
    'what', 'which', 'how', 'the', 'is', 'are', 'in', 'of', 'a', 'an', 'to', 'for', 'did', 'does', 'do', 'many', 'much',
  ].flatMap((phrase) => phrase.split(' ')),
);
