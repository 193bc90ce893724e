/**
 * Units written after a figure, as data. `kind` groups units so an indicator can say what it
 * counts; `toBase` converts money to VND. Keys are written forms (lower case, NFC), matched longest
 * first right after the number; diacritics are kept because folding merges căn/cán/cận.
 */
export const unitKinds = [
  'percent',
  'money',
  'price',
  'households',
  'people',
  'cards',
  'houses',
  'works',
  'projects',
  'area',
  'admin',
  'groups',
  'materials',
  'gifts',
  'events',
  'mass',
] as const;
export type UnitKind = (typeof unitKinds)[number];

export interface UnitDefinition {
  readonly kind: UnitKind;
  /** Multiplier to the base unit (VND for money); absent where there is nothing to convert. */
  readonly toBase?: number;
  readonly baseUnit?: string;
  /** Other spellings of the same unit ("tỉ đồng"). */
  readonly also?: readonly string[];
  /** English word for answers in English. */
  readonly en: string;
}

export const units = {
  '%/năm': { kind: 'percent', en: '%/year' },
  '%': { kind: 'percent', en: '%' },
  'triệu đồng': { kind: 'money', toBase: 1e6, baseUnit: 'VND', en: 'million VND' },
  'tỷ đồng': { kind: 'money', toBase: 1e9, baseUnit: 'VND', also: ['tỉ đồng'], en: 'billion VND' },
  'đồng/kg': { kind: 'price', en: 'VND/kg' },
  'lượt hộ': { kind: 'households', en: 'household visits' },
  hộ: { kind: 'households', en: 'households' },
  'lượt người': { kind: 'people', en: 'person-times' },
  'lượt em': { kind: 'people', en: 'pupil-times' },
  'lượt cán bộ': { kind: 'people', en: 'official-times' },
  'triệu người': { kind: 'people', toBase: 1e6, baseUnit: 'người', en: 'million people' },
  người: { kind: 'people', en: 'people' },
  khẩu: { kind: 'people', en: 'people' },
  'lao động': { kind: 'people', en: 'workers' },
  'học sinh': { kind: 'people', en: 'students' },
  'đối tượng': { kind: 'people', en: 'beneficiaries' },
  thẻ: { kind: 'cards', en: 'cards' },
  căn: { kind: 'houses', en: 'houses' },
  nhà: { kind: 'houses', en: 'houses', also: ['homes'] },
  'công trình': { kind: 'works', en: 'works' },
  'dự án': { kind: 'projects', en: 'projects' },
  'mô hình': { kind: 'projects', en: 'models' },
  km2: { kind: 'area', en: 'km²' },
  'đơn vị hành chính': { kind: 'admin', en: 'administrative units' },
  xã: { kind: 'admin', en: 'communes' },
  huyện: { kind: 'admin', en: 'districts' },
  'dân tộc': { kind: 'groups', en: 'ethnic groups' },
  'pa nô': { kind: 'materials', en: 'panels' },
  bộ: { kind: 'materials', en: 'sets' },
  tờ: { kind: 'materials', en: 'leaflets' },
  cuốn: { kind: 'materials', en: 'handbooks' },
  'phần quà': { kind: 'gifts', en: 'gifts' },
  cuộc: { kind: 'events', en: 'sessions' },
  tấn: { kind: 'mass', en: 'tonnes' },
} as const satisfies Record<string, UnitDefinition>;

export type UnitKey = keyof typeof units;

/** Words after a number that make it a duration, a level or a category, not a statistic. */
export const notStatisticWords = ['năm', 'tháng', 'ngày', 'tuổi', 'cấp', 'diện', 'lần'] as const;

/** Every written form with its unit, longest first, so "lượt hộ" wins over "hộ". */
export const unitFormsLongestFirst: readonly { readonly form: string; readonly unit: UnitKey }[] = (
  Object.entries(units) as [UnitKey, UnitDefinition][]
)
  .flatMap(([unit, definition]) => [unit, ...(definition.also ?? [])].map((form) => ({ form, unit })))
  .sort((a, b) => b.form.length - a.form.length);

/** The kind of a unit as a fact writes it ("tỷ đồng" → money); undefined for a unit the table lacks. */
export function kindOfUnit(unit: string): UnitKind | undefined {
  return (units as Readonly<Record<string, UnitDefinition>>)[unit]?.kind;
}
