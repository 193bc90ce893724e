import { expect, test } from 'vitest';
import { createLogger, describeError } from '../src/log.js';

test('log lines are JSON with level, message and fields, filtered by level, and never contain a secret', () => {
  const lines: string[] = [];
  const token = '123456789:AAsecret-token-value-abcdefghijklmn';
  const log = createLogger('info', [token], (line) => lines.push(line));
  log.debug('hidden');
  log.info('update', { chat: 'private', ms: 3 });
  log.error('failed', { error: describeError(new Error(`request to /bot${token}/getMe failed`)) });
  expect(lines).toHaveLength(2);
  expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ level: 'info', message: 'update', chat: 'private', ms: 3 });
  expect(lines.join('')).not.toContain(token);
  expect(lines[1]).toContain('[redacted]');
});
