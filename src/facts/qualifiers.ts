import type { UnitKind } from './units.js';

/**
 * Which part of a whole a figure counts, as data: the administrative level it is about ("cấp
 * tỉnh"), the budget year of the capital it measures ("vốn năm 2022 kéo dài sang năm 2023"), the
 * kind of thing counted ("duy tu bảo dưỡng", "dự án cộng đồng", "việc làm ngoài tỉnh", "theo quyết
 * định số 167") and whether it is the total of parts listed beside it ("369 dự án, trong đó 15 …").
 * Cues are written with diacritics and folded by code; the rules that read them are in `qualify.ts`.
 * Invariant-tested: no cue belongs to two values of one table once folded, and every value has a
 * Vietnamese and an English label.
 */

export const levels = ['province', 'district', 'commune', 'district_commune', 'all_levels'] as const;
export type Level = (typeof levels)[number];

export const kindValues = [
  'new_construction',
  'maintenance',
  'value_chain',
  'community',
  'in_province',
  'out_of_province',
  'abroad',
] as const;
/** A kind from the table, or the decision a figure is counted under ("decision:167"). */
export type FactKind = (typeof kindValues)[number] | `decision:${number}`;

export const partValues = ['total', 'part'] as const;
export type Part = (typeof partValues)[number];

export type VintageShape = 'year' | 'carried' | 'with_carried';

export interface Labels {
  readonly vi: string;
  readonly en: string;
}

export interface CueDefinition extends Labels {
  readonly cues: readonly string[];
}

/** "cấp tỉnh", "cấp huyện và xã": the longest cue at a position wins ("cấp huyện và xã" over "cấp huyện"). */
export const levelCues = {
  province: { vi: 'cấp tỉnh', en: 'provincial level', cues: ['cấp tỉnh', 'cấp thành phố trực thuộc trung ương'] },
  district: { vi: 'cấp huyện', en: 'district level', cues: ['cấp huyện', 'cấp quận', 'cấp quận, huyện'] },
  commune: { vi: 'cấp xã', en: 'commune level', cues: ['cấp xã', 'cấp phường', 'cấp xã, phường', 'cấp cơ sở'] },
  district_commune: {
    vi: 'cấp huyện và xã',
    en: 'district and commune levels',
    cues: ['cấp huyện và xã', 'cấp huyện, xã', 'cấp huyện và cấp xã', 'cấp huyện, cấp xã', 'cấp huyện và cơ sở'],
  },
  all_levels: {
    vi: 'các cấp',
    en: 'all levels',
    cues: ['các cấp', 'ba cấp', 'bốn cấp', '3 cấp', '4 cấp', 'cả ba cấp', 'cả 3 cấp', 'cả bốn cấp', 'cả 4 cấp'],
  },
} as const satisfies Record<Level, CueDefinition>;

/** How far (in words) a level cue may stand before the figure it governs, within its clause. */
export const levelReach = 12;
/** How many words may stand between a figure and a level cue after it ("155 mô hình đã được cấp huyện"). */
export const levelReachAfter = 3;
/**
 * Words that attach a level cue further on in the clause to the figure's noun ("4.000 lượt cán bộ,
 * công chức … thuộc 4 cấp").
 */
export const levelAttachers = ['thuộc'];

/**
 * The budget year of capital: "vốn [của] năm 2023", "vốn đầu tư của năm 2022 kéo dài sang năm 2023"
 * (carried over), "(bao gồm cả vốn … năm 2022 kéo dài)" (a later year's figure that includes it).
 * Read only for funding figures (money, or an indicator of the budget topic).
 */
export const vintageCues = {
  /** The word that names capital; its year follows within `capitalReach` words. */
  capital: ['vốn'],
  capitalReach: 8,
  /** Right after the year: the capital was carried over into a later year ("sang năm 2023"). */
  carried: ['kéo dài', 'chuyển nguồn', 'chuyển sang'],
  /** Right before the capital word: the figure includes that capital besides its own year's. */
  including: ['bao gồm cả', 'gồm cả', 'kể cả', 'tính cả'],
  labels: {
    year: { vi: 'vốn năm {year}', en: '{year} capital' },
    carried: { vi: 'vốn {year} kéo dài sang {next}', en: '{year} capital carried into {next}' },
    with_carried: { vi: 'gồm cả vốn {previous} kéo dài', en: 'incl. {previous} capital carried over' },
  },
} as const satisfies {
  readonly capital: readonly string[];
  readonly capitalReach: number;
  readonly carried: readonly string[];
  readonly including: readonly string[];
  readonly labels: Record<VintageShape, Labels>;
};

export interface KindDefinition extends CueDefinition {
  /** The unit kinds this kind can describe: "mới" says nothing about households ("hộ mới thoát nghèo"). */
  readonly units: readonly UnitKind[];
}

/**
 * Kinds, read from the figure's own noun phrase first ("63 công trình sửa chữa") and else from the
 * words leading to it ("duy tu bảo dưỡng 67 công trình"); two kinds in the same place cancel out
 * ("xây mới, sửa chữa 319 nhà" is both).
 */
export const kindCues = {
  new_construction: {
    vi: 'đầu tư mới',
    en: 'newly built',
    units: ['works', 'houses'],
    // Not "đầu tư" alone: works are invested in when they are maintained too ("đầu tư … công trình
    // cơ sở hạ tầng mới và công trình duy tu bảo dưỡng").
    cues: ['xây mới', 'xây dựng mới', 'làm mới', 'đầu tư mới', 'đầu tư xây dựng', 'xây dựng được', 'xây dựng', 'mới'],
  },
  maintenance: {
    vi: 'duy tu, bảo dưỡng, sửa chữa',
    en: 'maintained or repaired',
    units: ['works', 'houses'],
    cues: [
      'duy tu',
      'bảo dưỡng',
      'duy tu bảo dưỡng',
      'sửa chữa',
      'sửa chữa cải tạo',
      'cải tạo',
      'nâng cấp',
      'bảo trì',
      'đầu tư nâng cấp',
      'đầu tư sửa chữa',
      'đầu tư cải tạo',
    ],
  },
  value_chain: {
    vi: 'liên kết chuỗi giá trị',
    en: 'value-chain',
    units: ['projects'],
    cues: ['chuỗi giá trị', 'liên kết theo chuỗi giá trị', 'liên kết chuỗi', 'theo chuỗi'],
  },
  community: {
    vi: 'cộng đồng',
    en: 'community-led',
    units: ['projects'],
    cues: ['cộng đồng', 'do cộng đồng đề xuất'],
  },
  in_province: { vi: 'trong tỉnh', en: 'in the province', units: ['people'], cues: ['trong tỉnh', 'tại tỉnh'] },
  out_of_province: {
    vi: 'ngoài tỉnh',
    en: 'outside the province',
    units: ['people'],
    cues: ['ngoài tỉnh', 'tỉnh ngoài', 'các tỉnh khác'],
  },
  abroad: {
    vi: 'nước ngoài',
    en: 'abroad',
    units: ['people'],
    cues: ['nước ngoài', 'ngoài nước', 'xuất khẩu lao động', 'đi làm việc có thời hạn'],
  },
} as const satisfies Record<(typeof kindValues)[number], KindDefinition>;

/** Phrases that hold a kind cue but name no kind: read first, so their words are not read as cues. */
export const kindNonCues = [
  'nông thôn mới',
  'trong và ngoài tỉnh',
  'trong, ngoài tỉnh',
  'trong và ngoài nước',
  'mới thoát nghèo',
  'tuyển mới',
  'cộng đồng dân cư',
] as const;

/** "theo quyết định số 167", "Quyết định 33": the number that follows names the decision. */
export const decisionCues = {
  words: ['quyết định', 'qđ'],
  /** Words allowed between the cue and the number. */
  filler: ['số'],
  labels: { vi: 'theo QĐ {number}', en: 'under Decision {number}' },
} as const;

/**
 * Parts of a total stated in the same sentence. A marker ("369 dự án, trong đó 15 … và 354 …")
 * makes the figures after it (to the end of its clause, or of the bracket it opens) parts and those
 * before it in its clause the total, pairing only figures counted in the same kind of unit (a
 * share of the population is no part of a number of ethnic groups). A sentence that opens with a
 * marker splits a total stated elsewhere: no part here. "A/B" of counted things ("11/11 huyện") is
 * A of all B; "nâng tổng số … lên/là X" makes the same-unit figures before it parts of X.
 */
export const partCues = {
  markers: ['trong đó', 'trong số đó', 'trong số này', 'bao gồm', 'gồm'],
  /** Phrases that hold a marker but add something to the figure instead ("bao gồm cả vốn …"). */
  none: ['bao gồm cả', 'gồm cả'],
  raisesTotal: ['nâng tổng số', 'nâng tổng', 'đưa tổng số', 'nâng số'],
  /** Unit kinds whose "A/B" is A of all B (not an amount against a plan, a price or a rate). */
  countedKinds: ['admin', 'households', 'people', 'cards', 'houses', 'works', 'projects', 'groups', 'events'],
  /** A word before a rate after "A/B" that measures A against B as a plan ("đạt 90% kế hoạch"). */
  achievement: ['đạt'],
  labels: { total: { vi: 'tổng', en: 'total' }, part: { vi: 'trong đó', en: 'of which' } },
} as const satisfies {
  readonly markers: readonly string[];
  readonly none: readonly string[];
  readonly raisesTotal: readonly string[];
  readonly countedKinds: readonly UnitKind[];
  readonly achievement: readonly string[];
  readonly labels: Record<Part, Labels>;
};

/** How a district a figure is about is shown. */
export const districtLabel = { vi: 'huyện {name}', en: '{name} district' } as const satisfies Labels;
