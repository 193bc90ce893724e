import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { type AnswerContext, answer } from '../answer/answer.js';
import { answerSources, quoteBlock } from '../answer/compose.js';
import type { Answer } from '../answer/schema.js';

/** Words that ask for the quotes behind the last answer. */
const quoteCommands = new Set(['nguon', 'nguồn', '/nguon', 'sources', '/sources', 'quote']);
const exitCommands = new Set(['exit', 'quit', 'thoat', 'thoát', '/exit']);

/**
 * The console chat: the same answering core as the bot, one conversation, for trying questions
 * without Telegram. "nguồn" shows the sentences the last answer's figures were read from.
 */
export async function runConsoleChat(
  context: Omit<AnswerContext, 'previous'>,
  input: Readable,
  output: Writable,
): Promise<void> {
  const lines = createInterface({ input, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  write('Không có BOT_TOKEN: đang mở trò chuyện trên console (gõ câu hỏi; "nguồn" để xem trích dẫn; "thoát" để dừng).');
  let previous: Answer | null = null;
  output.write('> ');
  for await (const raw of lines) {
    const text = raw.trim();
    if (exitCommands.has(text.toLowerCase())) break;
    if (text) {
      if (quoteCommands.has(text.toLowerCase()))
        write(previous ? quotes(previous) : 'Chưa có câu trả lời nào để trích nguồn.');
      else {
        previous = answer(text, { ...context, previous });
        write(previous.answer);
      }
    }
    output.write('\n> ');
  }
  lines.close();
}

/** The sentences behind an answer, each with its article. */
export function quotes(result: Answer): string {
  const sources = answerSources(result);
  if (sources.length === 0) return 'Câu trả lời này không trích số liệu nào.';
  return sources.map((source) => quoteBlock(source, result.language)).join('\n\n');
}
