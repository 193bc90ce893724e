import type { IndicatorId } from '../facts/indicators.js';
import type { Intent } from './intents.js';

/**
 * What each intent shows, as data: the indicators answering it, in the order shown, and the headline
 * groups used to rank provinces (the group the question names most; a group's figures are counted in
 * the same unit, so a rate is never ranked against an amount). `change` lists what is added when the question asks how
 * much something fell; `overview` what a province summary shows.
 */
export const intentIndicators: Readonly<
  Partial<
    Record<Intent, { readonly shows: readonly IndicatorId[]; readonly headline: readonly (readonly IndicatorId[])[] }>
  >
> = {
  poverty_rate: {
    shows: ['poverty_rate', 'poor_households', 'near_poor_rate', 'near_poor_households'],
    headline: [['poverty_rate'], ['near_poor_rate'], ['poor_households']],
  },
  loans: { shows: ['loan_borrowers', 'loan_amount'], headline: [['loan_amount'], ['loan_borrowers']] },
  housing: {
    shows: ['houses_supported', 'houses_built', 'houses_repaired', 'housing_cost', 'poverty_fund_raised'],
    headline: [['houses_supported', 'houses_built'], ['poverty_fund_raised']],
  },
  health_insurance: {
    shows: ['health_insurance_cards', 'health_insurance_cost'],
    headline: [['health_insurance_cards']],
  },
  education: {
    shows: ['tuition_support_students', 'tuition_support_cost'],
    headline: [['tuition_support_students']],
  },
  employment: {
    shows: ['jobs_created', 'vocational_training', 'career_guidance'],
    headline: [['jobs_created'], ['vocational_training']],
  },
  budget: {
    shows: ['budget_allocated', 'budget_disbursed', 'disbursement_rate'],
    headline: [['disbursement_rate'], ['budget_allocated'], ['budget_disbursed']],
  },
  infrastructure: {
    shows: ['infrastructure_works', 'clean_water_works'],
    headline: [['infrastructure_works'], ['clean_water_works']],
  },
  livelihood: {
    shows: ['production_projects', 'project_participants'],
    headline: [['production_projects'], ['project_participants']],
  },
};

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
