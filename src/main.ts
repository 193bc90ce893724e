/**
 * Entry point: reads the environment once, loads the knowledge, then runs the Telegram bot (polling or
 * webhook) or, with no BOT_TOKEN, the console chat.
 */
import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { runConsoleChat } from './cli/chat.js';
import { knowledgeFolder, projectRoot, snapshotFile } from './cli/paths.js';
import { ConfigError, parseConfig } from './config.js';
import { StartupError } from './bot/startup-error.js';
import { KnowledgeError } from './knowledge/load.js';
import { loadAnswerContext } from './knowledge/runtime.js';
import { describeError } from './log.js';

async function main(): Promise<number> {
  loadDotenv({ path: path.join(projectRoot, '.env'), quiet: true });
  const config = parseConfig(process.env);
  const indexBudget = config.PASSAGE_INDEX_CHARS;
  const context = config.KNOWLEDGE_DIR
    ? await loadAnswerContext(config.KNOWLEDGE_DIR, { indexBudget })
    : await loadAnswerContext(knowledgeFolder, { snapshot: snapshotFile, indexBudget });
  if (!config.BOT_TOKEN) {
    await runConsoleChat(context, process.stdin, process.stdout);
    return 0;
  }
  const { runBot } = await import('./bot/run.js');
  const code = await runBot({ ...config, BOT_TOKEN: config.BOT_TOKEN }, context);
  // Calls cut off at the end of the grace period are given a moment to unwind; nothing may keep the
  // process alive after that (a Bot API that never answers, a client that never closes).
  setTimeout(() => process.exit(code), unwindMs).unref();
  return code;
}

const unwindMs = 1000;

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof ConfigError || error instanceof KnowledgeError || error instanceof StartupError
        ? error.message
        : `fatal: ${describeError(error)}`;
    // The token must never be printed, even inside a library's error message.
    const token = process.env.BOT_TOKEN?.trim();
    console.error(token ? message.split(token).join('[redacted]') : message);
    process.exitCode = 1;
    // A half-started bot (a listening port, a pending call) must not keep a failed process alive.
    setTimeout(() => process.exit(1), unwindMs).unref();
  },
);
