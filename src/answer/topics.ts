import type { IndicatorId } from '../facts/indicators.js';
import { difficultyWords } from './difficulties.js';
import { type Intent, intentNames } from './intent-names.js';

/** One topic of the registry. */
export interface TopicDefinition {
  readonly label: { readonly vi: string; readonly en: string };
  /** The question a topic button asks about a place (topics a figure or passage can answer). */
  readonly ask?: { readonly vi: (place: string) => string; readonly en: (place: string) => string };
  readonly shows?: readonly IndicatorId[];
  readonly headline?: readonly (readonly IndicatorId[])[];
  /** Words added to a passage search for the topic. */
  readonly search?: string;
  readonly cues: Readonly<Record<string, number>>;
}

/**
 * Every topic a question can ask about, as one table: its label in both languages, the question a
 * topic button asks, the indicators that answer it (in the order shown) with the headline groups a
 * ranking uses (a group's figures share a unit, so a rate is never ranked against an amount), the
 * words added to a passage search, and the cue phrases that name it — Vietnamese (folded by code, so
 * unaccented questions match) and English, each weighted: strong cues (1) name the topic, weak ones
 * (< 1) only lean towards it, so a follow-up such as "còn hộ cận nghèo?" keeps the topic it follows.
 * Intent cues, topic labels, button questions and topic indicators are all read from here.
 */
export const topicRegistry: Readonly<Record<Intent, TopicDefinition>> = {
  poverty_rate: {
    label: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
    ask: { vi: (p) => `Tỷ lệ hộ nghèo ${p}`, en: (p) => `What is the poverty rate in ${p}?` },
    shows: ['poverty_rate', 'poor_households', 'near_poor_rate', 'near_poor_households'],
    headline: [['poverty_rate'], ['near_poor_rate'], ['poor_households']],
    cues: {
      'tỷ lệ hộ nghèo': 1,
      'tỷ lệ nghèo': 1,
      'tỷ lệ hộ cận nghèo': 1,
      'số hộ nghèo': 1,
      'hộ thoát nghèo': 1,
      'số hộ thoát nghèo': 1,
      'bao nhiêu hộ nghèo': 0.8,
      'còn bao nhiêu hộ': 0.8,
      'giảm được bao nhiêu hộ': 1,
      'giảm nghèo nhanh': 1,
      'tỷ lệ': 0.6,
      'hộ nghèo': 0.5,
      'hộ cận nghèo': 0.5,
      'hộ mới thoát nghèo': 0.4,
      'thoát nghèo': 0.5,
      'poverty rate': 1,
      'poverty rates': 1,
      'near-poor rate': 1,
      'near poor rate': 1,
      // As often who a measure is for ("lend to households that escaped poverty") as the measure itself.
      'escaped poverty': 0.8,
      'out of poverty': 0.8,
      'poor households': 0.8,
      'near-poor': 0.5,
      rate: 0.5,
    },
  },
  loans: {
    label: { vi: 'Vay vốn tín dụng chính sách', en: 'Preferential loans' },
    ask: { vi: (p) => `Vay vốn tín dụng chính sách ${p}`, en: (p) => `How much did ${p} lend in preferential loans?` },
    shows: ['loan_borrowers', 'loan_amount'],
    headline: [['loan_amount'], ['loan_borrowers']],
    cues: {
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
  },
  housing: {
    label: { vi: 'Hỗ trợ nhà ở', en: 'Housing support' },
    ask: { vi: (p) => `Hỗ trợ nhà ở ${p}`, en: (p) => `How many houses were supported in ${p}?` },
    shows: ['houses_supported', 'houses_built', 'houses_repaired', 'housing_cost', 'poverty_fund_raised'],
    headline: [['houses_supported', 'houses_built'], ['poverty_fund_raised']],
    cues: {
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
  },
  health_insurance: {
    label: { vi: 'Bảo hiểm y tế', en: 'Health insurance' },
    ask: { vi: (p) => `Thẻ bảo hiểm y tế ${p}`, en: (p) => `How many health insurance cards in ${p}?` },
    shows: ['health_insurance_cards', 'health_insurance_cost'],
    headline: [['health_insurance_cards']],
    cues: {
      bhyt: 1,
      'bảo hiểm y tế': 1,
      'thẻ bảo hiểm': 1,
      'y tế': 0.6,
      'health insurance': 1,
      'insurance cards': 1,
      insurance: 0.8,
    },
  },
  education: {
    label: { vi: 'Hỗ trợ học tập', en: 'Education support' },
    ask: { vi: (p) => `Hỗ trợ học phí ${p}`, en: (p) => `Tuition support in ${p}?` },
    shows: ['tuition_support_students', 'tuition_support_cost'],
    headline: [['tuition_support_students']],
    cues: {
      'học phí': 1,
      'chi phí học tập': 1,
      'miễn giảm học phí': 1,
      'tiền học': 1,
      'giáo dục': 0.8,
      'học sinh': 0.5,
      tuition: 1,
      'study costs': 1,
      'school fees': 1,
      pupils: 0.8,
      students: 0.8,
      schoolchildren: 0.8,
      school: 0.6,
      education: 1,
    },
  },
  employment: {
    label: { vi: 'Việc làm, đào tạo nghề', en: 'Jobs and vocational training' },
    ask: { vi: (p) => `Giải quyết việc làm ${p}`, en: (p) => `How many jobs in ${p}?` },
    shows: ['jobs_created', 'vocational_training', 'career_guidance'],
    headline: [['jobs_created'], ['vocational_training']],
    cues: {
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
  },
  budget: {
    label: { vi: 'Vốn và giải ngân', en: 'Budget and disbursement' },
    ask: { vi: (p) => `Nguồn vốn và giải ngân ${p}`, en: (p) => `What budget was allocated and disbursed in ${p}?` },
    shows: ['budget_allocated', 'budget_disbursed', 'disbursement_rate', 'counterpart_funding'],
    headline: [['disbursement_rate'], ['budget_allocated'], ['budget_disbursed']],
    cues: {
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
  },
  targets: {
    label: { vi: 'Mục tiêu giảm nghèo', en: 'Poverty-reduction targets' },
    ask: { vi: (p) => `Mục tiêu giảm nghèo ${p}`, en: (p) => `What are the poverty-reduction targets of ${p}?` },
    cues: {
      'mục tiêu': 1,
      'phấn đấu': 1,
      'chỉ tiêu': 1,
      'đặt mức': 1,
      'đề ra mức': 1,
      target: 1,
      targets: 1,
      goal: 1,
      goals: 1,
      aim: 0.8,
      intends: 0.8,
      plans: 0.6,
    },
  },
  infrastructure: {
    label: { vi: 'Công trình hạ tầng', en: 'Infrastructure works' },
    ask: { vi: (p) => `Công trình hạ tầng ${p}`, en: (p) => `How many infrastructure works in ${p}?` },
    shows: ['infrastructure_works', 'clean_water_works'],
    headline: [['infrastructure_works'], ['clean_water_works']],
    cues: {
      'công trình': 1,
      'hạ tầng': 1,
      'cơ sở hạ tầng': 1,
      'giao thông': 0.8,
      'nước sạch': 1,
      infrastructure: 1,
      roads: 0.8,
      'clean water': 1,
    },
  },
  challenges: {
    label: { vi: 'Khó khăn, hạn chế', en: 'Difficulties and limitations' },
    ask: { vi: (p) => `Khó khăn trong giảm nghèo ở ${p}`, en: (p) => `What are the difficulties in ${p}?` },
    search: difficultyWords,
    cues: {
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
      shortcomings: 1,
      limitations: 1,
      weaknesses: 1,
      challenges: 1,
      problems: 1,
      obstacles: 1,
      lessons: 1,
      lesson: 1,
      learn: 1,
      learned: 1,
      learnt: 1,
      'kinh nghiệm': 1,
      why: 1,
    },
  },
  livelihood: {
    label: { vi: 'Sinh kế, phát triển sản xuất', en: 'Livelihoods and production' },
    ask: { vi: (p) => `Dự án hỗ trợ phát triển sản xuất ${p}`, en: (p) => `How many production projects in ${p}?` },
    shows: ['production_projects', 'project_participants'],
    headline: [['production_projects'], ['project_participants']],
    cues: {
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
  },
  overview: {
    label: { vi: 'Tình hình giảm nghèo', en: 'Poverty reduction overview' },
    ask: { vi: (p) => `Tình hình giảm nghèo ${p}`, en: (p) => `Tell me about poverty reduction in ${p}` },
    cues: {
      'tình hình': 1,
      'tổng quan': 1,
      'giới thiệu': 1,
      'kết quả giảm nghèo': 1,
      // The official list of poor districts (Quyết định 353) is a measure of its own, counted and named.
      'huyện nghèo': 0.9,
      'poor districts': 0.9,
      'poor district': 0.9,
      // A programme's name, not a topic: consumes its words so "mục tiêu" in it is not a target.
      'chương trình mục tiêu quốc gia': 0,
      'national target program': 0,
      'national target programme': 0,
      // The particle "vậy" typed without diacritics is "vay" (a loan): "là gì vậy" asks nothing of loans.
      'gì vậy': 0,
      'sao vậy': 0,
      'nào vậy': 0,
      'bao nhiêu vậy': 0,
      'thế nào vậy': 0,
      'công tác giảm nghèo': 0.6,
      'giảm nghèo': 0.5,
      'ra sao': 0.5,
      overview: 1,
      'tell me about': 1,
      situation: 1,
      'poverty reduction': 0.5,
      results: 0.6,
    },
  },
  greeting: {
    label: { vi: 'Chào hỏi', en: 'Greeting' },
    cues: {
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
  },
  help: {
    label: { vi: 'Hướng dẫn', en: 'Help' },
    cues: {
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
  },
  unknown: {
    label: { vi: 'Ngoài phạm vi', en: 'Out of scope' },
    cues: {
      'thời tiết': 1,
      'giá vàng': 1,
      'tỷ giá': 1,
      'giá xăng': 1,
      'bóng đá': 1,
      'world cup': 1,
      'vô địch': 1,
      // Not "trận" alone: typed without diacritics it is "mặt trận" (the Fatherland Front).
      'trận đấu': 1,
      'trận bóng': 1,
      'chuyện cười': 1,
      'bầu cử': 1,
      'tổng thống': 1,
      'chủ tịch nước': 1,
      'du lịch': 1,
      nấu: 1,
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
  },
  electricity: {
    label: { vi: 'Hỗ trợ tiền điện', en: 'Electricity bill support' },
    ask: {
      vi: (p) => `Hỗ trợ tiền điện ${p}`,
      en: (p) => `How many households got help with electricity bills in ${p}?`,
    },
    shows: ['electricity_support'],
    headline: [['electricity_support']],
    // Not "điện" alone: folded it is also "diện" (thuộc diện hộ nghèo).
    cues: {
      'tiền điện': 1,
      'hỗ trợ điện': 1,
      'điện sinh hoạt': 1,
      electricity: 1,
      'power bill': 1,
      'power bills': 1,
    },
  },
  legal_aid: {
    label: { vi: 'Trợ giúp pháp lý', en: 'Free legal aid' },
    ask: { vi: (p) => `Trợ giúp pháp lý ${p}`, en: (p) => `Who got free legal aid in ${p}?` },
    shows: ['legal_aid'],
    headline: [['legal_aid']],
    cues: {
      'trợ giúp pháp lý': 1,
      'pháp lý': 1,
      'tư vấn pháp luật': 1,
      'legal aid': 1,
      'legal help': 1,
      legal: 0.8,
      lawyer: 0.8,
    },
  },
};

/** The indicators answering each topic, and the groups a ranking reads (from the registry). */
export const intentIndicators: Readonly<
  Partial<Record<Intent, Pick<Required<TopicDefinition>, 'shows' | 'headline'>>>
> = Object.fromEntries(
  intentNames.flatMap((intent) => {
    const { shows, headline } = topicRegistry[intent];
    return shows && headline ? [[intent, { shows, headline }]] : [];
  }),
);

/** Added to a poverty answer when the question asks how much it fell. */
export const changeIndicators: readonly IndicatorId[] = [
  'poverty_rate_reduction',
  'near_poor_rate_reduction',
  'households_out_of_poverty',
];

/** A province summary: the poverty picture first, then one figure from each other topic. */
export const overviewIndicators: readonly IndicatorId[] = [
  'poverty_rate',
  'poor_households',
  'near_poor_rate',
  'households_out_of_poverty',
  'loan_amount',
  'disbursement_rate',
  'houses_supported',
  'houses_built',
  'health_insurance_cards',
  'jobs_created',
  'production_projects',
  'communes',
];

/** Sub-groups that a plain poverty question does not mean: shown only when asked for. */
export const subGroupSubjects = ['hộ dân tộc thiểu số', 'huyện nghèo', 'xã nghèo'] as const;

/** Poverty standards: rates measured under different ones are not comparable. */
export const povertyStandards = [
  {
    from: 2016,
    to: 2021,
    vi: 'chuẩn nghèo tiếp cận đa chiều 2016–2020',
    en: 'the 2016–2020 multidimensional standard',
  },
  {
    from: 2022,
    to: 2025,
    vi: 'chuẩn nghèo đa chiều 2022–2025',
    en: 'the 2022–2025 multidimensional standard',
  },
] as const;

/** Figures shown for one place at most: an answer must fit a phone screen. */
export const maxFactsPerPlace = 8;
