import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface BotProcess {
  readonly child: ChildProcess;
  /** Everything the process printed, standard output and error. */
  output(): string;
  exited: Promise<number | null>;
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
}

/** The real entry point (`src/main.ts`), as a child process with its own environment only. */
export function startBotProcess(env: Record<string, string>): BotProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    output: () => printed,
    exited,
    async waitForLog(text, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!printed.includes(text)) {
        if (child.exitCode !== null) throw new Error(`bot exited (${child.exitCode}):\n${printed}`);
        if (Date.now() > deadline) throw new Error(`no "${text}" in:\n${printed}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}

/** A port free on 127.0.0.1 right now, for a server a test starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The settings of a bot in webhook mode against a fake Bot API, on a port free right now. */
export async function webhookSettings(
  telegram: { readonly token: string; readonly apiRoot: string },
  secret = 'a-webhook-secret-for-tests-123',
): Promise<{ env: Record<string, string>; port: number; secret: string }> {
  const port = await freePort();
  return {
    port,
    secret,
    env: {
      BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.test/hook',
      WEBHOOK_SECRET: secret,
      PORT: String(port),
    },
  };
}
