import { expect, test } from 'vitest';
import { difficultyLexicon, difficultyWords } from '../../src/answer/difficulties.js';
import { buildPassageIndex, searchPassages } from '../../src/search/passages.js';
import { foldPhrase } from '../../src/text/words.js';
import { context } from './context.js';

/** Articles written for this test, in the genre's usual shape, about provinces the knowledge lacks. */
const [template] = context.base.entries;
if (!template) throw new Error('no entry');
const article = (id: string, province: string, paragraphs: string[]) => ({
  ...template,
  id,
  provinces: [province],
  body: paragraphs.join('\n\n'),
});
const articles = [
  article('ha-giang-test', 'Hà Giang', [
    'Năm 2025, tỉnh phấn đấu giảm nghèo đa chiều bền vững, hạn chế tái nghèo và phát sinh nghèo, nâng cao hiệu quả các dịch vụ xã hội cơ bản, bảo đảm mức sống tối thiểu cho người dân.',
    'Trong năm, toàn tỉnh đã hỗ trợ 420 hộ làm nhà ở và cấp 12.000 thẻ bảo hiểm y tế cho người nghèo.',
    'Bên cạnh kết quả đạt được, công tác giảm nghèo còn không ít khó khăn: nguồn lực hạn hẹp, một bộ phận người dân còn tư tưởng trông chờ, ỷ lại vào sự hỗ trợ của Nhà nước; cán bộ cấp xã còn lúng túng khi lập hồ sơ dự án.',
  ]),
  article('dien-bien-test', 'Điện Biên', [
    'Tỉnh đặt mục tiêu đến năm 2025 giảm tỷ lệ hộ nghèo bình quân 4%/năm, hoàn thành 100% kế hoạch vốn được giao.',
    'Công tác giảm nghèo gặp nhiều thách thức do thiên tai thường xuyên xảy ra; việc giải ngân vốn còn chậm, một số chính sách chồng chéo, gây vướng mắc cho cơ sở.',
    'Các mô hình nuôi bò, trồng cây ăn quả đã giúp hàng trăm hộ có thu nhập ổn định.',
  ]),
];

test.each([
  ['Hà Giang', 'còn không ít khó khăn'],
  ['Điện Biên', 'gặp nhiều thách thức'],
])(
  'in %s the lexicon finds the paragraph of difficulties, not the goals that share its words',
  (province, expected) => {
    const index = buildPassageIndex(articles);
    const [best] = searchPassages(index, { text: difficultyWords, provinces: [province] });
    expect(best?.text).toContain(expected);
  },
);

test('every phrase of the lexicon appears once, even after folding', () => {
  const phrases = Object.values(difficultyLexicon).flat().map(foldPhrase);
  expect(new Set(phrases).size).toBe(phrases.length);
});
