import type { LogLevel } from './config.js';

const order: Readonly<Record<LogLevel, number>> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LogFields = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Structured logs: one JSON line per event on standard error. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/**
 * A logger that writes at `level` and above. `redact` lists strings (the bot token) that must never
 * appear in a log line: they are replaced wherever they occur.
 */
export function createLogger(
  level: LogLevel,
  redact: readonly string[] = [],
  write: (line: string) => unknown = (line) => process.stderr.write(line),
): Logger {
  const secrets = redact.filter((secret) => secret.length >= 8);
  const log =
    (at: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (order[at] < order[level]) return;
      let line = JSON.stringify({ time: new Date().toISOString(), level: at, message, ...fields });
      for (const secret of secrets) line = line.split(secret).join('[redacted]');
      write(`${line}\n`);
    };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** The part of an error that is safe to log: its name and message, with secrets taken out by the logger. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : 'unknown error';
}
