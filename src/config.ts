import { z } from 'zod';
import { defaultIndexBudget } from './search/passages.js';

const logLevels = ['debug', 'info', 'warn', 'error'] as const;

/**
 * Settings from the environment, parsed once in `main` and passed down; nothing reads the
 * environment at import time. With no BOT_TOKEN the bot runs as a console chat.
 */
export const configSchema = z
  .object({
    BOT_TOKEN: z
      .string()
      .trim()
      .regex(/^\d+:[\w-]{30,}$/, 'must look like "123456789:AA…" as BotFather gives it')
      .optional(),
    BOT_MODE: z.enum(['polling', 'webhook']).default('polling'),
    WEBHOOK_URL: z
      .url({ protocol: /^https$/, error: 'must be an https:// URL (Telegram delivers webhooks over HTTPS only)' })
      .optional(),
    WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16–256 letters, digits, "_" or "-" (Telegram\'s rule)')
      .optional(),
    PORT: z.coerce.number().int().min(1).max(65535).default(8080),
    // grammY appends "/bot<token>/<method>": a trailing slash would double it.
    TELEGRAM_API_ROOT: z
      .url({ protocol: /^https?$/, error: 'must be an http(s):// URL' })
      .transform((url) => url.replace(/\/+$/, ''))
      .default('https://api.telegram.org'),
    /** Connections Telegram may open to the webhook at once (its max_connections, 1–100). */
    WEBHOOK_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100).default(40),
    /** On SIGTERM, how long replies in flight may take before the bot exits anyway. */
    SHUTDOWN_GRACE_SECONDS: z.coerce.number().min(0).max(600).default(10),
    LOG_LEVEL: z.enum(logLevels).default('info'),
    ADMIN_IDS: z
      .string()
      .default('')
      .transform((text) =>
        text
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^\d+$/, 'must be Telegram user ids separated by commas').transform(Number))),
    KNOWLEDGE_DIR: z.string().min(1).optional(),
    /** Characters of article text the passage index may hold at once (about 23 bytes of heap each). */
    PASSAGE_INDEX_CHARS: z.coerce.number().int().min(1).default(defaultIndexBudget),
    /** Where chat sessions (follow-up context) live: bounded memory, or files that survive restarts. */
    SESSION_STORE: z.enum(['memory', 'file']).default('memory'),
    SESSION_DIR: z.string().min(1).default('sessions'),
    SESSION_MAX_CHATS: z.coerce.number().int().min(1).default(10_000),
    SESSION_TTL_MINUTES: z.coerce.number().int().min(1).default(360),
  })
  .superRefine((config, context) => {
    if (config.BOT_MODE !== 'webhook') return;
    if (!config.WEBHOOK_URL)
      context.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: 'is required when BOT_MODE=webhook',
      });
    if (!config.WEBHOOK_SECRET)
      context.addIssue({
        code: 'custom',
        path: ['WEBHOOK_SECRET'],
        message: 'is required when BOT_MODE=webhook',
      });
  });

export type Config = z.infer<typeof configSchema>;
export type LogLevel = (typeof logLevels)[number];

/** Thrown when a setting is missing or invalid. The message names settings, never their values. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Empty values count as unset, as in most .env files. */
export function parseConfig(environment: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
  const parsed = configSchema.safeParse(present);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || 'configuration'}: ${issue.message}`);
  throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
}
