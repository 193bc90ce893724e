import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { z } from 'zod';
import { evaluateFacts, goldFactSchema } from '../../src/facts/evaluate.js';
import { factSchema } from '../../src/facts/fact.js';
import { buildKnowledgeBase, type KnowledgeBase } from '../../src/knowledge/base.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { copyKnowledge, knowledgeFolder } from '../helpers.js';

let base: KnowledgeBase;
beforeAll(async () => {
  base = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));
});

describe('every fact is cited verbatim', () => {
  test('raw is in the quote, and the quote is in the body at its offsets', () => {
    expect(base.facts.length).toBeGreaterThan(100);
    for (const fact of base.facts) {
      const entry = base.entries.find((e) => e.id === fact.citation.entryId);
      expect(fact.citation.quote).toContain(fact.raw);
      expect(entry?.body.slice(fact.citation.start, fact.citation.end)).toBe(fact.citation.quote);
    }
  });
  test('every fact matches the Fact schema', () => {
    for (const fact of base.facts) expect(factSchema.safeParse(fact).success).toBe(true);
  });
  test('fact ids are unique', () => {
    expect(new Set(base.facts.map((fact) => fact.id)).size).toBe(base.facts.length);
  });
});

describe('measured against the hand-made gold annotation', () => {
  test('precision and recall are at least 95%, and matched figures agree on indicator and year', async () => {
    const gold = z
      .array(goldFactSchema)
      .parse(JSON.parse(await readFile(path.resolve(knowledgeFolder, '../test/fixtures/gold-facts.json'), 'utf8')));
    const result = evaluateFacts(gold, base.facts, base.entries);
    expect(result.overall.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(result.agreement.indicator).toBeGreaterThanOrEqual(0.95);
    expect(result.agreement.year).toBeGreaterThanOrEqual(0.95);
    expect(result.agreement.status).toBeGreaterThanOrEqual(0.9);
  });
});

describe('what the rules read', () => {
  const find = (raw: string, province: string) => base.facts.find((f) => f.raw === raw && f.province === province);

  test('a fall with its from and to, in percentage points', () => {
    expect(find('2,66%', 'Bắc Kạn')).toMatchObject({
      indicator: 'poverty_rate_reduction',
      change: { direction: 'down', from: 27.37, to: 24.71, percentagePoints: true },
      period: { to: 2022 },
      status: 'actual',
    });
  });
  test('a ratio of achieved to planned, with money in VND', () => {
    const disbursed = find('15,636 tỷ đồng', 'Bình Thuận');
    expect(disbursed).toMatchObject({
      indicator: 'budget_disbursed',
      ratio: { role: 'achieved', other: 86.687 },
    });
    expect(disbursed?.normalized).toEqual({ value: 15_636_000_000, unit: 'VND' });
    expect(find('86,687 tỷ đồng', 'Bình Thuận')).toMatchObject({
      indicator: 'budget_allocated',
      status: 'plan',
    });
  });
  test('estimates and targets', () => {
    expect(find('19,65%', 'Bắc Kạn')).toMatchObject({
      indicator: 'poverty_rate',
      status: 'estimate',
      period: { to: 2024 },
    });
    expect(find('0,2%/năm', 'Kiên Giang')).toMatchObject({
      indicator: 'poverty_rate_reduction',
      status: 'target',
    });
  });
  test('qualifiers as written', () => {
    expect(find('3.600 lượt người', 'Kiên Giang')).toMatchObject({
      indicator: 'legal_aid',
      qualifier: 'trên',
    });
    expect(find('81,6 tỷ đồng', 'Quảng Ninh')).toMatchObject({ indicator: 'loan_amount', qualifier: 'gần' });
  });
  test('dates, decision numbers and programme names are not facts', () => {
    const raws = base.facts.map((fact) => fact.raw);
    for (const notFact of ['353', '15', '47', '135', '167', '33', '2021', '31', '2024'])
      expect(raws).not.toContain(notFact);
  });
  test('summaries are cited as summaries of the page that showed them', () => {
    const phuYen = base.facts.filter((fact) => fact.province === 'Phú Yên');
    expect(phuYen.map((fact) => fact.raw)).toEqual(['12,6%', '3,93%', '2,5%']);
    for (const fact of phuYen) expect(fact.citation.kind).toBe('summary');
  });
});

test('a new article file yields its facts without code changes', async () => {
  const folder = await copyKnowledge();
  const article = `---
id: ha-giang-thu-nghiem
kind: article
title: "Hà Giang: kết quả giảm nghèo năm 2023"
publisher: Báo Thử Nghiệm
author: null
published: 2024-02-01
provinces:
  - Hà Giang
source: 000_fe6f241720c91208.txt
---

Tính đến cuối năm 2023, tỷ lệ hộ nghèo của tỉnh Hà Giang còn 25,4% (giảm 4,1% so với cuối năm 2022). Ngân hàng Chính sách xã hội đã cho 2.345 hộ nghèo vay 98,7 tỷ đồng. Cấp 12.000 thẻ BHYT cho người nghèo.
`;
  await writeFile(path.join(folder, 'articles/ha-giang-thu-nghiem.md'), article);
  const extended = buildKnowledgeBase(await loadKnowledge(folder));
  await rm(folder, { recursive: true, force: true });
  const facts = extended.facts.filter((fact) => fact.province === 'Hà Giang');
  expect(facts.map((fact) => [fact.indicator, fact.value, fact.unit, fact.period?.to])).toEqual([
    ['poverty_rate', 25.4, '%', 2023],
    ['poverty_rate_reduction', 4.1, '%', 2023],
    // The paragraph's period carries to the sentences after it.
    ['loan_borrowers', 2345, 'hộ', 2023],
    ['loan_amount', 98.7, 'tỷ đồng', 2023],
    ['health_insurance_cards', 12000, 'thẻ', 2023],
  ]);
});
