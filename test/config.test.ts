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

test('a webhook URL must be https, as Telegram requires; the error names the setting', () => {
  const webhook = { BOT_TOKEN: token, BOT_MODE: 'webhook', WEBHOOK_SECRET: 'a-secret-of-16-chars-or-more' };
  expect(() => parseConfig({ ...webhook, WEBHOOK_URL: 'http://bot.example.org/hook' })).toThrow(
    /WEBHOOK_URL: must be an https:\/\/ URL/,
  );
  expect(parseConfig({ ...webhook, WEBHOOK_URL: 'https://bot.example.org/hook' }).WEBHOOK_URL).toBe(
    'https://bot.example.org/hook',
  );
});

test('a Bot API root with a trailing slash is accepted as the same root', () => {
  expect(parseConfig({ TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/' }).TELEGRAM_API_ROOT).toBe('http://127.0.0.1:8081');
  expect(() => parseConfig({ TELEGRAM_API_ROOT: 'ftp://x' })).toThrow(/TELEGRAM_API_ROOT/);
});

test('webhook connections and the shutdown grace are bounded settings', () => {
  expect(parseConfig({})).toMatchObject({ WEBHOOK_MAX_CONNECTIONS: 40, SHUTDOWN_GRACE_SECONDS: 10 });
  expect(() => parseConfig({ WEBHOOK_MAX_CONNECTIONS: '500' })).toThrow(/WEBHOOK_MAX_CONNECTIONS/);
});
