import type { StorageAdapter } from 'grammy';
import { z } from 'zod';
import { answerSchema } from '../answer/schema.js';
import type { FollowUp } from '../answer/answer.js';

/** A cited source as the "Nguồn" button shows it. */
export interface SessionSource {
  readonly title: string;
  readonly publisher: string | null;
  readonly date: string | null;
  readonly quote: string;
}

/**
 * What a chat remembers: of its last answer what follow-ups need, the sources and facts of its recent
 * answers, and its last quiz. Fields added later are optional, so sessions stored before them still load.
 */
export interface ChatSession {
  previous: FollowUp | null;
  /** Sources of recent answers by the id of the message that carried them (the "Nguồn" button). */
  sources: Record<string, readonly SessionSource[]>;
  /** Ids of the facts behind recent answers, by the id of the message that carried them (⬇️ CSV, /xuat). */
  facts?: Record<string, readonly string[]>;
  /** The fact the chat's last quiz asked: the next quiz asks another. */
  lastQuizFact?: string;
}

export const emptySession = (): ChatSession => ({ previous: null, sources: {} });

const sessionSchema = z.object({
  previous: answerSchema
    .pick({ intent: true, provinces: true, districts: true, year: true, subject: true })
    .extend({
      change: z.boolean().optional(),
      policies: z.array(z.string()).optional(),
      measure: z.string().nullable().optional(),
    })
    .nullable(),
  sources: z.record(
    z.string(),
    z.array(
      z.object({ title: z.string(), publisher: z.string().nullable(), date: z.string().nullable(), quote: z.string() }),
    ),
  ),
  facts: z.record(z.string(), z.array(z.string())).optional(),
  lastQuizFact: z.string().optional(),
});

/**
 * A value read back from a store is a session only in this shape; anything else (a hand-edited or
 * half-written file, an older format) starts the chat afresh rather than failing every update.
 */
export const isChatSession = (value: unknown): value is ChatSession => sessionSchema.safeParse(value).success;

/** How many answers' sources a chat keeps for its "Nguồn" buttons. */
export const sourcesKept = 10;

/**
 * An in-memory session store with a size limit and an expiry: the least recently used chat is
 * dropped past `maxEntries`, and a chat idle longer than `ttlMs` is forgotten. A flood of new chats
 * therefore cannot grow memory without bound. Any grammY `StorageAdapter` can replace it.
 */
export class BoundedMemoryStorage<T> implements StorageAdapter<T> {
  readonly #entries = new Map<string, { value: T; expires: number }>();

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  read(key: string): T | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expires <= this.now()) return undefined;
    this.#entries.set(key, entry);
    return entry.value;
  }

  write(key: string, value: T): void {
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: this.now() + this.ttlMs });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }

  delete(key: string): void {
    this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}
