import type { AnswerContext } from '../answer/answer.js';
import { buildPassageIndex } from '../answer/passages.js';
import { buildKnowledgeBase } from './base.js';
import { loadKnowledge } from './load.js';
import { buildKnowledgeBaseOffThread } from './off-thread.js';
import { knowledgeDigest, loadSnapshot } from './snapshot.js';

/**
 * Loads the knowledge folder ready for answering: from a snapshot made by `npm run build` when one
 * matches the folder's files, otherwise by reading, validating and extracting everything — with
 * `offThread`, in a worker thread, so the event loop keeps serving chats (the bot's `/reload`);
 * `signal` then stops that worker (shutdown).
 */
export async function loadAnswerContext(
  folder: string,
  options: { snapshot?: string; indexBudget?: number; offThread?: boolean; signal?: AbortSignal } = {},
): Promise<Omit<AnswerContext, 'previous'>> {
  if (options.snapshot) {
    const restored = await loadSnapshot(options.snapshot, knowledgeDigest(folder));
    if (restored) return { base: restored, index: buildPassageIndex(restored.entries, options.indexBudget) };
  }
  const base = options.offThread
    ? await buildKnowledgeBaseOffThread(folder, options.signal ? { signal: options.signal } : {})
    : buildKnowledgeBase(await loadKnowledge(folder));
  return { base, index: buildPassageIndex(base.entries, options.indexBudget) };
}
