/**
 * What the bot's spreadsheet and quiz features say, in Vietnamese and English: kept apart from the
 * answering core's templates (src/answer/templates.ts), which these only add to.
 */
export interface BotWording {
  readonly csvButton: string;
  readonly chartButton: string;
  /** The facts a 📈 button was for are no longer kept. */
  readonly chartExpired: string;
  /** The chart could not be drawn (the renderer failed or is stopping): the text answer stands. */
  readonly chartFailed: string;
  /** The caption of a spreadsheet: how many figures, and of what. */
  readonly exportCaption: (count: number, what: string | null, format: 'csv' | 'json') => string;
  /** /xuat with nothing to export: no answer yet. */
  readonly exportNothingYet: string;
  /** The facts a ⬇️ CSV button was for are no longer kept (an old message, or a changed knowledge). */
  readonly exportExpired: string;
  /** A filter that matches no fact: what there is instead. */
  readonly noFactsFor: (asked: string, provinces: string, topics: string) => string;
  /** Not enough real alternatives for any fact the filter allows. */
  readonly noQuiz: (asked: string, provinces: string, topics: string) => string;
  /** The console chat: a quiz answered by its option's number, and where a file was saved. */
  readonly quizRight: string;
  readonly quizWrong: (answer: string) => string;
  readonly quizHow: string;
  readonly fileSaved: (file: string) => string;
  readonly commands: readonly { readonly command: string; readonly description: string }[];
  /** Lines added to /help. */
  readonly help: string;
}

const vi: BotWording = {
  csvButton: '⬇️ CSV',
  chartButton: '📈 Biểu đồ',
  chartExpired: 'Số liệu của tin nhắn này không còn lưu; hãy hỏi lại rồi bấm 📈 Biểu đồ.',
  chartFailed: 'Xin lỗi, chưa vẽ được biểu đồ lúc này; các số liệu có trong câu trả lời.',
  exportCaption: (count, what, format) =>
    `${count} số liệu${what ? ` — ${what}` : ''}, mỗi dòng kèm nguồn (tiêu đề, báo, ngày, câu trích). ${
      format === 'csv' ? 'Mở bằng Excel hoặc Google Sheets.' : 'JSON cho lập trình.'
    }`,
  exportNothingYet:
    'Chưa có câu trả lời nào có số liệu để xuất. Hãy hỏi một câu, hoặc gõ /xuat Bình Thuận, /xuat vay vốn.',
  exportExpired: 'Số liệu của tin nhắn này không còn lưu; hãy hỏi lại rồi bấm ⬇️ CSV.',
  noFactsFor: (asked, provinces, topics) =>
    `Không có số liệu nào cho «${asked}». Có số liệu của các tỉnh: ${provinces}. Chủ đề: ${topics}.`,
  noQuiz: (asked, provinces, topics) =>
    `Không đủ số liệu để ra câu đố${asked ? ` về «${asked}»` : ''}: mỗi câu cần ít nhất ba con số thật cùng loại. Có số liệu của: ${provinces}. Chủ đề: ${topics}.`,
  quizRight: '✓ Đúng.',
  quizWrong: (answer) => `✗ Chưa đúng: đáp án là ${answer}.`,
  quizHow: 'Gõ số của đáp án bạn chọn.',
  fileSaved: (file) => `📄 Đã lưu: ${file}`,
  commands: [
    { command: 'xuat', description: 'Tải số liệu (CSV; /xuat json, /xuat Bình Thuận)' },
    { command: 'dovui', description: 'Câu đố trắc nghiệm từ số liệu có nguồn' },
  ],
  help: '/xuat — tải số liệu của câu trả lời vừa rồi thành bảng tính CSV; /xuat Bình Thuận, /xuat vay vốn để lọc; thêm "json" để lấy JSON.\n/dovui — một câu đố trắc nghiệm từ số liệu có nguồn; /dovui Bắc Kạn, /dovui vay vốn để chọn chủ đề.',
};

const en: BotWording = {
  csvButton: '⬇️ CSV',
  chartButton: '📈 Chart',
  chartExpired: 'The figures of this message are no longer kept; ask again, then press 📈 Chart.',
  chartFailed: 'Sorry, the chart could not be drawn just now; the figures are in the answer.',
  exportCaption: (count, what, format) =>
    `${count} figures${what ? ` — ${what}` : ''}, each with its source (title, publisher, date, quoted sentence). ${
      format === 'csv' ? 'Opens in Excel or Google Sheets.' : 'JSON for programs.'
    }`,
  exportNothingYet:
    'No answer with figures to export yet. Ask a question first, or send /xuat Binh Thuan, /xuat loans.',
  exportExpired: 'The figures of this message are no longer kept; ask again, then press ⬇️ CSV.',
  noFactsFor: (asked, provinces, topics) =>
    `No figures for «${asked}». Provinces with figures: ${provinces}. Topics: ${topics}.`,
  noQuiz: (asked, provinces, topics) =>
    `Not enough figures for a quiz${asked ? ` on «${asked}»` : ''}: each needs at least three real figures of one kind. Provinces with figures: ${provinces}. Topics: ${topics}.`,
  quizRight: '✓ Right.',
  quizWrong: (answer) => `✗ Not quite: the answer is ${answer}.`,
  quizHow: 'Type the number of your answer.',
  fileSaved: (file) => `📄 Saved: ${file}`,
  commands: [
    { command: 'xuat', description: 'Download figures (CSV; /xuat json, /xuat Binh Thuan)' },
    { command: 'dovui', description: 'A quiz from a cited figure' },
  ],
  help: '/xuat — the figures of the last answer as a CSV spreadsheet; /xuat Binh Thuan, /xuat loans to filter; add "json" for JSON.\n/dovui — a multiple-choice quiz from a cited figure; /dovui Bac Kan, /dovui loans to pick a topic.',
};

export const botWording = { vi, en } as const;
