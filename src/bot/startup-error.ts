/**
 * Thrown when the bot cannot start as configured (port in use, session store not writable, webhook
 * refused by Telegram). Its message is one line for the operator, naming the setting to fix.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}
