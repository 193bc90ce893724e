import { describe, expect, test } from 'vitest';
import { buildPolicyCatalogue, policiesNamed, policyKindsListed } from '../../src/policies/catalogue.js';
import { foldedWords } from '../../src/text/words.js';
import { context } from '../answer/context.js';

const { base } = context;
const catalogue = buildPolicyCatalogue(base.entries, base.policyNames);
const named = (question: string) => policiesNamed(catalogue, foldedWords(question)).map((policy) => policy.id);

/** The catalogue with one more article, on a province the knowledge does not hold. */
function withArticle(id: string, body: string) {
  const [template] = base.entries;
  if (!template) throw new Error('no entry');
  return buildPolicyCatalogue([...base.entries, { ...template, id, provinces: ['Hà Giang'], body }], base.policyNames);
}

describe('the catalogue, built from the articles', () => {
  test('legal documents are found by rule, with the fullest form of their number and symbol', () => {
    const names = catalogue.policies.filter((policy) => policy.kind === 'document').map((policy) => policy.name);
    expect(names).toEqual(
      expect.arrayContaining(['Quyết định 353/QĐ-TTg', 'Quyết định 33/QĐ-TTg', 'Nghị quyết 47-NQ/TU']),
    );
  });

  test('every statement is a verbatim sentence of its entry', () => {
    for (const policy of catalogue.policies) {
      expect(policy.mentions.length).toBeGreaterThan(0);
      for (const mention of policy.mentions) {
        const body = base.entriesById.get(mention.entryId)?.body ?? '';
        expect(body.slice(mention.start, mention.end)).toBe(mention.quote);
      }
    }
  });

  test('every alias resolves to one policy', () => {
    const owner = new Map<string, string>();
    for (const policy of catalogue.policies) {
      for (const alias of policy.aliases) {
        expect(owner.get(alias) ?? policy.id, `${alias}: ${owner.get(alias)} and ${policy.id}`).toBe(policy.id);
        owner.set(alias, policy.id);
      }
    }
  });

  test('the forms people type name the same policy', () => {
    for (const question of ['Quyết định 353 nói về gì', 'qd353 la gi', 'QĐ 353', 'What is Decision 353/QD-TTg about?'])
      expect(named(question)).toEqual(['qd-353']);
    expect(named('nghi quyet 47 cua lang son')).toEqual(['nq-47']);
    expect(named('chuong trinh 135 la gi')).toEqual(['chuong-trinh-135']);
    expect(named('Chương trình mục tiêu quốc gia giảm nghèo bền vững')).toContain('mtqg-giam-ngheo');
    // Its official English name.
    expect(
      named('National Target Program for Socio-Economic Development of Ethnic Minority and Mountainous Areas'),
    ).toEqual(['mtqg-dan-toc-mien-nui']);
  });

  test('a short form names its policy only where no named policy holds it, and not as a kind in the plural', () => {
    expect(named('mtqg là gì')).toEqual(['mtqg-giam-ngheo']);
    expect(named('What is the national target program?')).toEqual(['mtqg-giam-ngheo']);
    // "MTQG" is in the other programme's name too.
    expect(named('chương trình MTQG phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu số là gì')).toEqual([
      'mtqg-dan-toc-mien-nui',
    ]);
    expect(
      named(
        'What is the national target programme for socio-economic development of ethnic minority and mountainous areas?',
      ),
    ).toEqual(['mtqg-dan-toc-mien-nui']);
    expect(named('những chương trình mục tiêu quốc gia nào được nhắc đến')).toEqual([]);
  });

  test('every short form resolves to one policy, and none finds sentences', () => {
    const owner = new Map<string, string>();
    for (const policy of catalogue.policies) {
      for (const form of policy.shortForms ?? []) {
        expect(owner.get(form) ?? policy.id, form).toBe(policy.id);
        owner.set(form, policy.id);
        expect(policy.aliases, form).not.toContain(form);
      }
    }
    expect(owner.size).toBeGreaterThan(0);
  });

  test("a new article's decisions enter the catalogue with no edit", () => {
    const decision = withArticle(
      'thu-nghiem',
      'UBND tỉnh ban hành Quyết định số 1234/QĐ-UBND ngày 02/02/2024 về hỗ trợ nhà ở cho hộ nghèo.',
    ).byId.get('qd-1234');
    expect(decision?.name).toBe('Quyết định 1234/QĐ-UBND');
    expect(decision?.provinces).toEqual(['Hà Giang']);
    // Its date and subject as the article writes them.
    expect(decision?.stated).toEqual({ date: '02/02/2024', subject: 'về hỗ trợ nhà ở cho hộ nghèo' });
  });

  test('a sentence opening "Trong đó" is quoted with the sentence it refers to', () => {
    const body = 'Tỉnh đã hỗ trợ 500 hộ nghèo làm nhà. Trong đó, theo Quyết định số 99/QĐ-UBND là 200 nhà.';
    const [mention] = withArticle('thu-nghiem-trong-do', body).byId.get('qd-99')?.mentions ?? [];
    expect(mention?.quote).toBe(body);
    expect(body.slice(mention?.start, mention?.end)).toBe(mention?.quote);
  });

  test("a new article's plans and programmes issued by name, without a number, enter the catalogue too", () => {
    const catalogueWith = withArticle(
      'thu-nghiem-ke-hoach',
      'Sở Lao động đã tham mưu UBND tỉnh ban hành Kế hoạch hỗ trợ sinh kế cho hộ nghèo vùng cao năm 2025 và Kế hoạch kiểm tra, giám sát việc thực hiện chính sách. ' +
        'Giải ngân đạt 40% so với kế hoạch; tỉnh triển khai Chương trình, dự án đúng tiến độ.',
    );
    const issued = catalogueWith.policies.filter((policy) => policy.provinces.includes('Hà Giang'));
    // A name runs to the next name or comma (the sentence quoted says the rest); lower-case "kế hoạch"
    // and "Chương trình" with no name of its own are none.
    expect(issued.map((policy) => policy.name)).toEqual([
      'Kế hoạch hỗ trợ sinh kế cho hộ nghèo vùng cao năm 2025',
      'Kế hoạch kiểm tra',
    ]);
    expect(issued[0]?.kind).toBe('document');
    // Its opening words name it in a question.
    expect(
      policiesNamed(catalogueWith, foldedWords('kế hoạch hỗ trợ sinh kế cho hộ nghèo là gì')).map((p) => p.id),
    ).toEqual([issued[0]?.id]);
  });
});

describe('which kinds of policy a question asks to list', () => {
  test.each([
    ['tỉnh triển khai những chương trình giảm nghèo nào?', ['programme']],
    ['Hà Giang có các kế hoạch gì?', ['Kế hoạch']],
    ['List the decisions and plans of Ha Giang', ['Quyết định', 'Kế hoạch']],
    // By its abbreviation.
    ['Hà Giang làm nhà theo những qđ nào?', ['Quyết định']],
    // "thế nào" is how; "which" asks for the districts; "gì" asks of the support, not the programme.
    ['Hà Giang thực hiện các chương trình như thế nào?', []],
    ['Which districts did the department visit under the programme?', []],
    ['xã nghèo được chương trình hỗ trợ đầu tư gì', []],
  ])('%s → %j', (question, kinds) => {
    expect(policyKindsListed(foldedWords(question))).toEqual(kinds);
  });
});

test("a document's issuer stops where the sentence goes on ('của Thủ tướng Chính phủ là 2.543 nhà')", () => {
  const body = 'Theo Quyết định số 88 của Thủ tướng Chính phủ là 120 nhà.';
  expect(withArticle('thu-nghiem-88', body).byId.get('qd-88')?.stated).toEqual({
    issuer: 'Thủ tướng Chính phủ',
  });
});
