import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answer } from '../../src/answer/answer.js';
import { answerSchema } from '../../src/answer/schema.js';
import { placeList } from '../../src/bot/deps.js';
import { answerKeyboard } from '../../src/bot/keyboards.js';
import { maxMessageLength, renderMessages } from '../../src/bot/render.js';
import { checkHtml, visibleText } from '../../src/dev/fake-telegram.js';
import { createLogger } from '../../src/log.js';
import { context } from '../answer/context.js';

/** Fixed so a failure can be replayed; fast-check prints the seed and the shrunk input on failure. */
const seed = 20_251_121;
const runs = 2000;

const nasty = fc.constantFrom(
  '<',
  '>',
  '&',
  '"',
  '<b>',
  '</b>',
  '<a href="x">',
  '*',
  '_',
  '`',
  '[x](y)',
  '\u200b',
  '\u200d',
  '\u202e',
  '\u2066',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\ud800',
  '\udfff',
  '😀',
  '👩‍👩‍👧',
  'Hòa',
  'Hoà'.normalize('NFD'),
  'Đ',
  'Ð',
  '1.329',
  '1,28%',
  'Kiên Giang',
  'kien giag',
  'tỷ lệ hộ nghèo',
  'còn',
  'thì sao',
  '/start',
  '@giamngheo_bot',
  '\n',
  '\t',
  ' ',
);
const message = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(nasty, { maxLength: 60 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom('a', '9', 'ạ', '😀'), fc.integer({ min: 1, max: 4096 }))
    .map(([c, n]) => c.repeat(n).slice(0, 4096)),
  fc
    .array(fc.oneof(nasty, fc.string({ unit: 'grapheme', maxLength: 8 })), { maxLength: 400 })
    .map((p) => p.join(' ').slice(0, 4096)),
);
const deps = { knowledge: context, log: createLogger('error'), adminIds: [], places: placeList(context) };

describe(`any message up to 4096 characters (${runs} runs, seed ${seed})`, () => {
  test('gets a non-empty answer in the contract, never an exception', () => {
    fc.assert(
      fc.property(message, (text) => {
        const result = answer(text, context);
        expect(answerSchema.safeParse(result).success).toBe(true);
        expect(result.answer.trim().length).toBeGreaterThan(0);
      }),
      { seed, numRuns: runs },
    );
  });

  test('renders as messages Telegram accepts, with the user text escaped and buttons within 64 bytes', () => {
    fc.assert(
      fc.property(message, (text) => {
        const result = answer(text, context);
        const messages = renderMessages(result.answer);
        for (const [index, html] of messages.entries()) {
          expect(checkHtml(html)).toBeNull();
          expect(visibleText(html).length).toBeLessThanOrEqual(maxMessageLength);
          // Our only markup is the bold first line, expandable quotes and article links: anything else
          // that looks like a tag was escaped.
          const ours = /<\/?b>|<blockquote expandable>|<\/blockquote>|<a href="[^"<>]*">|<\/a>/g;
          const body = (index === 0 ? html : html.replace(/<\/?b>/g, '<x')).replace(ours, '');
          expect(body).not.toMatch(/<[a-z/]/i);
        }
        const keyboard = answerKeyboard(result, deps);
        for (const button of keyboard?.inline_keyboard.flat() ?? []) {
          if ('callback_data' in button) expect(Buffer.byteLength(button.callback_data)).toBeLessThanOrEqual(64);
        }
      }),
      { seed, numRuns: runs },
    );
  });

  test('a conversation of strange messages keeps working', () => {
    fc.assert(
      fc.property(fc.array(message, { minLength: 2, maxLength: 6 }), (texts) => {
        let previous = null;
        for (const text of texts) {
          previous = answer(text, { ...context, previous });
          expect(previous.answer.length).toBeGreaterThan(0);
        }
      }),
      { seed, numRuns: 300 },
    );
  });
});
