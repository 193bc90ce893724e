/**
 * Vietnamese phrases that set a figure's status, as data. The longest phrase ending at a position
 * wins ("kết quả thực hiện mục tiêu" is a result, "mục tiêu" alone a target); an estimate word
 * anywhere before a figure makes it an estimate ("dự kiến … sẽ phấn đấu").
 */
export const statusCues = {
  estimate: ['ước', 'dự kiến', 'dự ước', 'sẽ'],
  target: ['mục tiêu', 'phấn đấu', 'chỉ tiêu', 'đề ra mục tiêu'],
  actual: [
    'kết quả thực hiện mục tiêu',
    'kết quả thực hiện các chỉ tiêu',
    'đạt và vượt mục tiêu',
    'không đạt mục tiêu',
    'đạt mục tiêu',
    'kết quả',
  ],
  /** Names that contain a status word but set no status ("Chương trình mục tiêu quốc gia"). */
  none: ['chương trình mục tiêu quốc gia', 'chương trình mục tiêu'],
} as const;

/** Phrases that name the poverty-rate family of figures, and which rate each is. */
export const rateCues = {
  poor: ['tỷ lệ hộ nghèo', 'hộ nghèo', 'huyện nghèo'],
  nearPoor: ['tỷ lệ hộ cận nghèo', 'hộ cận nghèo'],
} as const;

/** How far (in words) a rate phrase may stand before a percentage it governs, unless a level lead-in ties them. */
export const rateCueReach = 12;

/** Words just before a percentage that make it a level ("còn 1,28%"), even in a sentence about a fall. */
export const levelLeadIns = ['xuống còn', 'chỉ còn', 'còn', 'chiếm tỷ lệ', 'chiếm'] as const;

/** Words that say a rate fell. */
export const fallWords = ['giảm', 'hạ'] as const;

/** Sub-groups a rate may be about, as written; the first found in the clause wins. */
export const rateSubjects = [
  ['dân tộc thiểu số', 'hộ dân tộc thiểu số'],
  ['huyện nghèo', 'huyện nghèo'],
  ['xã có tỷ lệ hộ nghèo cao', 'xã nghèo'],
] as const;

/** For "A/B" pairs: the indicator of the planned side when it differs from the achieved side's. */
export const plannedCounterpart: Readonly<Record<string, string>> = {
  budget_disbursed: 'budget_allocated',
};

/** Who an indicator counts when the sentence does not say: "còn 6.621 hộ" counts poor households. */
export const indicatorSubjects: Readonly<Record<string, string>> = {
  poor_households: 'hộ nghèo',
  near_poor_households: 'hộ cận nghèo',
  households_out_of_poverty: 'hộ nghèo',
};

/** Who a unit itself counts when the sentence names no group: "11.004 lượt em" are pupils. */
export const unitSubjects: Readonly<Record<string, string>> = {
  'lượt em': 'học sinh',
  'học sinh': 'học sinh',
};

/**
 * A group named just before "với" and a count of its households or people ("34 dân tộc thiểu số
 * với trên 24.000 hộ/104.000 khẩu"): the count is the group's.
 */
export const groupsBeforeWith: readonly (readonly [string, string])[] = [
  ['dân tộc thiểu số', 'hộ dân tộc thiểu số'],
  ['hộ cận nghèo', 'hộ cận nghèo'],
  ['hộ mới thoát nghèo', 'hộ mới thoát nghèo'],
  ['hộ nghèo', 'hộ nghèo'],
];
