import { describe, expect, test } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import type { Answer } from '../../src/answer/schema.js';
import { answerSchema } from '../../src/answer/schema.js';
import { context } from './context.js';

const ask = (question: string, previous: Answer | null = null) => answer(question, { ...context, previous });

describe('cited figures', () => {
  test('every figure comes with its period and the sentence it was read from', () => {
    const result = ask('Bình Thuận cho hộ nghèo vay bao nhiêu?');
    expect(result.facts.length).toBeGreaterThan(0);
    for (const fact of result.facts) {
      expect(fact.source.quote).toContain(fact.raw);
      expect(fact.period).not.toBeNull();
      expect(result.answer).toContain(fact.source.title);
    }
  });
  test('numbers are written the Vietnamese way in Vietnamese and the English way in English', () => {
    expect(ask('Tỷ lệ hộ nghèo Kiên Giang').answer).toContain('1,28%');
    expect(ask('What is the poverty rate in Kien Giang?').answer).toContain('1.28%');
  });
  test('the latest period when none is asked, with a newer estimate labelled as such', () => {
    const result = ask('tỷ lệ hộ nghèo Bắc Kạn');
    expect(result.facts.map((fact) => fact.raw)).toEqual(['21,95%', '19,65%']);
    expect(result.answer).toMatch(/19,65% \([^)]*ước tính\)/);
  });
  test("a merged province gets the old province's figures, labelled with the merger", () => {
    const result = ask('Tỷ lệ hộ nghèo tỉnh An Giang hiện nay là bao nhiêu?');
    expect(result.provinces).toEqual(['An Giang']);
    expect(result.facts.every((fact) => fact.province === 'Kiên Giang')).toBe(true);
    expect(result.answer).toContain('Kiên Giang (nay thuộc An Giang từ 01/07/2025)');
  });
  test('a comparison across periods carries a caution', () => {
    expect(ask('So sánh tỷ lệ hộ nghèo Cần Thơ và Bắc Kạn').answer).toMatch(/Lưu ý/);
  });
});

describe('no data', () => {
  test('an uncovered province: said plainly, with the provinces covered, and no figure', () => {
    const result = ask('Tỷ lệ hộ nghèo của Hà Nội là bao nhiêu?');
    expect(result.facts).toEqual([]);
    expect(result.answer).toMatch(/chưa có số liệu nào về Hà Nội/);
    expect(result.answer).toContain('Kiên Giang');
  });
  test('an uncovered province merged in 2025: what it became is said with the plain "no figures"', () => {
    expect(ask('Bạc Liêu có bao nhiêu hộ nghèo?').answer).toMatch(/chưa có số liệu nào về Bạc Liêu \(nay thuộc Cà Mau/);
  });
  test('a topic the province lacks: the topics it has instead', () => {
    const result = ask('Bắc Kạn cấp bao nhiêu thẻ BHYT?');
    expect(result.facts).toEqual([]);
    expect(result.answer).toMatch(/tỷ lệ hộ nghèo/);
  });
  test('money asked where the figures are counts: said plainly first, then the counts', () => {
    const result = ask('Lạng Sơn đã chi bao nhiêu tiền để xây, sửa nhà cho hộ nghèo năm 2023?');
    expect(result.answer.split('\n')[0]).toMatch(/không có số liệu về số tiền/);
    expect(result.facts.length).toBeGreaterThan(0);
  });
  test('a count asked where the place has only a rate: said plainly first, then the rate', () => {
    const result = ask('Kiên Giang có bao nhiêu hộ nghèo năm 2023?');
    expect(result.answer.split('\n')[0]).toMatch(/không có số liệu về số hộ/);
    expect(result.facts[0]?.unit).toBe('%');
  });
  test('"mấy huyện nghèo … giảm được bao nhiêu" names the districts and asks a fall: no count is said missing', () => {
    const first = ask('Bắc Kạn năm 2022 tỷ lệ hộ nghèo giảm được bao nhiêu?');
    const second = ask('thế mấy huyện nghèo năm đó giảm được bao nhiêu?', first);
    expect(second.answer).not.toMatch(/không có số liệu về số huyện/);
  });
  test('money asked where only passages answer, stating none: said plainly first', () => {
    expect(ask('Người trồng lan ở Sơn La kiếm được bao nhiêu tiền?').answer.split('\n')[0]).toMatch(
      /không có số liệu về số tiền/,
    );
  });
  test('a year with no figure: the years that have one', () => {
    const result = ask('Tỷ lệ hộ nghèo Kiên Giang năm 2021');
    expect(result.facts).toEqual([]);
    expect(result.answer).toContain('2023');
  });
});

describe('conversation', () => {
  test('"còn X thì sao?" keeps the topic and changes the place; "còn nhà ở?" keeps the place', () => {
    const first = ask('Bình Thuận cấp bao nhiêu thẻ BHYT cho người nghèo?');
    const second = ask('còn Kiên Giang thì sao?', first);
    expect(second).toMatchObject({ intent: 'health_insurance', provinces: ['Kiên Giang'] });
    const third = ask('còn nhà ở?', first);
    expect(third).toMatchObject({ intent: 'housing', provinces: ['Bình Thuận'] });
  });
  test('a part of the figure before ("riêng cấp tỉnh …") asks that part of the same measure', () => {
    const first = ask('Quỹ Vì người nghèo ở Bình Thuận năm 2023 vận động được bao nhiêu tiền?');
    const second = ask('Riêng cấp tỉnh thì vận động được bao nhiêu?', first);
    expect(second).toMatchObject({ intent: first.intent, provinces: ['Bình Thuận'] });
    expect(second.facts[0]?.indicator).toBe(first.facts[0]?.indicator);
    expect(second.facts[0]?.counts.join(' ')).toMatch(/cấp tỉnh/);
  });
  test('"ở đó" keeps the place before, even with a policy named anew', () => {
    const first = ask('Bình Thuận có phong trào thi đua vì người nghèo không?');
    const second = ask('quỹ vì người nghèo ở đó năm 2023 vận động được bao nhiêu tiền?', first);
    expect(second.provinces).toEqual(['Bình Thuận']);
    // Without the pointer, a newly named policy is asked wherever it is carried out.
    expect(ask('quỹ vì người nghèo năm 2023 vận động được bao nhiêu tiền?', first).provinces).not.toEqual([
      'Bình Thuận',
    ]);
  });
  test('a short "how many" with nothing of its own to count asks of the figure before', () => {
    const first = ask('Kiên Giang giải quyết việc làm cho bao nhiêu lượt người năm 2023?');
    const second = ask('ngoài tỉnh bao nhiêu?', first);
    expect(second).toMatchObject({ intent: 'employment', provinces: ['Kiên Giang'] });
    expect(second.facts[0]?.counts.join(' ')).toMatch(/ngoài tỉnh/);
  });
  test("a place alone after a question on a group: that group's figure there, not the place's card", () => {
    const first = ask('What support do near-poor households get in Binh Thuan?');
    const second = ask('And in Kien Giang?', first);
    expect(second.provinces).toEqual(['Kiên Giang']);
    expect(second.answer.split('\n')[0]).toMatch(/near-poor/);
  });
  test('a short "which" with no topic asks of the answer before', () => {
    const first = ask('Quảng Ninh cho hộ nghèo vay bao nhiêu?');
    expect(ask('ở huyện nào?', first)).toMatchObject({ intent: first.intent, provinces: ['Quảng Ninh'] });
    expect(ask('cụ thể là những huyện nào vậy?', first).provinces).toEqual(['Quảng Ninh']);
    // "thế nào" is how, and the weather is no follow-up.
    expect(ask('thời tiết hôm nay thế nào vậy', first).intent).toBe('unknown');
  });
  test("a year alone after a figure: that year's figure, or plainly none, never a card or a passage of another year", () => {
    const first = ask('Bình Thuận có bao nhiêu hộ cận nghèo?');
    const second = ask('năm 2022?', first);
    expect(second.facts).toEqual([]);
    expect(second.answer).toMatch(/chưa có số liệu .* cho năm 2022/);
  });
  test('"which provinces" after a policy asks where that policy is carried out', () => {
    const first = ask('chương trình nông thôn mới là gì');
    const second = ask('những tỉnh nào làm?', first);
    expect(second.policies).toEqual(first.policies);
    expect(second.answer).toMatch(/Các tỉnh có bài nhắc đến/);
  });
  test('"kinh phí bao nhiêu?" after a topic asks that topic\'s money, not the budget', () => {
    const first = ask('Kiên Giang cấp bao nhiêu thẻ BHYT?');
    const second = ask('kinh phí bao nhiêu?', first);
    expect(second).toMatchObject({ intent: 'health_insurance', provinces: ['Kiên Giang'] });
    expect(second.facts[0]?.unit).toMatch(/đồng/);
  });
  test('"how much did it cost?" after a count asks the money of the same topic', () => {
    const first = ask('How many students got tuition support in Kien Giang?');
    const second = ask('how much did it cost?', first);
    expect(second).toMatchObject({ intent: first.intent, provinces: ['Kiên Giang'] });
    expect(second.facts[0]?.unit).toMatch(/đồng/);
  });
  test('"did they meet it?" after a target asks the results, not the target again', () => {
    const first = ask('What poverty-rate reduction target did Bac Kan set for 2021-2025?');
    const second = ask('Did they meet it in 2022?', first);
    expect(second.intent).toBe('poverty_rate');
    expect(second.facts[0]?.status).toBe('actual');
  });
  test('"the year before" asks the year before the answer\'s', () => {
    const first = ask("By how much did Bac Kan's poverty rate fall in 2022?");
    expect(ask('And the year before?', first)).toMatchObject({ year: 2021, provinces: ['Bắc Kạn'] });
    expect(ask('thế còn năm sau?', first).year).toBe(2023);
  });
  test('the difficulties of one thing named there: the passage naming it first', () => {
    const first = ask('Lạng Sơn năm 2023 giảm được bao nhiêu hộ nghèo');
    const second = ask('ở đó công tác tuyên truyền có hạn chế gì không', first);
    expect(second.passages[0]?.text).toMatch(/tuyên truyền/);
  });
  test('a polite ending ("… thì sao ad", "… nhé") changes nothing', () => {
    const first = ask('cuối năm 2023 Bình Thuận còn bao nhiêu hộ nghèo?');
    const plain = ask('còn hộ cận nghèo thì sao?', first);
    expect(ask('con ho can ngheo thi sao ad', first).facts[0]?.indicator).toBe(plain.facts[0]?.indicator);
  });
  test('a greeting in between does not carry a topic', () => {
    const greeting = ask('xin chào');
    expect(ask('còn Lạng Sơn?', greeting).intent).toBe('overview');
  });
});

describe('anything else', () => {
  test.each(['', '   ', '???', '😀😀', '<script>alert(1)</script>', 'a'.repeat(5000), '\u202e\u200b'])(
    'a strange message (%j) gets a polite reply in the contract',
    (message) => {
      const result = ask(message);
      expect(answerSchema.safeParse(result).success).toBe(true);
      expect(result.answer.length).toBeGreaterThan(0);
      expect(result.facts).toEqual([]);
    },
  );
});

test('a difficulty question about a 2025 province is answered from the provinces merged into it', () => {
  const result = ask('Khó khăn trong giảm nghèo ở An Giang là gì?');
  expect(result.intent).toBe('challenges');
  expect(result.passages.length).toBeGreaterThan(0);
  expect(result.answer).toContain('lúng túng');
});
