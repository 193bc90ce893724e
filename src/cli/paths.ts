import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder: `.env`, `knowledge/` and `dist/` are found from here. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The project's own knowledge folder, wherever the command is run from. */
export const knowledgeFolder = path.join(projectRoot, 'knowledge');

/** The snapshot `npm run build` writes and `npm start` uses when it matches the knowledge files. */
export const snapshotFile = path.join(projectRoot, 'dist', 'knowledge.snapshot');
