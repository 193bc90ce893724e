import { loadAnswerContext } from '../../src/knowledge/runtime.js';
import { knowledgeFolder } from '../helpers.js';

/** The answering context over the shipped knowledge, built once per test file. */
export const context = await loadAnswerContext(knowledgeFolder);
