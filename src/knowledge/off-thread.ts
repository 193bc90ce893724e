import { deserialize } from 'node:v8';
import type { KnowledgeBase } from './base.js';
import { KnowledgeError, type KnowledgeProblem } from './load.js';
import { type SnapshotFile, unpackKnowledgeBase } from './snapshot.js';
import { startWorker, workerEntry } from '../threads.js';

/** What the build worker is asked to do. */
export interface BuildRequest {
  readonly folder: string;
}

/** Time spent in the worker, by step (the main thread's share is only the unpacking). */
export interface BuildTimings {
  readonly readMs: number;
  readonly extractMs: number;
  readonly packMs: number;
}

/** The build worker's one message: the built knowledge, its problems, or an unexpected failure. */
export type BuildReply =
  | { readonly kind: 'built'; readonly snapshot: ArrayBuffer; readonly timings: BuildTimings }
  | { readonly kind: 'refused'; readonly problems: readonly KnowledgeProblem[] }
  | { readonly kind: 'failed'; readonly message: string; readonly stack: string };

/**
 * Reads, validates and extracts the knowledge folder in a worker thread, then restores the result
 * here (decoding the facts and rebuilding the lookup maps: 2–3% of the build, in steps between
 * which the event loop turns). Chats keep being answered meanwhile, so an admin's `/reload` of a
 * large folder does not stall them. Throws {@link KnowledgeError} with the worker's problems,
 * exactly as `loadKnowledge` would; `signal` stops the worker (shutdown) and rejects with its reason.
 */
export async function buildKnowledgeBaseOffThread(
  folder: string,
  options: {
    readonly signal?: AbortSignal;
    readonly onTimings?: (timings: BuildTimings & { readonly unpackMs: number }) => void;
  } = {},
): Promise<KnowledgeBase> {
  const reply = await runBuildWorker({ folder }, options.signal);
  if (reply.kind === 'refused') throw new KnowledgeError(reply.problems);
  if (reply.kind === 'failed') {
    const error = new Error(`the knowledge build worker failed: ${reply.message}`);
    error.stack = reply.stack;
    throw error;
  }
  const started = performance.now();
  await turnOfEventLoop();
  const snapshot = deserialize(new Uint8Array(reply.snapshot)) as SnapshotFile;
  await turnOfEventLoop();
  const base = await unpackKnowledgeBase(snapshot, folder, turnOfEventLoop);
  options.onTimings?.({ ...reply.timings, unpackMs: performance.now() - started });
  return base;
}

/** Lets timers and I/O (other chats) run before the next step of the unpacking. */
const turnOfEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const buildWorker = workerEntry('build-worker', import.meta.url);

function runBuildWorker(request: BuildRequest, signal: AbortSignal | undefined): Promise<BuildReply> {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const worker = startWorker(buildWorker, { workerData: request });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onAbort = () => {
      void worker.terminate();
      const reason: unknown = signal?.reason;
      settle(() => reject(reason instanceof Error ? reason : new Error('the knowledge build was stopped')));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (reply: BuildReply) => settle(() => resolve(reply)));
    worker.once('error', (error) => settle(() => reject(error)));
    worker.once('exit', (code) =>
      settle(() => reject(new Error(`the knowledge build worker stopped (exit code ${code}) without a result`))),
    );
  });
}
