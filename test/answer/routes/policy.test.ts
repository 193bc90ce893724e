import { describe, expect, test } from 'vitest';
import { answer } from '../../../src/answer/answer.js';
import { context } from '../context.js';

const ask = (question: string) => answer(question, context);

test('what a decision is: its sentences quoted verbatim, where it is mentioned, the figures given with it', () => {
  const result = ask('Quyết định 353/QĐ-TTg nói về gì?');
  expect(result.answer.split('\n')[0]).toBe('Quyết định 353/QĐ-TTg — theo các bài báo:');
  // Its date, issuer and subject, as the article states them.
  expect(result.answer.split('\n')[2]).toMatch(
    /^Ngày \d{2}\/\d{2}\/\d{4} · Cơ quan ban hành: Thủ tướng Chính phủ · phê duyệt danh sách huyện nghèo/,
  );
  expect(result.answer).toContain(
    'phê duyệt danh sách huyện nghèo, xã đặc biệt khó khăn vùng bãi ngang, ven biển và hải đảo',
  );
  expect(result.answer).toContain('Các tỉnh có bài nhắc đến: Bắc Kạn.');
  for (const passage of result.passages) {
    const body = context.base.entriesById.get(passage.source.id)?.body ?? '';
    expect(body).toContain(passage.text);
  }
  expect(result.facts.map((fact) => fact.raw)).toContain('02 huyện');
  expect(result.policies).toEqual(['qd-353']);
});

test('a programme is told by the sentence that opens with its name', () => {
  const result = ask('Chương trình MTQG giảm nghèo bền vững là gì?');
  expect(result.answer).toContain('Chương trình MTQG giảm nghèo thiết kế tập trung hỗ trợ cho các vùng lõi nghèo');
});

test('a procedure or an interest rate: said plainly not to be covered, never an invented step; then the closest passage', () => {
  const result = ask('Lãi suất vay vốn hộ nghèo là bao nhiêu, thủ tục thế nào?');
  expect(result.answer.split('\n')[0]).toMatch(/^Các bài báo tôi có không nói về thủ tục, giấy tờ, lãi suất/);
  expect(result.facts).toEqual([]);
});

test('a decision asked about in a province that does not mention it says where it is mentioned', () => {
  const result = ask('Quyết định 353 ở Kiên Giang thế nào?');
  expect(result.answer).toContain(
    'Các bài tôi có không nhắc đến Quyết định 353/QĐ-TTg ở Kiên Giang; các bài nhắc đến ở: Bắc Kạn.',
  );
});

test('what support the poor get: one line per measure, each with a cited figure and its sentence quoted', () => {
  const result = answer('Hộ nghèo được hỗ trợ những gì?', context);
  expect(result.answer.split('\n')[0]).toMatch(/^Các hỗ trợ cho hộ nghèo mà các bài báo nêu/);
  for (const label of ['Vay vốn tín dụng chính sách', 'Bảo hiểm y tế', 'Hỗ trợ học tập', 'Hỗ trợ nhà ở'])
    expect(result.answer).toContain(`${label}: `);
  for (const fact of result.facts) expect(result.answer).toContain(`«${fact.source.quote}»`);
});

test('in one province, for the near-poor: only that group and that province', () => {
  const result = answer('hộ cận nghèo ở Bình Thuận được hỗ trợ những gì', context);
  expect(result.facts.length).toBeGreaterThan(0);
  for (const fact of result.facts) expect(fact.province).toBe('Bình Thuận');
  for (const fact of result.facts) expect(fact.source.quote).toMatch(/cận nghèo/);
});

test('"which decisions" lists the decisions the articles mention, each with its sentence and figures', () => {
  const result = answer('Lạng Sơn làm nhà cho hộ nghèo theo những quyết định nào?', context);
  expect(result.answer.split('\n')[0]).toBe('Các bài báo nhắc đến (ở Lạng Sơn):');
  expect(result.answer).toContain('• Quyết định 167');
  expect(result.answer).toContain('• Quyết định 33/QĐ-TTg');
  expect(result.facts.map((fact) => fact.raw)).toEqual(expect.arrayContaining(['6.009 nhà', '2.543 nhà']));
  // "thế nào" asks how, not which: no list.
  expect(answer('Bắc Kạn bố trí vốn đối ứng cho Chương trình thế nào?', context).answer).not.toMatch(
    /^Các bài báo nhắc đến/,
  );
});

describe("a provincial policy sets the conversation's place", () => {
  test('after "nghị quyết 47 là gì" (only Lạng Sơn names it), "mục tiêu năm 2024 thì sao?" is about Lạng Sơn', () => {
    const first = answer('nghi quyet 47 la gi?', context);
    expect(first.provinces).toEqual(['Lạng Sơn']);
    const next = answer('mục tiêu năm 2024 thì sao?', { ...context, previous: first });
    expect(next.provinces).toEqual(['Lạng Sơn']);
    for (const fact of next.facts) expect(fact.province).toBe('Lạng Sơn');
  });
});

describe('electricity bills and free legal aid are support measures of their own', () => {
  test('a count asked in English is read from the sentence that reports it, quoted', () => {
    const result = ask('How many households got help with power bills in Kien Giang?');
    expect(result.intent).toBe('electricity');
    expect(result.facts[0]?.indicator).toBe('electricity_support');
    expect(result.answer).toContain(result.facts[0]?.source.quote ?? '∅');
  });

  test('a province with no count of it is answered by the passage that says it, found from an English question', () => {
    const result = ask('Is there free legal aid for poor people in Binh Thuan?');
    expect(result.passages[0]?.text).toMatch(/trợ giúp pháp lý/);
    expect(result.answer).not.toMatch(/no figures/);
  });

  test("the amount of the support is not covered: said plainly, then the measure's own cited figure comes closest", () => {
    const result = ask('thu tuc xin ho tro tien dien the nao');
    expect(result.answer.split('\n')[0]).toMatch(/^Các bài báo tôi có không nói về thủ tục/);
    expect(result.facts.map((fact) => fact.indicator)).toEqual(['electricity_support']);
    // The figure's own label is its heading: not said twice.
    expect(result.answer).not.toContain('Hỗ trợ tiền điện: Hỗ trợ tiền điện');
  });
});

describe('support for a group no figure counts (pupils, poor districts, workers)', () => {
  test('what pupils get: only passages and figures whose sentences name pupils', () => {
    const result = ask('Con em hộ nghèo đi học được hỗ trợ những gì?');
    expect(result.answer.split('\n')[0]).toMatch(/học sinh, sinh viên/);
    expect(result.passages.length).toBeGreaterThan(0);
    for (const passage of result.passages) expect(passage.text).toMatch(/học sinh|sinh viên|lượt em/);
    for (const fact of result.facts) expect(fact.source.quote).toMatch(/học sinh|sinh viên|lượt em/);
  });

  test('"hỗ trợ đầu tư gì" asks what support, with words between', () => {
    const result = ask('Các huyện nghèo ở Bắc Kạn được hỗ trợ đầu tư gì?');
    expect(result.answer.split('\n')[0]).toMatch(/^Các hỗ trợ cho huyện nghèo, xã đặc biệt khó khăn ở Bắc Kạn/);
    expect(result.passages[0]?.text).toMatch(/huyện nghèo/);
  });

  test('a group no sentence names with a kind of support: said so, then what the poor get', () => {
    const result = ask('người lao động được hỗ trợ những gì');
    expect(result.answer.split('\n')[0]).toBe(
      'Các bài báo tôi có không nêu riêng hỗ trợ dành cho người lao động; dưới đây là các hỗ trợ cho hộ nghèo.',
    );
    expect(result.facts.length).toBeGreaterThan(0);
  });
});

test("a policy's sentences are chosen by what the question asks of it, not by the policy's own name they all hold", () => {
  const result = ask('Kiên Giang đã làm được những gì từ các dự án thuộc Chương trình MTQG giảm nghèo?');
  // The sentence on its projects ("Thực hiện các dự án, tiểu dự án thành phần thuộc …"), not its tasks.
  expect(result.passages[0]?.text).toMatch(/^Thực hiện các dự án, tiểu dự án/);
});

test('a follow-up naming another policy asks of it wherever it is carried out, not in the place the first implied', () => {
  const first = ask('Nghị quyết 47 là gì?');
  expect(first.provinces).toEqual(['Lạng Sơn']);
  const next = answer('còn Quyết định 353 thì sao?', { ...context, previous: first });
  expect(next.policies).toEqual(['qd-353']);
  expect(next.answer).not.toMatch(/không nhắc đến/);
});

test('"chính sách này" points back to the policy before: its difficulties in a place start with the passage naming it', () => {
  const first = ask('Quyết định 33 là gì?');
  const next = answer('Ở Cần Thơ chính sách này triển khai có khó khăn gì?', { ...context, previous: first });
  expect(next.intent).toBe('challenges');
  expect(next.passages[0]?.text).toMatch(/Quyết định số 33\/QĐ-TTg/);
});

test("a figure asked of a policy with no topic named is what its sentences count, not the place's poverty card", () => {
  const result = ask('How much did the For the Poor fund in Binh Thuan raise in 2023?');
  expect(result.measure).toBe('poverty_fund_raised');
});

test('money asked of a programme over a range of years is what its sentences count, not the poverty-rate series', () => {
  const result = ask('How much money did Bac Kan get from the sustainable poverty reduction program in 2021-2024?');
  expect(result.measure).toBe('budget_allocated');
});

describe('support asked after a policy, or in a place whose articles report none', () => {
  test('a place an answer on a policy implied does not carry to a support question of its own', () => {
    const first = ask('Chương trình 135 là gì?');
    expect(first.provinces).toEqual(['Tây Ninh']);
    const next = answer('Hộ cận nghèo được hỗ trợ những gì?', { ...context, previous: first });
    expect(next.provinces).toEqual([]);
    expect(next.facts.length).toBeGreaterThan(0);
  });

  test('a place whose articles report no such support: said plainly, then what the other provinces report', () => {
    const result = ask('Ở Tây Ninh hộ nghèo được hỗ trợ những gì?');
    expect(result.answer.split('\n')[0]).toBe(
      'Các bài báo tôi có không nói về hỗ trợ này ở Tây Ninh; dưới đây là những gì các tỉnh khác nêu.',
    );
    expect(result.facts.length).toBeGreaterThan(0);
  });
});

test('"where is it carried out?" after a programme: the same programme, answered in English', () => {
  const first = ask('What is Program 135?');
  const next = answer('where is it carried out?', { ...context, previous: first });
  expect(next.policies).toEqual(['chuong-trinh-135']);
  expect(next.language).toBe('en');
  expect(next.answer).toMatch(/Provinces whose articles mention it: Tây Ninh/);
});

test("a measure asked of a policy that its own sentences do not count comes from the place's figures as usual", () => {
  const result = ask('Giải ngân vốn Chương trình MTQG giảm nghèo ở Bắc Kạn được bao nhiêu tiền?');
  expect(result.measure).toBe('budget_disbursed');
});

test("what is asked of a policy in a place, where the place's sentence does not name it in full: that sentence first", () => {
  const result = ask('vốn đối ứng của Bắc Kạn cho Chương trình MTQG giảm nghèo bố trí ra sao');
  const [first] = result.passages;
  expect(first?.province).toBe('Bắc Kạn');
  expect(first?.text).toMatch(/vốn đối ứng/);
  // The sentence names "Chương trình" alone, so it is not one of the programme's own mentions.
  expect(first?.text).not.toMatch(/Chương trình MTQG/);
});

test('policies of a kind asked in a province no article names them in: said plainly, then the others', () => {
  const result = ask('Nghệ An có chương trình giảm nghèo nào?');
  expect(result.answer.split('\n')[0]).toMatch(/không nhắc đến chính sách nào như vậy ở Nghệ An/);
  expect(result.answer).toContain('Chương trình MTQG giảm nghèo bền vững');
});

test('when a policy was issued: its date as an article states it, or plainly none', () => {
  expect(ask('Quyết định 33/QĐ-TTg được ký ngày nào?').answer).toMatch(/không nói về ngày ban hành/);
  const dated = ask('Quyết định 353 ban hành ngày nào?').answer;
  expect(dated).not.toMatch(/không nói về ngày ban hành/);
  expect(dated).toMatch(/Ngày \d{2}\/\d{2}\/\d{4}/);
});
