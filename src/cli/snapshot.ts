/** Part of `npm run build`: writes the knowledge snapshot the bot starts from (`dist/knowledge.snapshot`). */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { buildKnowledgeBase } from '../knowledge/base.js';
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';
import { knowledgeDigest, saveSnapshot } from '../knowledge/snapshot.js';
import { knowledgeFolder, snapshotFile } from './paths.js';

try {
  const base = buildKnowledgeBase(await loadKnowledge(knowledgeFolder));
  await mkdir(path.dirname(snapshotFile), { recursive: true });
  const bytes = await saveSnapshot(base, knowledgeDigest(knowledgeFolder), snapshotFile);
  console.log(
    `snapshot: ${base.entries.length} entries, ${base.facts.length} facts, ${bytes} bytes → ${path.relative(process.cwd(), snapshotFile)}`,
  );
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
