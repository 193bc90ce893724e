import type { AnswerContext } from '../answer/answer.js';
import type { Config } from '../config.js';

/** Runs the Telegram bot until it is asked to stop; returns the exit code. */
export function runBot(
  _config: Config & { BOT_TOKEN: string },
  _context: Omit<AnswerContext, 'previous'>,
): Promise<number> {
  console.error('The Telegram bot is not built yet: unset BOT_TOKEN to use the console chat.');
  return Promise.resolve(1);
}
