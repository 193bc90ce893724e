import { policyCatalogue } from '../policies/catalogue.js';
import { buildPassageIndex, type PassageIndex } from '../search/passages.js';
import { buildKnowledgeBase, type KnowledgeBase } from './base.js';
import { loadKnowledge } from './load.js';
import { buildKnowledgeBaseOffThread } from './off-thread.js';
import { knowledgeDigest, loadSnapshot } from './snapshot.js';

/** The knowledge ready for answering: the built base and its passage index. */
export interface LoadedKnowledge {
  readonly base: KnowledgeBase;
  readonly index: PassageIndex;
}

/**
 * Loads the knowledge folder ready for answering: from a snapshot made by `npm run build` when one
 * matches the folder's files, otherwise by reading, validating and extracting everything — with
 * `offThread`, in a worker thread, so the event loop keeps serving chats (the bot's `/reload`);
 * `signal` then stops that worker (shutdown).
 */
export async function loadAnswerContext(
  folder: string,
  options: { snapshot?: string; indexBudget?: number; offThread?: boolean; signal?: AbortSignal } = {},
): Promise<LoadedKnowledge> {
  if (options.snapshot) {
    const restored = await loadSnapshot(options.snapshot, knowledgeDigest(folder));
    if (restored) return ready(restored, options.indexBudget);
  }
  const base = options.offThread
    ? await buildKnowledgeBaseOffThread(folder, options.signal ? { signal: options.signal } : {})
    : buildKnowledgeBase(await loadKnowledge(folder));
  return ready(base, options.indexBudget);
}

/** The base with what answering builds from it up front: the passage index, and the policy catalogue. */
function ready(base: KnowledgeBase, indexBudget: number | undefined): LoadedKnowledge {
  policyCatalogue(base);
  return { base, index: buildPassageIndex(base.entries, indexBudget) };
}
