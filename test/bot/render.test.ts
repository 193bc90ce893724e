import { describe, expect, test } from 'vitest';
import { escapeHtml, maxMessageLength, renderMessages, splitText } from '../../src/bot/render.js';
import { BoundedMemoryStorage } from '../../src/bot/session.js';
import { checkHtml, htmlLinks, visibleText } from '../../src/dev/fake-telegram.js';
import { callbackUpdate, offlineBot, textUpdate } from './harness.js';

test('every dynamic string is escaped', () => {
  expect(escapeHtml('<b>"A" & B</b>')).toBe('&lt;b&gt;&quot;A&quot; &amp; B&lt;/b&gt;');
});

test('a long answer is split into messages Telegram accepts, at paragraph breaks, losing nothing', () => {
  const paragraph = 'Tỷ lệ hộ nghèo <còn> 1,28% & giảm. '.repeat(40);
  const text = `Tiêu đề\n${Array.from({ length: 12 }, () => paragraph).join('\n\n')}`;
  const messages = renderMessages(text);
  expect(messages.length).toBeGreaterThan(1);
  for (const html of messages) {
    expect(checkHtml(html)).toBeNull();
    expect(visibleText(html).length).toBeLessThanOrEqual(maxMessageLength);
  }
  expect(messages.map(visibleText).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
});

test('one very long word is cut without splitting a surrogate pair', () => {
  const pieces = splitText('😀'.repeat(5000), 4096);
  for (const piece of pieces) {
    expect(piece.length).toBeLessThanOrEqual(4096);
    expect(piece).not.toMatch(/[\uD800-\uDBFF]$|^[\uDC00-\uDFFF]/);
  }
});

test('Vietnamese is sent in NFC', () => {
  const [html] = renderMessages('Hoà Bình'.normalize('NFD'));
  expect(html).toBe(`<b>${'Hoà Bình'.normalize('NFC')}</b>`);
});

test('the session store keeps at most its size and forgets idle chats', () => {
  let now = 0;
  const store = new BoundedMemoryStorage<number>(3, 1000, () => now);
  for (let chat = 0; chat < 10; chat++) store.write(String(chat), chat);
  expect(store.size).toBe(3);
  expect(store.read('0')).toBeUndefined();
  expect(store.read('9')).toBe(9);
  now = 2000;
  expect(store.read('9')).toBeUndefined();
});

describe('richer messages', () => {
  const answerText = [
    'Kiên Giang — Tỷ lệ hộ nghèo: 1,28% [1]',
    'Theo bài «A & B»: [2]',
    '«Tỷ lệ hộ nghèo <còn> 1,28%.»',
    '',
    'Nguồn:',
    '[1] «Kiên Giang: Quan tâm», Báo Lao động và Xã hội, 18/04/2024',
    '[2] «A & B», Báo X, 01/01/2024',
  ].join('\n');

  test('a quoted sentence is an expandable blockquote; a short source list stays open; the text is unchanged', () => {
    const [html = ''] = renderMessages(answerText);
    expect(checkHtml(html)).toBeNull();
    expect(html).toContain('<blockquote expandable>«Tỷ lệ hộ nghèo &lt;còn&gt; 1,28%.»</blockquote>');
    expect(html).not.toContain('<blockquote expandable>[1]');
    expect(visibleText(html)).toBe(answerText);
  });

  test('a long source list folds into an expandable blockquote', () => {
    const sources = Array.from({ length: 5 }, (_, i) => `[${i + 1}] «Bài ${i + 1}», Báo, 01/01/2024`);
    const [html = ''] = renderMessages(['Câu trả lời', '', 'Sources:', ...sources].join('\n'));
    expect(checkHtml(html)).toBeNull();
    expect(html).toContain(`<blockquote expandable>${sources.join('\n')}</blockquote>`);
  });

  test('a cited title links to its article where the entry has a web address; nothing else becomes a link', () => {
    const links = new Map([
      ['A & B', 'https://baodantoc.vn/a?x=1&y="2"'],
      ['Kiên Giang: Quan tâm', 'javascript:alert(1)'],
    ]);
    const [html = ''] = renderMessages(answerText, { links });
    expect(checkHtml(html)).toBeNull();
    expect(htmlLinks(html)).toEqual([{ href: 'https://baodantoc.vn/a?x=1&y="2"', text: 'A & B' }]);
    expect(visibleText(html)).toBe(answerText);
  });

  test('the sources button shows each quote in a blockquote and links its title', async () => {
    const { bot, calls, lastMessageId, deps } = offlineBot();
    const entry = deps.knowledge.base.entries.find((e) => e.id === 'kien-giang-quan-tam-thuc-hien-cong-tac');
    const url = 'https://laodongxahoi.example/kien-giang';
    deps.knowledge = {
      ...deps.knowledge,
      base: {
        ...deps.knowledge.base,
        entriesById: new Map(
          [...deps.knowledge.base.entriesById].map(([id, e]) => [id, e === entry ? { ...e, url } : e]),
        ),
      },
    };
    await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
    const answer = String(calls.find((c) => c.method === 'sendMessage')?.payload.text);
    expect(checkHtml(answer)).toBeNull();
    expect(htmlLinks(answer).map((link) => link.href)).toEqual([url]);
    await bot.handleUpdate(callbackUpdate('src', lastMessageId()));
    const sources = String(calls.filter((c) => c.method === 'sendMessage').at(-1)?.payload.text);
    expect(checkHtml(sources)).toBeNull();
    expect(sources).toMatch(/<blockquote expandable>«Tính đến cuối năm 2023, tỷ lệ hộ nghèo của tỉnh còn 1,28%/);
  });
});
