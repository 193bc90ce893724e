import type { AnswerContext } from '../answer/answer.js';
import { KnowledgeError } from '../knowledge/load.js';
import { loadAnswerContext } from '../knowledge/runtime.js';
import { csvText } from '../text/csv.js';
import { knowledgeFolder } from './paths.js';

/** Output helpers for command-line tools: a closed pipe (`| head`) ends the tool quietly. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Rows as CSV on standard output (UTF-8 with a BOM and CRLF; see csvText), the first row's keys as header. */
export function writeCsv(rows: readonly Readonly<Record<string, unknown>>[]): void {
  process.stdout.write(csvText(Object.keys(rows[0] ?? {}), rows));
}

/** Text as is on standard output. */
export function writeText(text: string): void {
  process.stdout.write(text);
}

/** The answering context over `knowledge/`; a broken knowledge file is named on stderr and the tool exits 1. */
export async function loadContextOrExit(): Promise<Omit<AnswerContext, 'previous'>> {
  try {
    return await loadAnswerContext(knowledgeFolder);
  } catch (error) {
    if (!(error instanceof KnowledgeError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
