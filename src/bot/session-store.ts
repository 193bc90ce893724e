import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { StorageAdapter } from 'grammy';
import { describeError, type Logger } from '../log.js';
import { StartupError } from './startup-error.js';

/** The file operations the store uses, replaceable in tests to simulate a full disk. */
export interface SessionFiles {
  readonly readFile: (file: string, encoding: 'utf8') => Promise<string>;
  readonly writeFile: (file: string, text: string, options: { flush: boolean }) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  readonly rm: (file: string, options: { force: boolean }) => Promise<void>;
  readonly mkdir: (folder: string, options: { recursive: true }) => Promise<unknown>;
}

/**
 * One JSON file per chat (`<dir>/<last two characters of the key>/<key>.json`, the layout of
 * @grammyjs/storage-file, so its files keep working). A session is written to a temporary file that
 * is flushed to disk and then renamed over the old one: a full disk or a crash mid-write leaves the
 * old session whole, never a truncated one.
 */
export class FileSessionStorage<T> implements StorageAdapter<T> {
  constructor(
    readonly folder: string,
    private readonly files: SessionFiles = fs,
  ) {}

  async read(key: string): Promise<T | undefined> {
    let text: string;
    try {
      text = await this.files.readFile(this.#path(key), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
    return JSON.parse(text) as T;
  }

  async write(key: string, value: T): Promise<void> {
    const file = this.#path(key);
    const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
    const text = JSON.stringify(value);
    await this.files.mkdir(path.dirname(file), { recursive: true });
    try {
      await this.files.writeFile(temporary, text, { flush: true });
      await this.files.rename(temporary, file);
    } catch (error) {
      await this.files.rm(temporary, { force: true }).catch(() => undefined);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.files.rm(this.#path(key), { force: true });
  }

  #path(key: string): string {
    // Keys are chat ids; anything else is encoded so it cannot leave the folder.
    const safe = /^-?\d+$/.test(key) ? key : encodeURIComponent(key);
    return path.resolve(this.folder, safe.slice(-2), `${safe}.json`);
  }
}

/**
 * Checks at start-up that sessions can be written in `folder`, so a store that cannot be written is
 * refused before the first answer rather than failing after every one.
 */
export async function checkSessionFolder(folder: string): Promise<void> {
  const probe = path.join(folder, `.write-check-${process.pid}`);
  try {
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(probe, 'ok', { flush: true });
    await fs.access(probe, constants.R_OK | constants.W_OK);
    await fs.rm(probe, { force: true });
  } catch (error) {
    throw new StartupError(
      `SESSION_DIR "${folder}" cannot hold sessions (${(error as NodeJS.ErrnoException).code ?? describeError(error)})`,
    );
  }
}

/**
 * A session store that never fails an update: a session that cannot be read or is not a session
 * (truncated, hand-edited) starts afresh, logged once per chat; a session that cannot be saved after
 * the answer went out is logged and dropped (failing the update would make Telegram re-send it, and
 * the user would get the same answer again).
 */
export function resilientStorage<T>(
  storage: StorageAdapter<T>,
  log: Logger,
  isSession: (value: unknown) => value is T,
): StorageAdapter<T> {
  const reported = new Set<string>();
  const reportOnce = (key: string, message: string, error: unknown) => {
    if (reported.has(key)) return;
    if (reported.size >= 1000) reported.clear();
    reported.add(key);
    // The key is a chat id: it is not logged.
    log.warn(message, { error: describeError(error) });
  };
  return {
    async read(key) {
      try {
        const value = await storage.read(key);
        if (value === undefined || isSession(value)) return value;
        reportOnce(key, 'session unreadable; starting afresh', 'not a session');
      } catch (error) {
        reportOnce(key, 'session unreadable; starting afresh', error);
      }
      return undefined;
    },
    async write(key, value) {
      try {
        await storage.write(key, value);
        reported.delete(key);
      } catch (error) {
        log.error('session not saved', { error: describeError(error) });
      }
    },
    async delete(key) {
      try {
        await storage.delete(key);
      } catch (error) {
        log.error('session not deleted', { error: describeError(error) });
      }
    },
  };
}
