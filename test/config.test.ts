import { expect, test } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const token = '123456789:AAFakeTokenForTestsOnly_abcdefghijklmnop';

test("defaults: no token means the console chat, polling, port 8080, Telegram's API", () => {
  expect(parseConfig({})).toMatchObject({
    BOT_MODE: 'polling',
    PORT: 8080,
    TELEGRAM_API_ROOT: 'https://api.telegram.org',
    ADMIN_IDS: [],
  });
  expect(parseConfig({}).BOT_TOKEN).toBeUndefined();
  expect(parseConfig({ BOT_TOKEN: '  ' }).BOT_TOKEN).toBeUndefined();
});

test('admin ids are a list of numbers', () => {
  expect(parseConfig({ ADMIN_IDS: '12, 34' }).ADMIN_IDS).toEqual([12, 34]);
  expect(() => parseConfig({ ADMIN_IDS: '12,abc' })).toThrow(/ADMIN_IDS/);
});

test('webhook mode needs a URL and a secret', () => {
  expect(() => parseConfig({ BOT_TOKEN: token, BOT_MODE: 'webhook' })).toThrow(/WEBHOOK_URL[\s\S]*WEBHOOK_SECRET/);
});

test('an invalid setting names the setting and never echoes a value', () => {
  const secret = 'not-a-valid-token-but-secret-looking';
  let message = '';
  try {
    parseConfig({ BOT_TOKEN: secret, PORT: 'eighty' });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    message = (error as Error).message;
  }
  expect(message).toMatch(/BOT_TOKEN/);
  expect(message).toMatch(/PORT/);
  expect(message).not.toContain(secret);
});

test('.env.example documents every setting the schema reads', async () => {
  const { readFile } = await import('node:fs/promises');
  const { configSchema } = await import('../src/config.js');
  const example = await readFile(new URL('../.env.example', import.meta.url), 'utf8');
  const documented = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((match) => match[1]));
  expect([...Object.keys(configSchema.shape)].filter((name) => !documented.has(name))).toEqual([]);
});

test('the passage index budget is a positive number of characters', () => {
  expect(parseConfig({}).PASSAGE_INDEX_CHARS).toBeGreaterThan(0);
  expect(parseConfig({ PASSAGE_INDEX_CHARS: '40000000' }).PASSAGE_INDEX_CHARS).toBe(40_000_000);
  expect(() => parseConfig({ PASSAGE_INDEX_CHARS: 'lots' })).toThrow(/PASSAGE_INDEX_CHARS/);
});
