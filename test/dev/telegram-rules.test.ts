import { describe, expect, test } from 'vitest';
import {
  checkHtml,
  checkMessage,
  checkPoll,
  checkUpload,
  htmlLinks,
  telegramLimits,
  visibleText,
} from '../../src/dev/telegram-rules.js';

const file = (text: string) => ({ filename: 'giam-ngheo.csv', bytes: Buffer.from(text) });
const png = { filename: 'chart.png', bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]) };
const quiz = (overrides: Record<string, unknown> = {}) => ({
  chat_id: 7,
  question: 'Tỷ lệ hộ nghèo Kiên Giang cuối năm 2023 là bao nhiêu?',
  options: [{ text: '1,28%' }, { text: '2,5%' }, { text: '6,02%' }],
  type: 'quiz',
  correct_option_ids: [0],
  ...overrides,
});

describe('HTML as Telegram parses it', () => {
  test('accepts expandable blockquotes, links and spoilers', () => {
    expect(checkHtml('<blockquote expandable>«Trích dẫn»</blockquote>')).toBeNull();
    expect(checkHtml('<blockquote>a</blockquote>')).toBeNull();
    expect(checkHtml('<a href="https://example.vn/bai-viet?a=1&amp;b=2">Bài</a>')).toBeNull();
    expect(checkHtml("<a href='https://example.vn'>Bài</a>")).toBeNull();
    expect(checkHtml('<span class="tg-spoiler">x</span>')).toBeNull();
  });

  test('rejects unknown tags, stray end tags, crossed and unclosed tags', () => {
    expect(checkHtml('<p>x</p>')).toMatch(/Unsupported start tag "p"/);
    expect(checkHtml('x</b>')).toMatch(/Unexpected end tag/);
    expect(checkHtml('<b><i>x</b></i>')).toMatch(/Unmatched end tag .* expected "<\/i>", found "<\/b>"/);
    expect(checkHtml('<blockquote expandable>x')).toMatch(/Can't find end tag corresponding to start tag blockquote/);
  });

  test('rejects an attribute without a value, except expandable on a blockquote, and a span that is not a spoiler', () => {
    expect(checkHtml('<b expandable>x</b>')).toMatch(/Expected equal sign .* tag "b"/);
    expect(checkHtml('<a href>x</a>')).toMatch(/Expected equal sign .* tag "a"/);
    expect(checkHtml('<span>x</span>')).toMatch(/must have class "tg-spoiler"/);
  });

  test('rejects a bare "<" or "&" (an unescaped string)', () => {
    expect(checkHtml('1 < 2')).toMatch(/unexpected "<"/);
    expect(checkHtml('A & B')).toMatch(/unexpected "&"/);
  });

  test('visible text decodes entities and drops tags; links are read with their targets', () => {
    const html = '<b>A &amp; B</b> <a href="https://x.vn/?a=1&amp;b=2">bài &lt;1&gt;</a>';
    expect(visibleText(html)).toBe('A & B bài <1>');
    expect(htmlLinks(html)).toEqual([{ href: 'https://x.vn/?a=1&b=2', text: 'bài <1>' }]);
  });
});

describe('messages', () => {
  test('length counts what the user sees, not the markup', () => {
    const text = 'a'.repeat(telegramLimits.messageText);
    expect(checkMessage({ text: `<blockquote expandable>${text}</blockquote>`, parse_mode: 'HTML' })).toBeNull();
    expect(checkMessage({ text: `${text}!`, parse_mode: 'HTML' })).toBe('Bad Request: message is too long');
    expect(checkMessage({ text: '  ' })).toBe('Bad Request: message text is empty');
  });
});

describe('documents and photos', () => {
  test('a document must be uploaded and non-empty', () => {
    expect(checkUpload('document', { chat_id: 7 }, { document: file('a,b') }, new Set())).toBeNull();
    expect(checkUpload('document', { chat_id: 7 }, { document: file('') }, new Set())).toBe(
      'Bad Request: file must be non-empty',
    );
    expect(checkUpload('document', { chat_id: 7 }, {}, new Set())).toBe(
      'Bad Request: there is no document in the request',
    );
    expect(checkUpload('document', { chat_id: 7, document: 'nope' }, {}, new Set())).toMatch(/wrong file identifier/);
    expect(checkUpload('document', { chat_id: 7, document: 'file-1' }, {}, new Set(['file-1']))).toBeNull();
  });

  test('a photo must be an image', () => {
    expect(checkUpload('photo', {}, { photo: png }, new Set())).toBeNull();
    expect(checkUpload('photo', {}, { photo: file('not an image') }, new Set())).toBe(
      'Bad Request: IMAGE_PROCESS_FAILED',
    );
  });

  test('a caption is at most 1,024 characters once its HTML is parsed, and its HTML must be valid', () => {
    const upload = { document: file('x') };
    const caption = 'đ'.repeat(telegramLimits.caption);
    expect(checkUpload('document', { caption: `<b>${caption}</b>`, parse_mode: 'HTML' }, upload, new Set())).toBeNull();
    expect(checkUpload('document', { caption: `${caption}x`, parse_mode: 'HTML' }, upload, new Set())).toBe(
      'Bad Request: message caption is too long',
    );
    expect(
      checkUpload('document', { caption: '&amp;'.repeat(1024), parse_mode: 'HTML' }, upload, new Set()),
    ).toBeNull();
    expect(checkUpload('document', { caption: '<p>x</p>', parse_mode: 'HTML' }, upload, new Set())).toMatch(
      /Unsupported start tag/,
    );
  });
});

describe('polls', () => {
  test('a valid quiz passes, with options as strings or InputPollOption', () => {
    expect(checkPoll(quiz())).toBeNull();
    expect(checkPoll(quiz({ options: ['1,28%', '2,5%'] }))).toBeNull();
    expect(
      checkPoll(quiz({ is_anonymous: false, explanation: '<i>«Trích»</i>', explanation_parse_mode: 'HTML' })),
    ).toBeNull();
  });

  test('the question is 1–300 characters', () => {
    expect(checkPoll(quiz({ question: ' ' }))).toMatch(/question must be non-empty/);
    expect(checkPoll(quiz({ question: 'q'.repeat(300) }))).toBeNull();
    expect(checkPoll(quiz({ question: 'q'.repeat(301) }))).toMatch(/must not exceed 300/);
  });

  test('2–10 distinct options of 1–100 characters', () => {
    expect(checkPoll(quiz({ options: ['a'] }))).toMatch(/at least 2 option/);
    const eleven = Array.from({ length: 11 }, (_, i) => `${i}`);
    expect(checkPoll(quiz({ options: eleven }))).toMatch(/more than 10 options/);
    expect(checkPoll(quiz({ options: ['a', ''] }))).toMatch(/options must be non-empty/);
    expect(checkPoll(quiz({ options: ['a', 'b'.repeat(101)] }))).toMatch(/must not exceed 100/);
    expect(checkPoll(quiz({ options: ['1,28%', '1,28%'] }))).toBe('Bad Request: POLL_OPTION_DUPLICATE');
  });

  test('a quiz needs its correct option among the options (a list, or the older single id)', () => {
    expect(checkPoll(quiz({ correct_option_ids: undefined }))).toMatch(/correct_option_ids must be specified/);
    expect(checkPoll(quiz({ correct_option_ids: [] }))).toMatch(/correct_option_ids must be specified/);
    expect(checkPoll(quiz({ correct_option_ids: [3] }))).toMatch(/wrong correct option ID/);
    expect(checkPoll(quiz({ correct_option_ids: [-1] }))).toMatch(/wrong correct option ID/);
    expect(checkPoll(quiz({ correct_option_ids: [1, 0], allows_multiple_answers: true }))).toMatch(/wrong correct/);
    expect(checkPoll(quiz({ correct_option_ids: [0, 1] }))).toMatch(/allows_multiple_answers/);
    expect(checkPoll(quiz({ correct_option_ids: undefined, correct_option_id: 2 }))).toBeNull();
  });

  test('the explanation is at most 200 characters once parsed, and only for quizzes', () => {
    const explanation = 'ư'.repeat(200);
    expect(checkPoll(quiz({ explanation: `<i>${explanation}</i>`, explanation_parse_mode: 'HTML' }))).toBeNull();
    expect(checkPoll(quiz({ explanation: `${explanation}.` }))).toBe('Bad Request: explanation is too long');
    expect(checkPoll(quiz({ explanation: '<p>x</p>', explanation_parse_mode: 'HTML' }))).toMatch(/Unsupported/);
    expect(checkPoll(quiz({ explanation: 'a\nb\nc\nd' }))).toMatch(/at most 2 line feeds/);
    expect(checkPoll(quiz({ type: 'regular', correct_option_ids: undefined, explanation: 'x' }))).toMatch(
      /only for quiz polls/,
    );
  });

  test('flags must be booleans', () => {
    expect(checkPoll(quiz({ is_anonymous: 'yes' }))).toMatch(/is_anonymous/);
  });
});

test('an option without text is empty', () => {
  expect(checkPoll({ question: 'Q?', options: [{ text: 'a' }, {}] })).toMatch(/options must be non-empty/);
});
