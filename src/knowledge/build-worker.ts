/**
 * Worker thread entry, started by `buildKnowledgeBaseOffThread` (off-thread.ts): reads, validates
 * and extracts the knowledge folder — the expensive part — away from the bot's event loop, and
 * posts the result back as the snapshot's plain data, serialised, its buffer moved rather than copied.
 */
import { serialize } from 'node:v8';
import { parentPort, workerData } from 'node:worker_threads';
import { buildKnowledgeBase } from './base.js';
import { KnowledgeError, loadKnowledge } from './load.js';
import type { BuildReply, BuildRequest } from './off-thread.js';
import { packKnowledgeBase } from './snapshot.js';

async function build({ folder }: BuildRequest): Promise<{ reply: BuildReply; transfer: ArrayBuffer[] }> {
  try {
    const started = performance.now();
    const knowledge = await loadKnowledge(folder);
    const read = performance.now();
    const base = buildKnowledgeBase(knowledge);
    const extracted = performance.now();
    const bytes = serialize(packKnowledgeBase(base, ''));
    // The serialiser's own allocation, normally: moved whole; copied only if it is a view on more.
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    const snapshot = (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const timings = { readMs: read - started, extractMs: extracted - read, packMs: performance.now() - extracted };
    return { reply: { kind: 'built', snapshot, timings }, transfer: [snapshot] };
  } catch (error) {
    if (error instanceof KnowledgeError) return { reply: { kind: 'refused', problems: error.problems }, transfer: [] };
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    return { reply: { kind: 'failed', message, stack: stack ?? message }, transfer: [] };
  }
}

const { reply, transfer } = await build(workerData as BuildRequest);
parentPort?.postMessage(reply, transfer);
