import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's own knowledge folder, wherever the command is run from. */
export const knowledgeFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../knowledge');
