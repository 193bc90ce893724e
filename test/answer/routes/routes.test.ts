import { describe, expect, test } from 'vitest';
import { answer } from '../../../src/answer/answer.js';
import { context } from '../context.js';

const ask = (question: string, language?: 'vi' | 'en') =>
  answer(question, { ...context, ...(language ? { language } : {}) });
const firstLine = (question: string) => ask(question).answer.split('\n')[0] ?? '';

describe('figures: the first line answers', () => {
  test('the kind of figure asked decides which figure leads: a rate for "phần trăm", and what it counts is said', () => {
    const line = firstLine('giải ngân bình thuận đạt bao nhiêu phần trăm');
    expect(line).toMatch(/^Bình Thuận .*— Tỷ lệ giải ngân: 18%/);
    // 18% is the whole 2023 disbursement, including the 2022 capital carried over.
    expect(line).toMatch(/2022 kéo dài/);
  });

  test('the labels a question names pick the figure among figures of one measure', () => {
    expect(firstLine('vốn phân bổ cho huyện Pác Nặm Bắc Kạn giai đoạn 2021-2024')).toContain('232,18');
    expect(firstLine('Bắc Kạn vốn được giao')).toContain('760,8');
  });

  test('among figures of one measure, equal on all else, the one whose sentence shares most of the question', () => {
    expect(firstLine('Ở Kiên Giang có bao nhiêu hộ tham gia các dự án phát triển sản xuất?')).toContain('360 hộ');
    expect(firstLine('Kiên Giang có bao nhiêu hộ hưởng lợi từ công trình hạ tầng?')).toContain('1.458 hộ');
  });

  test("with no topic, a figure whose sentence shares clearly more of the question leads, not the overview's headline", () => {
    expect(firstLine('Các cơ sở tôn giáo ở Bình Thuận tặng quà tổng trị giá bao nhiêu?')).toMatch(/Quà từ thiện/);
  });

  test('"how much did it fall" leads with the fall, never with the starting level', () => {
    expect(firstLine('bac kan nam 2023 giam ty le ho ngheo duoc bao nhieu')).toMatch(/giảm 2,76 điểm %/);
  });

  test('"phần" asks for a part: the capital carried over, not the year\'s whole that includes it', () => {
    expect(firstLine('phần vốn kéo dài từ năm trước của Bình Thuận giải ngân được bao nhiêu')).toMatch(
      /7,75 tỷ đồng .*kéo dài sang 2023/,
    );
    expect(firstLine('Bình Thuận giải ngân được bao nhiêu tỷ năm 2023')).toMatch(/15,636 tỷ đồng/);
  });

  test('"đầu năm" asks for the starting level of a fall', () => {
    expect(firstLine('Bình Thuận tỷ lệ hộ cận nghèo đầu năm 2023 là bao nhiêu?')).toContain('4,27%');
  });

  test('no figure line is shown twice', () => {
    const lines = ask('giải ngân bình thuận đạt bao nhiêu phần trăm')
      .answer.split('\n')
      .filter((l) => l.startsWith('•'));
    expect(new Set(lines).size).toBe(lines.length);
  });

  test('a district named alone gets its own figures', () => {
    const result = ask('huyen ngan son');
    expect(result.facts.map((fact) => fact.raw)).toContain('219,94 tỷ đồng');
  });
});

test('a place typed alone after a question on another topic gets its card, not "no data" and a list of topics', () => {
  const first = answer('how many health insurance cards in Binh Thuan', context);
  const next = answer('Pác Nặm', { ...context, previous: first });
  expect(next.answer).not.toMatch(/chưa có số liệu/);
  expect(next.facts.map((fact) => fact.raw)).toContain('232,18 tỷ đồng');
});

describe('comparison: one line per place for the same measure', () => {
  test('the same measure side by side, of the same year, and the gap marked as computed', () => {
    const result = ask('so sánh tỷ lệ hộ nghèo Lạng Sơn và Bắc Kạn');
    const [heading, lang, bac] = result.answer.split('\n');
    expect(heading).toBe('Tỷ lệ hộ nghèo — so sánh');
    expect(lang).toMatch(/^• Lạng Sơn: Tỷ lệ hộ nghèo: 6,02% \(năm 2023\b/);
    expect(bac).toMatch(/^• Bắc Kạn: Tỷ lệ hộ nghèo: 21,95% \(năm 2023\b/);
    expect(result.answer).toContain(
      'Chênh lệch (tôi tính từ hai số liệu trên): Bắc Kạn cao hơn Lạng Sơn 15,93 điểm %.',
    );
  });
});

describe('table: no province named', () => {
  test('every province that has the measure, one line each', () => {
    const result = ask('số thẻ BHYT cấp cho người nghèo');
    expect(new Set(result.facts.map((fact) => fact.province))).toEqual(new Set(['Bình Thuận', 'Kiên Giang']));
  });

  test("each province's line is of the poor (the group asked by default) and a whole, not a sub-group's part", () => {
    const result = ask('số hộ được vay vốn ưu đãi ở các tỉnh');
    expect(result.passages).toEqual([]);
    expect(new Set(result.facts.map((fact) => fact.province)).size).toBe(result.facts.length);
    expect(result.facts.length).toBeGreaterThanOrEqual(3);
    for (const fact of result.facts) expect(fact.counts).not.toContain('trong đó');
    expect(result.answer).not.toMatch(/hộ mới thoát nghèo\): .*\n.*hộ mới thoát nghèo\)/);
  });

  test("each province's latest figure, not its largest over the years", () => {
    const result = ask('các tỉnh xây được bao nhiêu nhà cho hộ nghèo');
    expect(result.facts.find((fact) => fact.province === 'Lạng Sơn')?.raw).toBe('319 nhà');
  });

  test('the whole country: said plainly to have no national figure, then the provinces', () => {
    const text = ask('tỷ lệ hộ nghèo cả nước').answer;
    expect(text.split('\n')[0]).toMatch(/^Tôi không có số liệu tỷ lệ hộ nghèo của cả nước/);
    expect(text).toContain('Kiên Giang: Tỷ lệ hộ nghèo: 1,28%');
    expect(text).toContain('chuẩn nghèo khác nhau');
  });

  test('a ranking leads with its first row, and ranks falls by the fall', () => {
    expect(firstLine('tỉnh nào có tỷ lệ hộ nghèo thấp nhất năm 2023')).toMatch(/^Kiên Giang .*1,28%/);
    expect(firstLine('tinh nao giam ngheo nhanh nhat nam 2023')).toMatch(/^Bắc Kạn .*giảm 2,76 điểm %/);
  });
});

test('a follow-up that names only a year keeps asking for the fall', () => {
  const first = answer('bac kan nam 2023 giam ty le ho ngheo duoc bao nhieu', context);
  const next = answer('năm 2022 thì sao?', { ...context, previous: first });
  expect(next.answer.split('\n')[0]).toMatch(/giảm 2,66 điểm %/);
});

describe('a measure named by the words of its label in another order', () => {
  test('"tập huấn cho cán bộ" names "Cán bộ được tập huấn"; its figure of no stated period answers a year asked', () => {
    const { facts, answer: text } = ask('Năm 2023 Lạng Sơn tập huấn cho cán bộ bao nhiêu lượt?');
    expect(facts[0]?.indicator).toBe('officials_trained');
    expect(facts[0]?.period).toBeNull();
    expect(text.split('\n')[0]).toMatch(/bài không ghi rõ kỳ/);
  });
});

describe('asked how something of a topic is done', () => {
  test("asked who: the passage naming the question's own words comes before the figures", () => {
    const result = ask('Ở Bắc Kạn ai đốc thúc các đơn vị cam kết tiến độ giải ngân?');
    expect(result.answer.split('\n\n')[0]).toMatch(/cam kết về tiến độ/);
  });

  test('the passage telling it comes before the figures', () => {
    const result = ask('Các huyện nghèo của Bắc Kạn đôn đốc giải ngân vốn ra sao?');
    expect(result.answer.split('\n\n')[0]).toMatch(/đôn đốc/);
    expect(result.facts.length).toBeGreaterThan(0);
  });
});

describe('a short series', () => {
  test('read from one sentence, that sentence is quoted under its lines', () => {
    const { answer: text, facts } = ask(
      'Vốn Chương trình mục tiêu quốc gia giao cho Bình Thuận năm 2022 và 2023 là bao nhiêu?',
    );
    expect(facts.length).toBeGreaterThan(1);
    for (const fact of facts) expect(text).toContain(`«${fact.source.quote}»`);
  });
  test('read from three sentences or more, the lines and their sources stand alone', () => {
    const { answer: text, facts } = ask('Bình Thuận được giao bao nhiêu vốn năm 2022 và 2023?');
    expect(new Set(facts.map((fact) => fact.source.quote)).size).toBeGreaterThan(2);
    for (const fact of facts) expect(text).not.toContain(`«${fact.source.quote}»`);
  });
});

describe('targets', () => {
  test("the other targets' sentences are quoted under them, and no sentence twice", () => {
    const { answer: text, facts } = ask('Lạng Sơn đặt mục tiêu giảm nghèo năm 2024 thế nào?');
    expect(facts.length).toBeGreaterThan(1);
    for (const fact of facts) {
      expect(text).toContain(`«${fact.source.quote}»`);
      expect(text.split(`«${fact.source.quote}»`)).toHaveLength(2);
    }
  });
});

describe('a figure stated in two sentences', () => {
  test('the lead quotes each sentence stating it, so neither is hidden behind a bullet', () => {
    const { answer: text, facts } = ask('Lạng Sơn có mấy huyện nghèo, là những huyện nào?');
    const lead = facts[0];
    const restated = facts.filter(
      (fact) => fact !== lead && fact.indicator === lead?.indicator && fact.value === lead?.value,
    );
    expect(restated.length).toBeGreaterThan(0);
    const [, ...after] = text.split('\n');
    const quoted = after.join('\n').split('\n\n')[0] ?? '';
    for (const fact of [lead, ...restated]) expect(quoted).toContain(`«${fact?.source.quote}»`);
  });
});

describe('a figure whose sentence reads on from the one before', () => {
  test('"Mục tiêu cụ thể là …" is quoted with the general goal before it', () => {
    const { answer: text, facts } = ask("What is Kiên Giang's overall goal for poverty reduction work in 2024?");
    const [lead] = facts;
    expect(lead?.source.quote).toMatch(/^Mục tiêu cụ thể/);
    const quoted = text.split('\n')[1] ?? '';
    expect(quoted).toMatch(/mục tiêu chung/);
    expect(quoted).toContain(lead?.source.quote ?? '');
  });
});

describe("a passage for the question's own words", () => {
  test('holds its topic too: "áp dụng" in a passage on poverty rates does not say whom tuition exemption is for', () => {
    const [first] = ask('miễn giảm học phí ở Bình Thuận áp dụng cho đối tượng nào?').passages;
    expect(first?.text).toMatch(/học phí/);
  });
});

describe('which districts: the passage naming them', () => {
  test('their names asked: the sentence listing them after "là" before one mentioning them in passing', () => {
    for (const question of ['Hai huyện nghèo của Lạng Sơn tên là gì?', 'lang son co nhung huyen ngheo nao vay?'])
      expect(ask(question).answer, question).toMatch(/huyện nghèo là [A-ZĐ]/u);
  });

  test('which communes in a year asked: a passage of that year', () => {
    expect(ask('Năm 2024 Lạng Sơn tập trung giảm nghèo ở các xã nào?').passages[0]?.text).toMatch(/2024/);
  });

  test('where something happened: the passage saying it, not the list of names', () => {
    expect(ask('In which poor districts of Lang Son were transport works maintained in 2023?').answer).toContain(
      'công trình giao thông',
    );
  });
});

describe('the lead says where it was read', () => {
  test('the first line is followed by the sentence its figure was read from', () => {
    const result = ask('tỷ lệ hộ nghèo Kiên Giang năm 2023');
    const [, second] = result.answer.split('\n');
    expect(second).toBe(`«${result.facts[0]?.source.quote}»`);
  });
});

describe('the measure a question names', () => {
  test('a label of a measure picks it among its topic\'s figures ("số hộ nghèo" is not the rate)', () => {
    const result = ask('số hộ nghèo Bình Thuận năm 2023');
    expect(result.facts[0]?.indicator).toBe('poor_households');
  });

  test('named with no province: every province that has it, each with what its figure counts', () => {
    const result = ask('những huyện nghèo trong dữ liệu');
    expect(result.facts.length).toBeGreaterThanOrEqual(2);
    for (const fact of result.facts) {
      expect(fact.indicator).toBe('poor_districts');
      // The districts are named, not only counted.
      for (const label of fact.counts.filter((count) => count.startsWith('huyện ')))
        expect(result.answer).toContain(label);
    }
  });

  test('a follow-up that changes only the part counted keeps the measure the answer before led with', () => {
    const first = ask('Quỹ Vì người nghèo của Bình Thuận năm 2023 vận động được bao nhiêu?');
    const next = answer('cấp huyện thì sao?', { ...context, previous: first });
    expect(next.facts[0]?.indicator).toBe(first.facts[0]?.indicator);
    expect(next.facts[0]?.counts.join(' ')).toMatch(/cấp huyện/);
    // Asking "how many" of something else is a measure of its own.
    const houses = answer('xây được bao nhiêu nhà?', { ...context, previous: first });
    expect(houses.facts[0]?.indicator).not.toBe(first.facts[0]?.indicator);
  });

  test('a rate asked where the topic has counts: the rate stated in the same sentence as the count', () => {
    const result = ask('Kiên Giang giải quyết việc làm năm 2023 đạt bao nhiêu phần trăm kế hoạch');
    const [lead, ...rest] = result.facts;
    expect(lead?.unit).toBe('%');
    expect(rest.some((fact) => fact.source.quote === lead?.source.quote && fact.unit !== '%')).toBe(true);
  });
});

describe('a ranking over measures that differ', () => {
  test('a province that states the fall in households is listed apart, not ranked with rates', () => {
    const result = ask('tinh nao giam ngheo nhanh nhat nam 2023');
    const units = new Set(result.facts.map((fact) => fact.unit));
    expect(units.size).toBeGreaterThan(1);
    const [, apart] = result.answer.split('Tỉnh có số liệu đo theo cách khác');
    const ranked = result.facts.filter((fact) => fact.unit === '%').map((fact) => fact.province);
    const others = result.facts.filter((fact) => fact.unit !== '%');
    for (const fact of others) {
      expect(ranked).not.toContain(fact.province);
      expect(apart).toContain(fact.province);
    }
  });
});

describe('no topic and no place: what the articles say of what is named', () => {
  test('a phrase an article holds is answered by that passage, quoted', () => {
    const result = ask('pa nô truyền thông là gì');
    expect(result.passages.length).toBe(1);
    expect(result.passages[0]?.text.toLowerCase()).toContain('pa nô truyền thông');
  });

  test('syllables shared by chance are not enough: out of scope, nothing quoted', () => {
    const result = ask('blockchain và trí tuệ nhân tạo là gì');
    expect(result.passages).toEqual([]);
    expect(result.facts).toEqual([]);
    expect(result.answer).toMatch(/^Xin lỗi/);
  });
});

describe("support: the articles' own lists first", () => {
  test('passages naming three kinds of support or more come before the one-figure lines', () => {
    const result = ask('hộ nghèo được hỗ trợ những gì');
    expect(result.passages.length).toBeGreaterThan(0);
    const firstPassage = result.answer.indexOf(result.passages[0]?.text ?? '\u0000');
    const firstFigure = result.answer.indexOf(result.facts[0]?.source.quote ?? '\u0000');
    expect(firstPassage).toBeGreaterThan(0);
    expect(firstPassage).toBeLessThan(firstFigure);
  });
});

describe('a figure asked of a policy', () => {
  test('the figures stated in the sentences naming the policy answer, of the year asked', () => {
    const result = ask('Chương trình mục tiêu quốc gia giảm nghèo bền vững giao cho Bình Thuận bao nhiêu vốn năm 2023');
    expect(result.facts.length).toBeGreaterThan(0);
    for (const fact of result.facts) {
      expect(fact.source.quote).toMatch(/Chương trình mục tiêu quốc gia giảm nghèo bền vững/);
      expect(fact.period).toMatch(/2023/);
    }
  });
});

describe('a topic the place has no figure for', () => {
  test('asked in its own words, not "how many": the passage that says it', () => {
    const result = ask('Lạng Sơn có hỗ trợ học phí cho học sinh không?');
    expect(result.passages.length).toBeGreaterThan(0);
    expect(result.passages[0]?.text).toMatch(/học phí/);
  });

  test('asked "how many": no passage stands in for the figure', () => {
    const result = ask('Lạng Sơn hỗ trợ học phí cho bao nhiêu học sinh?');
    expect(result.passages).toEqual([]);
    expect(result.facts).toEqual([]);
  });
});

describe('the kind asked before the measure named', () => {
  test('"spend on health insurance cards" asks the money, not the cards', () => {
    const [lead] = ask('How much did Kien Giang spend on health insurance cards in 2023?').facts;
    expect(lead?.unit).toMatch(/đồng/);
  });
});

describe('targets asked of a policy', () => {
  test('the targets stated with it, not its results', () => {
    const { facts } = ask(
      'Theo chuẩn nghèo đa chiều, Bắc Kạn đặt mục tiêu giảm tỷ lệ hộ nghèo bao nhiêu giai đoạn 2021-2025?',
    );
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(fact.status).toBe('target');
  });
});

describe('a policy asked in a province', () => {
  test("only that province's figures are counted under it", () => {
    const result = ask('Ngân hàng Chính sách xã hội ở Quảng Ninh cho vay bao nhiêu?');
    for (const fact of result.facts) expect(fact.province).toBe('Quảng Ninh');
  });
});

describe('a count of its own unit', () => {
  test('"mấy huyện nghèo" after a question on the rate asks the districts, not their rate', () => {
    const first = ask('tỷ lệ hộ nghèo Kiên Giang');
    const next = answer('Bắc Kạn có mấy huyện nghèo', { ...context, previous: first });
    expect(next.facts[0]?.indicator).toBe('poor_districts');
  });

  test('a unit counted names the one topic counting in it: "nhiều nhà nhất" ranks housing', () => {
    const result = ask('tỉnh nào xây nhiều nhà cho hộ nghèo nhất');
    expect(result.intent).toBe('housing');
    expect(result.facts.length).toBeGreaterThan(1);
  });

  test("no figure for a group's rate says which group, not the poverty rate in general", () => {
    expect(ask('What is the near-poor rate in An Giang?').answer).toMatch(
      /^I have no figures on poverty rate \(near-poor/,
    );
  });
});

describe('named in English, singular or plural', () => {
  test('"every poor district" is the poor-districts measure, every province that has it', () => {
    const result = ask('Name every poor district you know of.');
    expect(result.facts.length).toBeGreaterThan(1);
    for (const fact of result.facts) expect(fact.indicator).toBe('poor_districts');
  });
});

describe("a place's passage on what the question names", () => {
  test("the passage holding the question's own phrase comes first, not the one richest in topic words", () => {
    const result = ask('Bình Thuận làm truyền thông giảm nghèo ra sao');
    expect(result.passages[0]?.text).toMatch(/truyền thông/);
  });
});

describe('passages of a place', () => {
  test('a subheading or photo caption is not quoted for what it only shares with the topic', () => {
    const { passages } = ask('Kiên Giang rà soát hộ nghèo, hộ cận nghèo như thế nào?');
    expect(passages.length).toBeGreaterThan(0);
    for (const passage of passages) expect(passage.text.trim()).toMatch(/[.!…:;”"»)]$/);
  });

  test('a caption that names what is asked, as the question has it, is quoted', () => {
    expect(ask('Pác Nặm có nhà văn hoá không?').passages[0]?.text).toMatch(/Nhà văn hoá xã Xuân La/);
  });

  test('a district asked about: the passage naming it comes first', () => {
    const result = ask('Nhà tôi ở Ngân Sơn có được hỗ trợ sửa nhà không?');
    expect(result.passages[0]?.text).toContain('Ngân Sơn');
  });
});

test('a follow-up naming only a place keeps the measure asked before, whatever kind of answer that was', () => {
  const first = ask('Huyện nghèo của Bắc Kạn gồm những huyện nào?');
  expect(first.measure).toBe('poor_districts');
  const next = answer('thế còn Lạng Sơn thì sao?', { ...context, previous: first });
  expect(next.measure).toBe('poor_districts');
  expect(next.answer.split('\n')[0]).toMatch(/^Lạng Sơn — Huyện nghèo: 2 huyện/);
});

test('a range asked whose figures are all of that one period is no series: the asked figure leads, its sentence quoted', () => {
  const single = ask('Lạng Sơn hỗ trợ nhà ở 2011-2020 thế nào');
  expect(single.answer.split('\n')[0]).toMatch(/^Lạng Sơn — Nhà ở được hỗ trợ/);
  expect(single.answer.split('\n')[1]).toBe(`«${single.facts[0]?.source.quote}»`);
  // Figures of several years stay a series, oldest first.
  expect(firstLine('tỷ lệ hộ nghèo Bắc Kạn 2021-2023')).toMatch(/qua các năm$/);
});

test("difficulties of two places: each place's passages in turn, under its name, never 'no figures'", () => {
  const result = ask('Lạng Sơn và Bắc Kạn gặp những hạn chế gì trong giảm nghèo?');
  const lines = result.answer.split('\n');
  expect(lines[0]).toBe('▸ Lạng Sơn');
  expect(lines).toContain('▸ Bắc Kạn');
  expect(new Set(result.passages.map((passage) => passage.source.id)).size).toBeGreaterThan(1);
  expect(result.answer).not.toMatch(/chưa có số liệu/);
});

describe('a passage that announces what follows is quoted with it', () => {
  test("an interviewer's question is quoted with the speaker and the answer after it, verbatim", () => {
    const [passage] = ask('Năm 2024 Lạng Sơn đặt ra những nhiệm vụ gì?').passages;
    expect(passage?.text).toMatch(/^PV: .*\?\n\nÔng [^\n]+:\n\n\S/s);
    expect(context.base.entriesById.get(passage?.source.id ?? '')?.body).toContain(passage?.text);
  });
});

test("a year carried from the place before, which the new place does not report the measure for: the measure's latest there", () => {
  const first = ask('Bình Thuận giải ngân được bao nhiêu tiền năm 2023?');
  expect(first.measure).toBe('budget_disbursed');
  const next = answer('còn Bắc Kạn?', { ...context, previous: first });
  expect(next.measure).toBe('budget_disbursed');
  expect(next.facts[0]?.years?.to).not.toBe(2023);
});

test('an English verb names the measure its label inflects ("disburse": budget disbursed)', () => {
  expect(ask('How much did Binh Thuan disburse in 2023?').measure).toBe('budget_disbursed');
});

test('a follow-up with words of its own and no topic cue asks about them, in the place before', () => {
  const first = ask('Tỷ lệ hộ nghèo Lạng Sơn năm 2023?');
  const next = answer('còn công tác tập huấn cán bộ thì sao?', { ...context, previous: first });
  expect(next.intent).not.toBe('poverty_rate');
  expect(next.provinces).toEqual(['Lạng Sơn']);
  expect(next.passages[0]?.text).toMatch(/tập huấn/);
});

test("a place's card quotes its first figure's sentence, named by that figure's label", () => {
  const result = ask('Kiên Giang');
  const [first] = result.facts;
  expect(result.answer).toContain(`${first?.label}, theo câu: «${first?.source.quote}»`);
});

test('a lead-in announcing lessons is quoted with the paragraphs it announces, while they fit in one quote', () => {
  const [passage] = ask('Cần Thơ đã rút ra những bài học gì?').passages;
  const paragraphs = passage?.text.split('\n\n') ?? [];
  expect(paragraphs[0]).toMatch(/bài học kinh nghiệm\.$/);
  expect(paragraphs.length).toBeGreaterThanOrEqual(3);
  expect(passage?.text.length).toBeLessThanOrEqual(1200);
  expect(context.base.entriesById.get(passage?.source.id ?? '')?.body).toContain(passage?.text);
});

describe("support: of the articles' lists, the one holding the question's own words first", () => {
  test('"tiếp cận dịch vụ xã hội cơ bản": the list that says so', () => {
    const [first] = ask(
      'Những chính sách hỗ trợ nào đã giúp người nghèo Kiên Giang tiếp cận dịch vụ xã hội cơ bản?',
    ).passages;
    expect(first?.text).toMatch(/dịch vụ xã hội cơ bản/);
  });
});

describe('difficulties of a group', () => {
  test('the passages naming the group and a shortfall come first', () => {
    const [first] = ask('Lạng Sơn gặp khó khăn gì với đồng bào dân tộc thiểu số?').passages;
    expect(first?.text).toMatch(/dân tộc thiểu số/);
  });
});
