/**
 * `npm run ask -- "câu hỏi"` prints the answer; `--json` prints the Answer as JSON.
 * `npm run --silent ask -- --jsonl` reads standard input line by line (plain text, or
 * {"chatId": "...", "text": "..."} whose conversation carries across lines with the same chatId) and
 * prints exactly one JSON line per input line, in order, and nothing else on standard output.
 */
import './io.js';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { answer } from '../answer/answer.js';
import type { Answer } from '../answer/schema.js';
import { loadContextOrExit } from './io.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { json: { type: 'boolean', default: false }, jsonl: { type: 'boolean', default: false } },
});

const context = await loadContextOrExit();

if (values.jsonl) {
  const line = z.object({ chatId: z.union([z.string(), z.number()]).optional(), text: z.string() });
  const chats = new Map<string, Answer>();
  for await (const input of createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY })) {
    let text = input;
    let chatId: string | null = null;
    if (input.trimStart().startsWith('{')) {
      try {
        const parsed = line.parse(JSON.parse(input));
        text = parsed.text;
        chatId = parsed.chatId === undefined ? null : String(parsed.chatId);
      } catch {
        // Not a request object: answered as the plain text it is.
      }
    }
    const result = answer(text, { ...context, previous: chatId ? (chats.get(chatId) ?? null) : null });
    if (chatId) chats.set(chatId, result);
    process.stdout.write(`${JSON.stringify(result)}\n`);
  }
} else {
  const question = positionals.join(' ').trim();
  if (!question) {
    console.error('usage: npm run ask -- [--json] "câu hỏi"   |   npm run --silent ask -- --jsonl < questions.txt');
    process.exit(2);
  }
  const result = answer(question, context);
  console.log(values.json ? JSON.stringify(result, null, 2) : result.answer);
}
