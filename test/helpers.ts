import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's knowledge folder: tests run on the real data. */
export const knowledgeFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../knowledge');

/** A throw-away copy of the knowledge folder, for tests that corrupt it. */
export async function copyKnowledge(): Promise<string> {
  const folder = await mkdtemp(path.join(tmpdir(), 'knowledge-'));
  await cp(knowledgeFolder, folder, { recursive: true });
  return folder;
}
