import { describe, expect, test } from 'vitest';
import { stripMarkup, understand } from '../../src/answer/understand.js';
import { policyCatalogue } from '../../src/policies/catalogue.js';
import { context } from './context.js';

const read = (question: string) => understand(question, context.base.gazetteer);

describe('understanding a question', () => {
  test('finds the place, the year and the topic with or without diacritics', () => {
    for (const question of ['Tỷ lệ hộ nghèo Kiên Giang năm 2023?', 'ty le ho ngheo kien giang nam 2023']) {
      const q = read(question);
      expect(q.places.map((p) => p.name)).toEqual(['Kiên Giang']);
      expect(q.year).toBe(2023);
      expect(q.intent).toBe('poverty_rate');
    }
  });
  test('reads a range of years and several years as a range', () => {
    expect(read('Bắc Kạn 2021-2024').years).toEqual({ from: 2021, to: 2024 });
    expect(read('vốn năm 2022 và 2023').years).toEqual({ from: 2022, to: 2023 });
    expect(read('từ 2016 đến 2020').trend).toBe(true);
  });
  test('capital carried over from a year names which capital, not the year asked', () => {
    expect(read('Tổng giải ngân năm 2023 của Bình Thuận, tính cả vốn 2022 kéo dài').year).toBe(2023);
  });
  test('a target question is about targets whatever its topic', () => {
    expect(read('Mục tiêu giảm tỷ lệ hộ nghèo của Bắc Kạn').intent).toBe('targets');
    expect(read('Chương trình mục tiêu quốc gia giảm nghèo của Bắc Kạn có bao nhiêu vốn').intent).toBe('budget');
  });
  test('out-of-scope questions are unknown even when they name a place', () => {
    expect(read('Thời tiết Hà Nội hôm nay thế nào?').intent).toBe('unknown');
  });
  test('greetings, thanks and help', () => {
    expect(read('xin chào').intent).toBe('greeting');
    expect(read('cảm ơn nhé').intent).toBe('greeting');
    expect(read('/help').intent).toBe('help');
    expect(read('Hi! What can you do?').intent).toBe('help');
  });
  test('English is recognised; Vietnamese without diacritics is not English', () => {
    expect(read('What is the poverty rate in Lang Son?').language).toBe('en');
    expect(read('ty le ho ngheo lang son').language).toBe('vi');
  });
  test('a sub-group is asked only when named alone', () => {
    expect(read('còn hộ cận nghèo?').subject).toBe('hộ cận nghèo');
    expect(read('cho hộ nghèo và hộ cận nghèo vay bao nhiêu').subject).toBeNull();
    expect(read('tỷ lệ hộ nghèo các huyện nghèo').subject).toBe('huyện nghèo');
  });
  test('follow-ups are recognised by how they start or end', () => {
    expect(read('còn Bình Thuận thì sao?').followUp).toBe(true);
    expect(read('And the near-poor rate?').followUp).toBe(true);
    expect(read('Tỷ lệ hộ nghèo Bình Thuận').followUp).toBe(false);
  });
  test('a real phrase is never read as a misspelt place ("lao động" is not Lâm Đồng)', () => {
    expect(read('tạo việc làm cho bao nhiêu lao động').places).toEqual([]);
    expect(read('can thow ty le ho ngheo').places.map((p) => p.name)).toEqual(['Cần Thơ']);
  });
});

test('pasted HTML and Markdown are not part of the question', () => {
  expect(stripMarkup('<b>Tỷ lệ</b> **hộ nghèo** [Kiên Giang](http://x) `2023`')).toMatch(
    /^\s*Tỷ lệ\s+hộ nghèo\s+Kiên Giang\s+2023\s*$/,
  );
  expect(read('<b>ty le ho ngheo</b> **kien giang**').places.map((p) => p.name)).toEqual(['Kiên Giang']);
});

describe('what a group receives is the measure', () => {
  test('"số hộ nghèo được <support>" asks the support, not the number of poor households', () => {
    expect(read('số hộ nghèo được cấp thẻ bảo hiểm y tế ở Hà Giang').intent).toBe('health_insurance');
    expect(read('số hộ nghèo được vay vốn ở Hà Giang').intent).toBe('loans');
    expect(read('số hộ nghèo ở Hà Giang').intent).toBe('poverty_rate');
  });
});

describe('"số" that is not "how many"', () => {
  test('"dân tộc thiểu số" and "so sánh" do not ask for a number', () => {
    expect(read('Người dân tộc thiểu số ở Hà Giang được hỗ trợ những gì?').quantity).toBe(false);
    expect(read('so sánh Hà Giang và Cao Bằng').quantity).toBe(false);
    expect(read('số hộ nghèo Hà Giang').quantity).toBe(true);
  });

  test('"Sở" written with its diacritics is a department, not "số"; unaccented "so ho ngheo" still asks', () => {
    expect(read('Sở Y tế Hà Giang đã làm những gì cho người nghèo?').quantity).toBe(false);
    expect(read('so ho ngheo Ha Giang').quantity).toBe(true);
  });
});

describe('a province named with the one it became', () => {
  test('"Lâm Đồng (Bình Thuận cũ)" is one place, the former province; named apart, two', () => {
    expect(read('tỷ lệ hộ nghèo Lâm Đồng (Bình Thuận cũ)').places.map((place) => place.name)).toEqual(['Bình Thuận']);
    expect(read('tỷ lệ hộ nghèo Bình Thuận cũ, nay là Lâm Đồng').places.map((place) => place.name)).toEqual([
      'Bình Thuận',
    ]);
    expect(read('so sánh tỷ lệ hộ nghèo An Giang và Kiên Giang').places.map((place) => place.name)).toEqual([
      'An Giang',
      'Kiên Giang',
    ]);
  });
});

describe('what a number asked counts, and when', () => {
  test('"bao nhiêu hộ / em / nhà" asks a count of that unit; rates and money have their own words', () => {
    expect(read('Hà Giang còn bao nhiêu hộ cận nghèo').unit).toBe('households');
    expect(read('Hà Giang hỗ trợ học phí cho bao nhiêu em').unit).toBe('people');
    expect(read('Hà Giang xây bao nhiêu nhà cho hộ nghèo năm 2023').unit).toBe('houses');
    expect(read('How much did Ha Giang spend on health insurance?').unit).toBe('money');
    // "năm" after "bao nhiêu" is the year asked, not "%/năm".
    expect(read('Hà Giang vận động được bao nhiêu năm 2023').unit).toBeNull();
    // A word of several units ("can": căn nhà, cán bộ) is told by the word after it.
    expect(read('ha giang sua bao nhieu can nha').unit).toBe('houses');
  });

  test('a date names its year; capital "năm 2022 kéo dài" names which capital, with or without diacritics', () => {
    expect(read('Tính đến 31/5/2024 Hà Giang giải ngân bao nhiêu').year).toBe(2024);
    expect(read('ha giang giai ngan von nam 2022 keo dai sang nam 2023 duoc bao nhieu').year).toBe(2023);
  });

  test('what a group received, with a word between ("got policy loans")', () => {
    expect(read('How many poor households in Ha Giang got policy loans in 2023?').intent).toBe('loans');
  });

  test('former and present names joined by "nay thuộc", "formerly" are one place', () => {
    expect(read('tỷ lệ hộ nghèo Bắc Kạn (nay thuộc Thái Nguyên)').places.map((p) => p.name)).toEqual(['Bắc Kạn']);
    expect(read('poverty rate of Lam Dong (formerly Binh Thuan)').places.map((p) => p.name)).toEqual(['Bình Thuận']);
    expect(read('Lam Dong (the former Binh Thuan) poverty rate').places.map((p) => p.name)).toEqual(['Bình Thuận']);
    expect(read("poverty rate in Thai Nguyen's former Bac Kan area").places.map((p) => p.name)).toEqual(['Bắc Kạn']);
    // However they are written together, unless a comparison is asked in words.
    expect(read('An Giang, chỗ Kiên Giang cũ, có bao nhiêu công trình?').places.map((p) => p.name)).toEqual([
      'Kiên Giang',
    ]);
    expect(
      read('so sánh An Giang và Kiên Giang')
        .places.map((p) => p.name)
        .sort(),
    ).toEqual(['An Giang', 'Kiên Giang']);
  });
  test('"làm gì để" asks how something is done', () => {
    expect(read('Các huyện nghèo của Hà Giang làm gì để đẩy nhanh giải ngân?').manner).toBe(true);
  });
  test('"giảm nghèo" after a noun is the work\'s name, not a fall asked', () => {
    expect(read('Hà Giang tập huấn cán bộ làm công tác giảm nghèo thế nào?').change).toBe(false);
    expect(read('tỉnh nào giảm nghèo nhanh nhất năm 2023').change).toBe(true);
  });
  test('results "so với chỉ tiêu" are of the topic named, set against its target', () => {
    const question = read('Quỹ Vì người nghèo ở Hà Giang vận động được bao nhiêu so với chỉ tiêu?');
    expect(question.intent).toBe('housing');
    expect(question.change).toBe(true);
    expect(read('Quỹ Vì người nghèo ở Hà Giang vượt chỉ tiêu bao nhiêu?').intent).toBe('housing');
    expect(read('Năm 2024 Hà Giang đặt mức giảm tỷ lệ hộ nghèo cho các huyện nghèo là bao nhiêu?').intent).toBe(
      'targets',
    );
    // "đặt chỉ tiêu" (set) folds as "đạt chỉ tiêu" (met): it asks the targets.
    expect(read('Năm 2024 Hà Giang đặt chỉ tiêu giảm nghèo bao nhiêu?').intent).toBe('targets');
    // No other topic named: the poverty rate's fall, as before.
    expect(read('Hà Giang có đạt mục tiêu giảm nghèo không?').intent).toBe('poverty_rate');
  });
  test('English words for study costs and schoolchildren ask about education support', () => {
    expect(read('How many schoolchildren in Ha Giang had their study costs waived?').intent).toBe('education');
    expect(read('Hà Giang giúp bao nhiêu em được miễn tiền học?').intent).toBe('education');
  });
  test('English verbs of falling ask the fall', () => {
    for (const question of ['How much did the poverty rate fall in Bac Kan?', 'How far has the poverty rate dropped?'])
      expect(read(question).change, question).toBe(true);
  });
  test('the kind a count asks: the unit after the counting word, or after a word that is none', () => {
    expect(read('How many poor households does Ha Giang have?').unit).toBe('households');
    expect(read('ha giang xay dc bn can nha cho ho ngheo').unit).toBe('houses');
    expect(read('How many homes did Ha Giang build for the poor?').unit).toBe('houses');
    expect(read('Bình Thuận trao bao nhiêu phần quà?').unit).toBe('gifts');
    // "phần" is of "phần quà" and of "phần trăm": alone, it counts no gifts.
    expect(read('Đồng bào dân tộc thiểu số chiếm bao nhiêu phần dân số?').unit).toBeNull();
  });
  test('"what share of households" asks a percentage', () => {
    expect(read('What share of households in Ha Giang were still poor at the end of 2023?').unit).toBe('percent');
  });
  test('money or a percentage asked outright, not only named with a measure ("tiền điện")', () => {
    expect(read('Lạng Sơn đã chi bao nhiêu tiền để xây nhà').unitAsked).toBe(true);
    expect(read('Kiên Giang hỗ trợ tiền điện cho bao nhiêu hộ').unitAsked).toBe(false);
    expect(read('What percentage of the plan was disbursed?').unitAsked).toBe(true);
  });
});

describe('a programme the articles never name', () => {
  test('"Chương trình 30a" is unknown; "Chương trình 135", in the catalogue, is not', () => {
    const known = understand('Chương trình 135 là gì', context.base.gazetteer, policyCatalogue(context.base));
    expect(known.unknownDocuments).toEqual([]);
    const unknown = understand('chuong trinh 30a ho tro gi', context.base.gazetteer, policyCatalogue(context.base));
    expect(unknown.unknownDocuments).toEqual(['Chương trình 30a']);
  });
});

describe('what results reports do not say', () => {
  test("one's own household, and a level per month, are questions the articles do not answer", () => {
    expect(read('Nhà mình có được vay vốn hộ nghèo không?').uncovered).toBe(true);
    expect(read('Mức hỗ trợ tiền điện mỗi tháng là bao nhiêu?').uncovered).toBe(true);
    // Whether a household is classed as poor is the standard's criteria, which the articles do not give.
    expect(read('nha em thu nhap 2tr/thang thi co dc xet la ho ngheo ko a').uncovered).toBe(true);
    expect(read('Tỷ lệ hộ nghèo Hà Giang năm 2023').uncovered).toBe(false);
  });
});

describe('asking what support or which policies', () => {
  test.each([
    ['Các xã đặc biệt khó khăn được hỗ trợ đầu tư gì?', true],
    ['List the main policies Ha Giang carries out for the poor', true],
    ['Which support policy areas does Ha Giang name?', true],
    ['What is the policy on housing for the poor?', false],
    ['Hà Giang hỗ trợ bao nhiêu hộ?', false],
    ['Các huyện nghèo của Hà Giang được đầu tư gì?', true],
    ['What did Ha Giang do for ethnic minority households?', true],
    ['List the kinds of support that Ha Giang gives the poor.', true],
    // A measure named: asked of it.
    ['What does the legal aid centre do for poor people in Ha Giang?', false],
    // "support" describing what is asked about.
    ['Which kinds of production support projects did Ha Giang carry out?', false],
    ['What support do poor pupils in Ha Giang get?', true],
  ])('%s → %s', (question, support) => {
    expect(read(question).support).toBe(support);
  });
});

test('a strong cue names the topic; the groups named with it only say for whom, however many', () => {
  const question = read('Hà Giang cho hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo vay vốn bao nhiêu lượt?');
  expect(question.intent).toBe('loans');
  expect(question.topicNamed).toBe(true);
});

test('"vậy" typed without diacritics ends a question; it is not "vay" (a loan)', () => {
  expect(read('chuong trinh 135 la gi vay').intent).not.toBe('loans');
  expect(read('ho ngheo vay von o dau vay').intent).toBe('loans');
});

test('an English question naming a place with its diacritics is English; a Vietnamese one with a stray English-looking word is not', () => {
  expect(read('Who provides free legal aid to the poor in Bình Thuận?').language).toBe('en');
  expect(read('What is the “Vì người nghèo” fund?').language).toBe('en');
  expect(read('Nguyên nhân do đâu mà Lạng Sơn giảm nghèo chậm?').language).toBe('vi');
});

test('words of a policy\'s name are not cues: "so ldtbxh" asks no number, "mat tran" is no football match', () => {
  const question = understand(
    'so ldtbxh va mat tran to quoc binh thuan phoi hop ra sao',
    context.base.gazetteer,
    policyCatalogue(context.base),
  );
  expect(question.quantity).toBe(false);
  expect(question.intent).not.toBe('unknown');
});

test('whether targets were met asks the results set against them; setting targets ("đặt mục tiêu") asks the targets', () => {
  const met = read('Hà Giang năm 2022 có đạt mục tiêu giảm nghèo không?');
  expect(met.intent).toBe('poverty_rate');
  expect(met.change).toBe(true);
  expect(read('Did Ha Giang meet its poverty targets in 2022?').intent).toBe('poverty_rate');
  expect(read('Hà Giang đặt mục tiêu giảm nghèo thế nào?').intent).toBe('targets');
});

describe('colloquial forms', () => {
  test('"mấy … nào" asks which, not how many; "mấy huyện, huyện nào" asks both', () => {
    expect(read('Hà Giang năm 2025 tập trung mấy nhiệm vụ trọng tâm nào?').quantity).toBe(false);
    expect(read('Hà Giang làm việc với mấy huyện, huyện nào không').quantity).toBe(true);
  });

  test('"chính sách giảm nghèo gì", "kể giúp các chính sách" ask what support', () => {
    expect(read('Hà Giang có chính sách giảm nghèo gì cho người dân tộc?').support).toBe(true);
    expect(read('Kể tên các chính sách hỗ trợ hộ cận nghèo ở Hà Giang').support).toBe(true);
  });

  test('"Bắc Kạn cũ (giờ là Thái Nguyên)" is one place', () => {
    expect(read('huyện nghèo ở Bắc Kạn cũ (giờ là Thái Nguyên)').places.map((place) => place.name)).toEqual([
      'Bắc Kạn',
    ]);
  });

  test('"lend to households that escaped poverty" asks about loans, for them', () => {
    expect(read('How much did the bank lend to households that escaped poverty in Ha Giang?').intent).toBe('loans');
  });
});

test('"what kinds of support", "which support" ask what support; "plan to" is a verb, not plans to list', () => {
  expect(read('What kinds of support do near-poor households in Ha Giang get?').support).toBe(true);
  expect(
    understand('What does Ha Giang plan to do next?', context.base.gazetteer, policyCatalogue(context.base))
      .listsPolicies,
  ).toEqual([]);
});

test('chat abbreviations are read as the words they stand for; the question is kept as typed', () => {
  const question = read('ha giang co chinh sach gi cho hs ngheo');
  expect(question.beneficiary).toBe('pupils');
  expect(question.text).toBe('ha giang co chinh sach gi cho hs ngheo');
  expect(read('ha giang van dong dn tham gia giam ngheo ntn').manner).toBe(true);
});

test('"help" alone asks for the bot\'s help only in a short message', () => {
  expect(read('help').intent).toBe('help');
  expect(read('Can you help me?').intent).toBe('help');
  expect(read('In Ha Giang, where does tea growing help ethnic minority families escape poverty?').intent).not.toBe(
    'help',
  );
});

test('a last "vay" typed without diacritics ends the question ("vậy") unless a word of borrowing stands before it', () => {
  expect(read('sao can bo xa o ha giang bi qua tai vay').intent).not.toBe('loans');
  expect(read('ho can ngheo o ha giang co duoc vay').intent).toBe('loans');
});
