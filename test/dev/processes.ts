import type { BotProcess } from '../../src/dev/bot-process.js';

/** A text message from user `chatId` in their private chat with the bot, as an update's payload. */
export const privateMessage = (chatId: number, text: string) => ({
  message: {
    message_id: chatId,
    date: 0,
    chat: { id: chatId, type: 'private', first_name: 'An' },
    from: { id: chatId, is_bot: false, first_name: 'An' },
    text,
  },
});

/** Waits until `condition` holds, checking every 20 ms; throws after `timeoutMs`. */
export async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Kills the bot processes a test left running, and waits for them to exit. */
export async function killAll(bots: BotProcess[]): Promise<void> {
  for (const bot of bots.splice(0)) {
    if (bot.child.exitCode === null) {
      bot.child.kill('SIGKILL');
      await bot.exited;
    }
  }
}
