import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { type AnswerContext, answer } from '../answer/answer.js';
import { answerSources, quoteBlock } from '../answer/compose.js';
import type { Answer } from '../answer/schema.js';
import { templates } from '../answer/templates.js';
import { chartKey, createChartRenderer } from '../chart/render.js';
import { chartSpecOf } from '../chart/spec.js';
import { factsOfAnswer, readFactFilter } from '../answer/fact-filter.js';
import type { Quiz } from '../quiz/quiz.js';
import { exportAsked } from '../bot/exports.js';
import { quizAsked } from '../bot/quizzes.js';
import { botWording } from '../bot/wording.js';

/** Words that ask for the quotes behind the last answer. */
const quoteCommands = new Set(['nguon', 'nguồn', '/nguon', 'sources', '/sources', 'quote']);
const exitCommands = new Set(['exit', 'quit', 'thoat', 'thoát', '/exit']);

/**
 * The console chat: the same answering core as the bot, one conversation, for trying questions
 * without Telegram. "nguồn" shows the sentences the last answer's figures were read from; an answer
 * with a chart (or a question asking for one) saves it as PNG and prints where; "/xuat [lọc]" saves
 * the figures as CSV (or JSON) as the bot sends them; "/dovui [lọc]" asks a quiz, answered by number.
 */
export async function runConsoleChat(
  context: Omit<AnswerContext, 'previous'>,
  input: Readable,
  output: Writable,
  options: ConsoleChatOptions = {},
): Promise<void> {
  const chartFolder = options.chartFolder ?? path.join(tmpdir(), 'giam-ngheo-charts');
  const renderer = createChartRenderer({ cacheSize: 16 });
  const lines = createInterface({ input, terminal: false });
  const write = (text: string) => output.write(`${text}\n`);
  write('Không có BOT_TOKEN: đang mở trò chuyện trên console (gõ câu hỏi; "nguồn" để xem trích dẫn; "thoát" để dừng).');
  let previous: Answer | null = null;
  let quiz: Quiz | null = null;
  let lastQuizFact: string | undefined;
  const wording = botWording.vi;
  const { base } = context;
  output.write('> ');
  for await (const raw of lines) {
    const text = raw.trim();
    if (exitCommands.has(text.toLowerCase())) break;
    const command = text.match(/^\/(xuat|dovui)\b\s*(.*)$/iu);
    if (quiz && /^\d+$/.test(text)) {
      const chosen = Number(text) - 1;
      const right = quiz.options[quiz.correct] ?? '';
      write(`${chosen === quiz.correct ? wording.quizRight : wording.quizWrong(right)}\n${quiz.explanation}`);
      quiz = null;
    } else if (command?.[1]?.toLowerCase() === 'xuat') {
      const filter = readFactFilter(command[2] ?? '', base);
      const file = exportAsked(base, filter, previous ? factsOfAnswer(previous, base) : [], 'vi');
      if ('nothing' in file) write(file.nothing);
      else {
        const saved = path.join(chartFolder, file.name);
        await mkdir(chartFolder, { recursive: true });
        // The same bytes the bot sends as a document (UTF-8 with BOM for Excel).
        await writeFile(saved, file.content);
        write(`${file.caption}\n${wording.fileSaved(saved)}`);
      }
    } else if (command?.[1]?.toLowerCase() === 'dovui') {
      const asked = quizAsked(base, readFactFilter(command[2] ?? '', base), {
        language: 'vi',
        random: Math.random,
        avoid: lastQuizFact,
      });
      if ('nothing' in asked) write(asked.nothing);
      else {
        quiz = asked;
        lastQuizFact = quiz.fact.id;
        const options = quiz.options.map((option, index) => `  ${index + 1}. ${option}`);
        write([quiz.question, ...options, wording.quizHow].join('\n'));
      }
    } else if (text) {
      if (quoteCommands.has(text.toLowerCase()))
        write(previous ? quotes(previous) : 'Chưa có câu trả lời nào để trích nguồn.');
      else {
        previous = answer(text, { ...context, previous });
        write(previous.answer);
        const spec = chartSpecOf(previous);
        const t = templates[previous.language].chart;
        if (spec) {
          // Named by the chart's hash: the same chart asked twice is one file.
          const file = path.join(chartFolder, `chart-${chartKey(spec).slice(0, 12)}.png`);
          await mkdir(chartFolder, { recursive: true });
          await writeFile(file, await renderer.render(spec));
          write(`\n${t.saved(file)}`);
        } else if (previous.chart) write(`\n${t.nothing}`);
      }
    }
    output.write('\n> ');
  }
  lines.close();
  await renderer.close();
}

export interface ConsoleChatOptions {
  /** Where charts are saved (default: a folder in the system's temporary folder). */
  readonly chartFolder?: string;
}

/** The sentences behind an answer, each with its article. */
export function quotes(result: Answer): string {
  const sources = answerSources(result);
  if (sources.length === 0) return 'Câu trả lời này không trích số liệu nào.';
  return sources.map((source) => quoteBlock(source, result.language)).join('\n\n');
}
