import { expect, test } from 'vitest';
import { escapeHtml, maxMessageLength, renderMessages, splitText } from '../../src/bot/render.js';
import { BoundedMemoryStorage } from '../../src/bot/session.js';
import { checkHtml, visibleText } from '../../src/dev/fake-telegram.js';

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
