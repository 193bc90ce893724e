import type { Fact } from './fact.js';
import { decisionCues, districtLabel, kindCues, levelCues, partCues, vintageCues } from './qualifiers.js';

export type LabelLanguage = 'vi' | 'en';

const fill = (template: string, values: Readonly<Record<string, string | number>>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));

/**
 * Short labels saying which part of a whole a fact counts, one per distinct meaning, in the order
 * level, districts, capital year, kind, total/part: ["cấp tỉnh"], ["vốn 2022 kéo dài sang 2023",
 * "trong đó"], ["huyện Ngân Sơn"]. Empty when the sentence says nothing of the kind.
 */
export function qualifierLabels(
  fact: Pick<Fact, 'level' | 'vintage' | 'kind' | 'part'> & { readonly districts: readonly string[] },
  language: LabelLanguage,
): string[] {
  const labels: string[] = [];
  if (fact.level) labels.push(levelCues[fact.level][language]);
  for (const name of fact.districts) labels.push(fill(districtLabel[language], { name }));
  if (fact.vintage) labels.push(vintageLabel(fact.vintage, language));
  if (fact.kind) labels.push(kindLabel(fact.kind, language));
  if (fact.part) labels.push(partCues.labels[fact.part][language]);
  return [...new Set(labels)];
}

/** "2022_carried" → "vốn 2022 kéo dài sang 2023"; "2023_with_carried" → "gồm cả vốn 2022 kéo dài". */
export function vintageLabel(vintage: string, language: LabelLanguage): string {
  const [yearText, ...rest] = vintage.split('_');
  const year = Number(yearText);
  const shape = rest.join('_');
  const template =
    shape === 'carried'
      ? vintageCues.labels.carried
      : shape === 'with_carried'
        ? vintageCues.labels.with_carried
        : vintageCues.labels.year;
  return fill(template[language], { year, next: year + 1, previous: year - 1 });
}

export function kindLabel(kind: NonNullable<Fact['kind']>, language: LabelLanguage): string {
  if (kind.startsWith('decision:')) return fill(decisionCues.labels[language], { number: kind.slice(9) });
  return kindCues[kind as keyof typeof kindCues][language];
}
