import type { UnitKind } from './units.js';

/** What the bot can be asked about; each indicator belongs to one topic. */
export const topics = [
  'poverty_rate',
  'loans',
  'housing',
  'health_insurance',
  'education',
  'employment',
  'budget',
  'infrastructure',
  'livelihood',
  'overview',
  'electricity',
  'legal_aid',
] as const;
export type Topic = (typeof topics)[number];

export interface IndicatorDefinition {
  readonly vi: string;
  readonly en: string;
  readonly topic: Topic;
  /** The kinds of unit this indicator is counted in. */
  readonly kinds: readonly UnitKind[];
  /** Phrases that announce it before the figure ("doanh số cho vay 51.020 triệu đồng"). */
  readonly before: readonly string[];
  /** Phrases right after the figure and its unit ("56.921 thẻ BHYT"). */
  readonly after?: readonly string[];
  /** At most this many words between a `before` cue and the figure (default: the whole clause). */
  readonly reach?: number;
  /** Units that mean this indicator when no cue decides ("khẩu" counts population). */
  readonly units?: readonly string[];
  /** Read by the poverty-rate rules, never chosen by cue distance. */
  readonly rateFamily?: true;
  /** An allocation: a plan unless its own sentence makes it a target or an estimate. */
  readonly allocation?: true;
}

/**
 * The indicators facts are filed under. Extraction picks, among those whose unit kind fits, the one
 * whose cue stands nearest the figure; poverty rates and their changes are read by the rate rules in
 * `rates.ts` first. Cues are written with diacritics and folded by code.
 */
export const indicators = {
  poverty_rate: {
    vi: 'Tỷ lệ hộ nghèo',
    en: 'Poverty rate',
    topic: 'poverty_rate',
    kinds: ['percent'],
    before: [],
    rateFamily: true,
  },
  poverty_rate_reduction: {
    vi: 'Mức giảm tỷ lệ hộ nghèo',
    en: 'Fall in the poverty rate',
    topic: 'poverty_rate',
    kinds: ['percent'],
    before: [],
    rateFamily: true,
  },
  near_poor_rate: {
    vi: 'Tỷ lệ hộ cận nghèo',
    en: 'Near-poor rate',
    topic: 'poverty_rate',
    kinds: ['percent'],
    before: [],
    rateFamily: true,
  },
  near_poor_rate_reduction: {
    vi: 'Mức giảm tỷ lệ hộ cận nghèo',
    en: 'Fall in the near-poor rate',
    topic: 'poverty_rate',
    kinds: ['percent'],
    before: [],
    rateFamily: true,
  },
  poor_households: {
    vi: 'Số hộ nghèo',
    en: 'Poor households',
    topic: 'poverty_rate',
    kinds: ['households'],
    before: ['còn'],
  },
  near_poor_households: {
    vi: 'Số hộ cận nghèo',
    en: 'Near-poor households',
    topic: 'poverty_rate',
    kinds: ['households'],
    before: ['hộ cận nghèo còn'],
  },
  households_out_of_poverty: {
    vi: 'Số hộ thoát nghèo',
    en: 'Households lifted out of poverty',
    topic: 'poverty_rate',
    kinds: ['households'],
    before: ['giảm', 'thoát nghèo cho'],
    reach: 0,
  },
  loan_amount: {
    vi: 'Doanh số cho vay',
    en: 'Amount lent',
    topic: 'loans',
    kinds: ['money'],
    before: ['doanh số cho vay', 'vay', 'cho vay'],
  },
  loan_borrowers: {
    vi: 'Số hộ được vay vốn',
    en: 'Borrowers',
    topic: 'loans',
    kinds: ['households', 'people'],
    before: ['vay vốn cho', 'giải quyết cho'],
    after: ['vay', 'được vay vốn', 'với doanh số cho vay'],
  },
  houses_supported: {
    vi: 'Nhà ở được hỗ trợ',
    en: 'Houses supported',
    topic: 'housing',
    kinds: ['houses', 'households'],
    before: ['xây mới, sửa chữa', 'là'],
    after: ['nghèo làm nhà ở', 'ở cho hộ nghèo'],
  },
  houses_built: {
    vi: 'Nhà xây mới',
    en: 'Houses built',
    topic: 'housing',
    kinds: ['houses'],
    before: ['xây dựng được', 'xây mới'],
  },
  houses_repaired: {
    vi: 'Nhà sửa chữa',
    en: 'Houses repaired',
    topic: 'housing',
    kinds: ['houses'],
    before: ['sửa chữa'],
  },
  housing_cost: {
    vi: 'Kinh phí nhà ở',
    en: 'Housing spending',
    topic: 'housing',
    kinds: ['money'],
    before: ['tổng số tiền'],
  },
  poverty_fund_raised: {
    vi: 'Quỹ "Vì người nghèo" vận động',
    en: '"For the Poor" fund raised',
    topic: 'housing',
    kinds: ['money'],
    before: ['vận động được', 'cấp tỉnh', 'cấp huyện và xã'],
  },
  health_insurance_cards: {
    vi: 'Thẻ bảo hiểm y tế',
    en: 'Health insurance cards',
    topic: 'health_insurance',
    kinds: ['cards', 'people'],
    before: ['thẻ bhyt cho', 'bảo hiểm y tế cho'],
    after: ['bhyt'],
  },
  health_insurance_cost: {
    vi: 'Kinh phí bảo hiểm y tế',
    en: 'Health insurance spending',
    topic: 'health_insurance',
    kinds: ['money', 'percent'],
    before: ['đối tượng, với kinh phí'],
    after: ['kinh phí mua thẻ'],
  },
  tuition_support_students: {
    vi: 'Học sinh được hỗ trợ học phí',
    en: 'Pupils given tuition support',
    topic: 'education',
    kinds: ['people'],
    before: ['chi phí học tập cho', 'học phí cho'],
  },
  tuition_support_cost: {
    vi: 'Kinh phí hỗ trợ học tập',
    en: 'Tuition support spending',
    topic: 'education',
    kinds: ['money'],
    before: ['lượt em với kinh phí'],
  },
  jobs_created: {
    vi: 'Việc làm được tạo',
    en: 'Jobs provided',
    topic: 'employment',
    kinds: ['people'],
    before: ['giải quyết việc làm cho', 'tạo việc làm cho', 'việc làm trong tỉnh', 'ngoài tỉnh'],
  },
  vocational_training: {
    vi: 'Đào tạo nghề',
    en: 'Vocational training',
    topic: 'employment',
    kinds: ['people'],
    before: ['đào tạo nghề cho'],
  },
  career_guidance: {
    vi: 'Tư vấn, định hướng nghề',
    en: 'Career guidance',
    topic: 'employment',
    kinds: ['events', 'people'],
    before: ['giới thiệu việc làm cho', 'tổ chức'],
    after: ['tư vấn'],
  },
  budget_allocated: {
    vi: 'Vốn được giao',
    en: 'Budget allocated',
    topic: 'budget',
    // An amount: a share of a budget ("tối thiểu 03% trên tổng nguồn vốn") is not an allocation.
    kinds: ['money'],
    before: ['tổng nguồn vốn', 'được giao', 'là', 'phân bổ cho'],
    allocation: true,
  },
  counterpart_funding: {
    vi: 'Vốn đối ứng của địa phương',
    en: 'Local counterpart funding',
    topic: 'budget',
    kinds: ['money', 'percent'],
    before: ['vốn đối ứng', 'đối ứng'],
    after: ['trên tổng nguồn vốn', 'tổng nguồn vốn trung ương', 'vốn đối ứng'],
    allocation: true,
  },
  budget_disbursed: {
    vi: 'Vốn đã giải ngân',
    en: 'Budget disbursed',
    topic: 'budget',
    kinds: ['money'],
    before: ['giải ngân được', 'giải ngân là', 'giải ngân'],
  },
  disbursement_rate: {
    vi: 'Tỷ lệ giải ngân',
    en: 'Disbursement rate',
    topic: 'budget',
    kinds: ['percent'],
    before: ['giải ngân'],
    after: ['kế hoạch vốn'],
  },
  infrastructure_works: {
    vi: 'Công trình hạ tầng',
    en: 'Infrastructure works',
    topic: 'infrastructure',
    kinds: ['works'],
    before: ['đầu tư', 'bảo dưỡng', 'xây dựng'],
  },
  clean_water_works: {
    vi: 'Công trình nước sạch',
    en: 'Clean-water works',
    topic: 'infrastructure',
    kinds: ['works'],
    before: [],
    after: ['nước sạch'],
  },
  production_projects: {
    vi: 'Dự án, mô hình sản xuất',
    en: 'Production projects and models',
    topic: 'livelihood',
    kinds: ['projects'],
    before: ['thực hiện', 'trong đó', 'và', 'mô hình giảm nghèo với'],
  },
  project_participants: {
    vi: 'Hộ tham gia, hưởng lợi',
    en: 'Households taking part',
    topic: 'livelihood',
    kinds: ['households', 'percent'],
    before: ['bao gồm', 'sự tham gia của'],
    after: ['người có khả năng lao động'],
  },
  electricity_support: {
    vi: 'Hỗ trợ tiền điện',
    en: 'Electricity support',
    topic: 'electricity',
    kinds: ['households'],
    before: ['tiền điện cho'],
  },
  legal_aid: {
    vi: 'Trợ giúp pháp lý',
    en: 'Legal aid',
    topic: 'legal_aid',
    kinds: ['people'],
    before: ['trợ giúp pháp lý miễn phí cho'],
  },
  officials_trained: {
    vi: 'Cán bộ được tập huấn',
    en: 'Officials trained',
    topic: 'overview',
    kinds: ['people', 'percent'],
    before: ['tập huấn'],
    after: ['cán bộ'],
  },
  communication_materials: {
    vi: 'Tài liệu truyền thông',
    en: 'Communication materials',
    topic: 'overview',
    kinds: ['materials'],
    before: [],
    units: ['pa nô', 'bộ', 'tờ', 'cuốn'],
  },
  charity_gifts: {
    vi: 'Quà từ thiện',
    en: 'Charity gifts',
    topic: 'overview',
    kinds: ['gifts', 'money'],
    before: ['tổng trị giá', 'nhân đạo với'],
  },
  poor_districts: {
    vi: 'Huyện nghèo',
    en: 'Poor districts',
    topic: 'overview',
    kinds: ['admin'],
    before: [],
    after: ['nghèo', 'nằm trong danh sách huyện nghèo'],
  },
  communes: {
    vi: 'Xã, huyện đạt chuẩn',
    en: 'Communes and districts',
    topic: 'overview',
    kinds: ['admin'],
    before: ['có thêm', 'là'],
    after: ['hoàn thành các tiêu chí', 'đạt chuẩn', 'về đích', 'thoát khỏi', 'ra khỏi danh sách'],
  },
  units_involved: {
    vi: 'Huyện, xã tham gia triển khai',
    en: 'Districts and communes involved',
    topic: 'overview',
    kinds: ['admin'],
    // Units that act or are visited ("11/11 huyện tổ chức tập huấn", "làm việc tại UBND 09 huyện")
    // are counted as taking part, not as meeting a standard.
    before: ['ubnd', 'làm việc với', 'làm việc tại', 'kiểm tra tại', 'giám sát tại'],
    after: ['tổ chức', 'triển khai', 'tham gia', 'ban hành', 'được kiểm tra', 'được giám sát', 'được tập huấn'],
  },
  plan_achievement: {
    vi: 'Tỷ lệ hoàn thành kế hoạch',
    en: 'Share of plan achieved',
    topic: 'overview',
    kinds: ['percent'],
    before: ['đạt'],
  },
  area: { vi: 'Diện tích', en: 'Area', topic: 'overview', kinds: ['area'], before: ['diện tích'] },
  population: {
    vi: 'Dân số',
    en: 'Population',
    topic: 'overview',
    kinds: ['people'],
    before: ['dân số'],
    units: ['khẩu', 'triệu người'],
  },
  administrative_units: {
    vi: 'Đơn vị hành chính',
    en: 'Administrative units',
    topic: 'overview',
    kinds: ['admin'],
    before: ['tỉnh có', 'cấp huyện,'],
  },
  ethnic_groups: {
    vi: 'Số dân tộc',
    en: 'Ethnic groups',
    topic: 'overview',
    kinds: ['groups'],
    before: [],
    units: ['dân tộc'],
  },
  ethnic_minority_households: {
    vi: 'Hộ dân tộc thiểu số',
    en: 'Ethnic-minority households',
    topic: 'overview',
    kinds: ['households'],
    before: ['dân tộc thiểu số với'],
  },
  ethnic_minority_share: {
    vi: 'Tỷ lệ dân tộc thiểu số',
    en: 'Ethnic-minority share',
    topic: 'overview',
    kinds: ['percent'],
    before: [],
    after: ['dân số'],
  },
  other: {
    vi: 'Số liệu khác',
    en: 'Other figure',
    topic: 'overview',
    kinds: ['price', 'mass'],
    before: [],
    units: ['đồng/kg', 'tấn'],
  },
} as const satisfies Record<string, IndicatorDefinition>;

export type IndicatorId = keyof typeof indicators;
export const indicatorIds = Object.keys(indicators) as IndicatorId[];

export function indicatorDefinition(id: IndicatorId): IndicatorDefinition {
  return indicators[id];
}
