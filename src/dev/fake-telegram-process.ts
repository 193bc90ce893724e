/**
 * The fake Bot API in a process of its own, driven over IPC: as Telegram is, it does its work
 * (parsing, checking HTML, JSON) on another CPU than the bot, so a benchmark measures the bot alone.
 * Run by `FakeTelegramProcess`; not meant to be started by hand.
 */
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeTelegram } from './fake-telegram.js';

/** Sent to the child. */
type Command =
  | { readonly type: 'configure'; readonly latencyMs: number; readonly messagesPerSecond: number | null }
  | { readonly type: 'push'; readonly updates: readonly Record<string, unknown>[] }
  | { readonly type: 'watch'; readonly count: number }
  | { readonly type: 'stop' };

/** Sent by the child. */
type Report =
  | { readonly type: 'ready'; readonly apiRoot: string; readonly token: string }
  | { readonly type: 'delivered' }
  | { readonly type: 'stopped' };

/** The parent's handle on a fake Bot API process. */
export class FakeTelegramProcess {
  private constructor(
    private readonly child: ReturnType<typeof fork>,
    readonly apiRoot: string,
    readonly token: string,
  ) {}

  static async start(): Promise<FakeTelegramProcess> {
    const child = fork(fileURLToPath(import.meta.url), [], {
      execArgv: ['--v8-pool-size=1', '--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = await next(child, 'ready');
    if (ready.type !== 'ready') throw new Error('the fake Bot API did not start');
    return new FakeTelegramProcess(child, ready.apiRoot, ready.token);
  }

  /** Each call's latency, and how many messages a second are delivered at most. */
  configure(latencyMs: number, messagesPerSecond: number | null): void {
    this.#send({ type: 'configure', latencyMs, messagesPerSecond });
  }

  push(updates: readonly Record<string, unknown>[]): void {
    this.#send({ type: 'push', updates });
  }

  /** Resolves once `count` messages (sendMessage) have been delivered in all. */
  async delivered(count: number): Promise<void> {
    const reached = next(this.child, 'delivered');
    this.#send({ type: 'watch', count });
    await reached;
  }

  async stop(): Promise<void> {
    const stopped = next(this.child, 'stopped');
    this.#send({ type: 'stop' });
    await stopped;
    this.child.disconnect();
  }

  #send(command: Command): void {
    this.child.send(command);
  }
}

function next(child: ReturnType<typeof fork>, type: Report['type']): Promise<Report> {
  return new Promise((resolve, reject) => {
    const onMessage = (report: Report) => {
      if (report.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(report);
    };
    const onExit = (code: number | null) => reject(new Error(`the fake Bot API exited (${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** The child: a FakeTelegram on loopback, obeying commands. */
async function serve(): Promise<void> {
  const fake = new FakeTelegram();
  await fake.start();
  const report = (message: Report) => process.send?.(message);
  let watching: ReturnType<typeof setInterval> | undefined;
  process.on('message', (command: Command) => {
    if (command.type === 'configure') {
      for (const method of ['sendMessage', 'getUpdates']) fake.delays.set(method, command.latencyMs);
      fake.sendRate = command.messagesPerSecond;
    } else if (command.type === 'push') {
      for (const update of command.updates) fake.push(update);
    } else if (command.type === 'watch') {
      clearInterval(watching);
      watching = setInterval(() => {
        if (fake.delivered.filter((call) => call.method === 'sendMessage').length < command.count) return;
        clearInterval(watching);
        report({ type: 'delivered' });
      }, 2);
    } else {
      clearInterval(watching);
      void fake.stop().then(() => report({ type: 'stopped' }));
    }
  });
  report({ type: 'ready', apiRoot: fake.apiRoot, token: fake.token });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await serve();
