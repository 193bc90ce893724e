import * as fs from 'node:fs/promises';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { StorageAdapter } from 'grammy';
import { afterEach, expect, test } from 'vitest';
import { checkSessionFolder, FileSessionStorage, type SessionFiles } from '../../src/bot/session-store.js';
import type { ChatSession } from '../../src/bot/session.js';
import { StartupError } from '../../src/bot/startup-error.js';
import { offlineBot, textUpdate } from './harness.js';

const folders: string[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
});
async function sessionFolder(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'sessions-'));
  folders.push(folder);
  return folder;
}
const sent = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls.filter((call) => call.method === 'sendMessage').map((call) => String(call.payload.text));

test('a disk that fills up mid-write leaves the last session whole', async () => {
  const folder = await sessionFolder();
  let full = false;
  const files: SessionFiles = {
    ...fs,
    writeFile: async (file, text, options) => {
      if (!full) return fs.writeFile(file, text, options);
      // Half the bytes reach the disk, then ENOSPC, as a full disk does.
      await fs.writeFile(file, text.slice(0, text.length / 2));
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    },
  };
  const store = new FileSessionStorage<{ n: number; pad: string }>(folder, files);
  await store.write('7', { n: 1, pad: 'x'.repeat(1000) });
  full = true;
  await expect(store.write('7', { n: 2, pad: 'y'.repeat(1000) })).rejects.toThrow(/no space/);
  expect(await store.read('7')).toEqual({ n: 1, pad: 'x'.repeat(1000) });
  // No temporary file is left behind.
  expect(await fs.readdir(path.join(folder, '7'))).toEqual(['7.json']);
});

test('a truncated or malformed session file: the chat is answered, starts afresh, each breakage logged once', async () => {
  const folder = await sessionFolder();
  const store = new FileSessionStorage<ChatSession>(folder);
  const { bot, calls, logs } = offlineBot({ storage: store });
  await bot.handleUpdate(textUpdate('Bình Thuận cấp bao nhiêu thẻ BHYT?'));
  const file = path.join(folder, '7', '7.json');
  const whole = await readFile(file, 'utf8');
  await writeFile(file, whole.slice(0, whole.length / 2));
  await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'));
  await writeFile(file, '{"previous":{"intent":"loans"},"sources":7}');
  await bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Lạng Sơn?'));
  const texts = sent(calls);
  expect(texts).toHaveLength(3);
  expect(texts[1]).toContain('1,28%');
  expect(texts[2]).toContain('6,02%');
  expect(logs.filter((line) => line.includes('session unreadable'))).toHaveLength(2);
  expect(logs.join('\n')).not.toMatch(/"level":"error"/);
  // The next answer wrote a good session over the broken one.
  expect(JSON.parse(await readFile(file, 'utf8'))).toHaveProperty('previous.provinces', ['Lạng Sơn']);
});

test('a session that cannot be saved after the answer does not fail the update', async () => {
  const failing: StorageAdapter<ChatSession> = {
    read: () => Promise.resolve(undefined),
    write: () => Promise.reject(Object.assign(new Error('read-only file system'), { code: 'EROFS' })),
    delete: () => Promise.resolve(),
  };
  const { bot, calls, logs } = offlineBot({ storage: failing });
  await expect(bot.handleUpdate(textUpdate('Tỷ lệ hộ nghèo Kiên Giang?'))).resolves.toBeUndefined();
  expect(sent(calls)[0]).toContain('1,28%');
  expect(logs.join('\n')).toMatch(/"session not saved".*read-only file system/);
});

test('a session folder that cannot be written is refused at start-up, naming SESSION_DIR', async () => {
  const folder = await sessionFolder();
  const notAFolder = path.join(folder, 'plain-file');
  await writeFile(notAFolder, 'x');
  const error = await checkSessionFolder(path.join(notAFolder, 'sessions')).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(StartupError);
  expect((error as Error).message).toMatch(/^SESSION_DIR ".*plain-file\/sessions" cannot hold sessions \(ENOTDIR\)$/);
  await expect(checkSessionFolder(path.join(folder, 'new', 'sessions'))).resolves.toBeUndefined();
});

test('keys that are not chat ids cannot leave the folder', async () => {
  const folder = await sessionFolder();
  const store = new FileSessionStorage<number>(folder);
  await store.write('../../escape', 1);
  expect(await store.read('../../escape')).toBe(1);
  const written = await fs.readdir(folder, { recursive: true });
  expect(written.every((name) => !name.startsWith('..'))).toBe(true);
});

test('a session saved before follow-ups kept "change" is still read, and the chat follows up from it', async () => {
  const folder = await sessionFolder();
  const store = new FileSessionStorage<ChatSession>(folder);
  await fs.mkdir(path.join(folder, '7'), { recursive: true });
  const older = {
    previous: { intent: 'health_insurance', provinces: ['Bình Thuận'], districts: [], year: null, subject: null },
    sources: {},
  };
  await writeFile(path.join(folder, '7', '7.json'), JSON.stringify(older));
  const { bot, calls, logs } = offlineBot({ storage: store });
  await bot.handleUpdate(textUpdate('còn Kiên Giang thì sao?'));
  expect(sent(calls)[0]).toContain('382.478');
  expect(logs.join('\n')).not.toContain('session unreadable');
});
