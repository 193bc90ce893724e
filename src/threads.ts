import path from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker entry module beside `importer` (its `import.meta.url`): `.ts` when run by tsx or vitest, `.js` once compiled. */
export function workerEntry(name: string, importer: string): URL {
  return new URL(`./${name}${path.extname(new URL(importer).pathname)}`, importer);
}

/**
 * Starts a worker thread on a TypeScript or compiled entry module. Node 20 does not apply the
 * parent's `--import tsx` hooks to a worker's entry module ("Unknown file extension .ts"), and
 * vitest does not run workers through its transform: for a `.ts` entry the worker registers tsx
 * itself, then imports the entry.
 */
export function startWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}
