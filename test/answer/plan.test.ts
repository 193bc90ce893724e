import { describe, expect, test } from 'vitest';
import { plan } from '../../src/answer/plan.js';
import { policyCatalogue } from '../../src/policies/catalogue.js';
import { understand } from '../../src/answer/understand.js';
import { context } from './context.js';

const planOf = (question: string) =>
  plan(understand(question, context.base.gazetteer, policyCatalogue(context.base)), null);

describe('each question gets one kind of answer, decided before anything is looked up', () => {
  test.each([
    ['xin chào', 'chat'],
    ['thời tiết hôm nay thế nào', 'chat'],
    ['Tỷ lệ hộ nghèo Kiên Giang?', 'figures'],
    ['huyen ngan son', 'figures'],
    ['so sánh tỷ lệ hộ nghèo Kiên Giang và Bình Thuận', 'comparison'],
    ['tỉnh nào có tỷ lệ hộ nghèo thấp nhất', 'table'],
    ['số thẻ BHYT cấp cho người nghèo', 'table'],
    ['Khó khăn trong công tác giảm nghèo ở Lạng Sơn là gì?', 'passages'],
    ['Quyết định 353/QĐ-TTg nói về gì?', 'policy'],
    ['Chương trình 135 là gì?', 'policy'],
    ['Ngân hàng Chính sách xã hội làm gì?', 'policy'],
    ['Bắc Kạn gặp khó khăn gì khi triển khai Chương trình MTQG giảm nghèo?', 'passages'],
    ['Làm sao để được vay vốn hộ nghèo, thủ tục thế nào?', 'uncovered'],
    ['lãi suất vay vốn hộ nghèo là bao nhiêu', 'uncovered'],
    // A level written per person or household and month is a rule, which results reports do not state.
    ['Hộ cận nghèo được hỗ trợ bao nhiêu đồng/hộ/tháng?', 'uncovered'],
    // A loan's ceiling and term are the bank's rules; what one needs to apply is a procedure.
    ['Hộ cận nghèo ở Hà Giang được vay tối đa bao nhiêu?', 'uncovered'],
    ['What is the loan term for poor households?', 'uncovered'],
    ['How much can a near-poor household in Ha Giang borrow?', 'uncovered'],
    ['Mỗi hộ nghèo ở Hà Giang được hỗ trợ tối đa bao nhiêu tiền làm nhà?', 'uncovered'],
    ['muc ho tro xay nha o ha giang la bao nhieu trieu 1 can?', 'uncovered'],
    ['What is the monthly support amount for near-poor households in Ha Giang?', 'uncovered'],
    ['What shortcomings did Lang Son point out?', 'passages'],
    ['Which papers do I need for a housing grant?', 'uncovered'],
    ['làm đơn xin hỗ trợ làm nhà thì nộp ở đâu?', 'uncovered'],
    // How one gets a benefit oneself is a procedure.
    ['Tôi ở Hà Giang, làm sao để được hỗ trợ làm nhà?', 'uncovered'],
    ['How do I register as a poor household?', 'uncovered'],
    ['cho toi xin sdt phong lao dong huyen de hoi vay von', 'uncovered'],
    // How something is done, its topic only leaned to by the groups named: a passage tells it.
    ['Cần Thơ cập nhật dữ liệu hộ nghèo, hộ cận nghèo bằng cách nào?', 'passages'],
    // A topic named by its own cue asks its figure, however the question ends.
    ['Tỷ lệ hộ nghèo Lạng Sơn thế nào?', 'figures'],
    // Which districts or communes, whatever the topic: the passage naming them.
    ['Lạng Sơn bảo dưỡng công trình giao thông ở những huyện nào?', 'passages'],
    ['Where in Lang Son were roads maintained?', 'passages'],
    // Which areas of support, no one measure named: the support list.
    ['Cần Thơ hỗ trợ người nghèo qua những lĩnh vực nào?', 'support'],
  ])('%s → %s', (question, kind) => {
    expect(planOf(question).kind).toBe(kind);
  });

  test('which areas, with a measure named, asks about that measure, not every kind of support', () => {
    expect(
      planOf('Trung tâm trợ giúp pháp lý ở Bình Thuận hỗ trợ người nghèo trong những lĩnh vực nào?').kind,
    ).not.toBe('support');
  });

  test("with no cue in the question, a cue's syllables are words of its own; in a follow-up they are not", () => {
    const words = (question: string) => (planOf(question) as { search?: { contentWords: readonly string[] } }).search;
    expect(words('Các cơ sở tôn giáo ở Bình Thuận tặng quà cho những ai?')?.contentWords).toEqual(
      expect.arrayContaining(['ton', 'giao', 'qua']),
    );
    // "giáo dục" is a cue here: its syllables are not searched as words of their own.
    expect(words('Bình Thuận hỗ trợ giáo dục cho con hộ nghèo thế nào?')?.contentWords ?? []).not.toContain('giao');
  });

  test('"ai", "đâu", "who", "where" ask; they are not words to look for', () => {
    const words = (question: string) => (planOf(question) as { search?: { contentWords: readonly string[] } }).search;
    expect(words('ai được ưu tiên trong chương trình giảm nghèo ở Bắc Kạn')?.contentWords).toEqual(['uu', 'tien']);
  });

  test('a place named alone gets its card; "how many poor districts" does not', () => {
    expect(planOf('Kiên Giang')).toMatchObject({ kind: 'figures', card: true });
    expect(planOf('Lạng Sơn có mấy huyện nghèo')).toMatchObject({ kind: 'figures', card: false });
  });

  test('the whole country, a ranking and its order are part of the plan', () => {
    expect(planOf('tỷ lệ hộ nghèo cả nước')).toMatchObject({ kind: 'table', national: true, order: null });
    expect(planOf('tỉnh nào có tỷ lệ hộ nghèo cao nhất')).toMatchObject({ kind: 'table', order: 'descending' });
  });

  test('what the routes need of the question is in the plan: the kind of figure, the words, the period', () => {
    const planned = planOf('giải ngân bình thuận đạt bao nhiêu phần trăm');
    expect(planned.request.unit).toBe('percent');
    expect(planned.request.phrase).toContain(' giai ngan ');
    // "giai đoạn 2021-2024" names the period a figure counts, not a series to chart.
    expect(planOf('vốn phân bổ cho huyện Pác Nặm giai đoạn 2021-2024').request.trend).toBe(false);
    expect(planOf('tỷ lệ hộ nghèo Bắc Kạn từ 2021 đến 2024').request.trend).toBe(true);
  });

  test('a follow-up is resolved in the plan: the place and topic of the answer before', () => {
    const first = understand('Bình Thuận cấp bao nhiêu thẻ BHYT?', context.base.gazetteer);
    const before = plan(first, null).request;
    const previous = { intent: before.intent, provinces: ['Bình Thuận'], districts: [], year: null, subject: null };
    const next = plan(understand('còn Kiên Giang thì sao?', context.base.gazetteer), previous);
    expect(next).toMatchObject({ kind: 'figures', request: { intent: 'health_insurance' } });
    expect(next.request.places).toEqual([{ name: 'Kiên Giang', district: null }]);
  });
});

test('"which is lower?" after a comparison compares the same places, not every province', () => {
  const previous = {
    intent: 'poverty_rate' as const,
    provinces: ['Kiên Giang', 'Lạng Sơn'],
    districts: [],
    year: null,
    subject: null,
  };
  const next = plan(understand('tỉnh nào thấp hơn', context.base.gazetteer), previous);
  expect(next.kind).toBe('comparison');
  expect(next.request.places.map((place) => place.name)).toEqual(['Kiên Giang', 'Lạng Sơn']);
});

test('a policy named in a "how many" question is a figures question; a follow-up on a policy keeps it', () => {
  expect(planOf('Lạng Sơn hỗ trợ làm nhà theo quyết định 33 được bao nhiêu nhà?').kind).toBe('figures');
  const catalogue = policyCatalogue(context.base);
  const previous = {
    intent: 'overview' as const,
    provinces: [],
    districts: [],
    year: null,
    subject: null,
    policies: ['qd-33'],
  };
  const next = plan(understand('còn Lạng Sơn?', context.base.gazetteer, catalogue), previous);
  expect(next).toMatchObject({ kind: 'policy', request: { policies: ['qd-33'] } });
});

describe('what a passage search looks for', () => {
  test('a cue syllable next to a word of the question\'s own stays: "truyền thông" keeps "thông"', () => {
    const planned = planOf('Hà Giang làm truyền thông về giảm nghèo như thế nào?');
    if (planned.kind === 'chat') throw new Error('expected a search');
    expect(planned.search.contentWords).toEqual(expect.arrayContaining(['truyen', 'thong']));
    expect(planned.search.contentWords).not.toContain('giam');
  });

  test('"how" a place does something of its own is answered from passages, "tình hình" by its card', () => {
    expect(planOf('Lạng Sơn tập huấn cán bộ làm công tác giảm nghèo ra sao?').kind).toBe('passages');
    expect(planOf('tình hình giảm nghèo Lạng Sơn')).toMatchObject({ kind: 'figures', card: true });
  });
});
