/**
 * Who a support measure is for, as the articles name them: each group with its label in both
 * languages and the phrases that name it in a sentence (folded by code, so unaccented text matches).
 * A sentence reporting a measure names its groups ("cho 3.986 hộ nghèo vay …, 10.022 hộ cận nghèo
 * vay …"): the groups a measure is for are those its sentences name. `subject` is the group as
 * figures and questions name it ("hộ cận nghèo"), where there is one: a "what support" question about it.
 */
export const targetGroups = [
  {
    id: 'poor',
    vi: 'hộ nghèo',
    en: 'poor households',
    subject: 'hộ nghèo',
    cues: ['hộ nghèo', 'người nghèo', 'poor households'],
  },
  {
    id: 'near_poor',
    vi: 'hộ cận nghèo',
    en: 'near-poor households',
    subject: 'hộ cận nghèo',
    cues: ['hộ cận nghèo', 'người cận nghèo', 'near-poor'],
  },
  {
    id: 'newly_escaped',
    vi: 'hộ mới thoát nghèo',
    en: 'households just out of poverty',
    subject: 'hộ mới thoát nghèo',
    cues: ['hộ mới thoát nghèo', 'mới thoát nghèo'],
  },
  {
    id: 'ethnic_minority',
    vi: 'người dân tộc thiểu số',
    en: 'ethnic minorities',
    subject: 'hộ dân tộc thiểu số',
    cues: ['dân tộc thiểu số', 'đồng bào dân tộc', 'ethnic minority'],
  },
  {
    id: 'pupils',
    vi: 'học sinh, sinh viên',
    en: 'pupils and students',
    subject: null,
    cues: ['học sinh', 'sinh viên', 'lượt em', 'đi học', 'pupils', 'students', 'schoolchildren'],
  },
  {
    id: 'workers',
    vi: 'người lao động',
    en: 'workers',
    subject: null,
    cues: ['người lao động', 'lao động nông thôn', 'workers'],
  },
  {
    id: 'poor_areas',
    vi: 'huyện nghèo, xã đặc biệt khó khăn',
    en: 'poor districts and most deprived communes',
    subject: null,
    cues: ['huyện nghèo', 'xã đặc biệt khó khăn', 'vùng khó khăn', 'poor districts', 'poor district'],
  },
] as const;

export type TargetGroup = (typeof targetGroups)[number];
export type TargetGroupId = TargetGroup['id'];

/** Groups no figure counts as its subject (pupils, workers, poor districts): what a support question may be about. */
export const beneficiaries: readonly TargetGroup[] = targetGroups.filter((group) => group.subject === null);
