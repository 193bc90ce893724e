import { createHash } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { startWorker, workerEntry } from '../threads.js';
import { LeastRecentlyUsed } from './cache.js';
import type { ChartSpec } from './spec.js';

/** What the render worker is asked: one chart, by request id. */
export interface RenderRequest {
  readonly id: number;
  readonly spec: ChartSpec;
}

/** The render worker's answer to one request: the PNG, or why it could not be drawn. */
export type RenderReply =
  { readonly id: number; readonly png: Uint8Array } | { readonly id: number; readonly error: string };

/** Draws charts as PNG off the event loop, serving identical charts from a bounded cache. */
export interface ChartRenderer {
  /** The chart as PNG bytes (a copy of the cached bytes: callers may keep or change them). */
  render(spec: ChartSpec): Promise<Uint8Array>;
  /** Stops the worker; charts still being drawn are rejected. Safe to call twice. */
  close(): Promise<void>;
  /** How many charts were drawn and how many served from the cache (for tests and the bench). */
  readonly stats: { readonly drawn: number; readonly cached: number };
}

export interface ChartRendererOptions {
  /** Charts kept (each ~50–100 kB of PNG). */
  readonly cacheSize?: number;
}

/** Thrown by `render` once the renderer is closed, or for charts in flight when it closes. */
export class ChartRendererClosedError extends Error {
  constructor() {
    super('the chart renderer is closed');
    this.name = 'ChartRendererClosedError';
  }
}

const renderWorker = workerEntry('render-worker', import.meta.url);

/** The cache key of a chart: a hash of its whole spec (every point, label and note). */
export const chartKey = (spec: ChartSpec): string => createHash('sha256').update(JSON.stringify(spec)).digest('hex');

/**
 * A chart renderer with one worker thread, started on the first chart that is not cached. The
 * worker keeps the process alive only while a chart is being drawn, so an idle renderer never holds
 * a command or a test open; `close` ends it.
 */
export function createChartRenderer({ cacheSize = 64 }: ChartRendererOptions = {}): ChartRenderer {
  const cache = new LeastRecentlyUsed<string, Uint8Array>(cacheSize);
  const pending = new Map<number, { resolve: (png: Uint8Array) => void; reject: (error: Error) => void }>();
  /** Requests for a chart already being drawn wait for that drawing rather than drawing it again. */
  const inFlight = new Map<string, Promise<Uint8Array>>();
  const stats = { drawn: 0, cached: 0 };
  let worker: Worker | null = null;
  let nextId = 0;
  let closed = false;

  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const started = startWorker(renderWorker);
    started.on('message', (reply: RenderReply) => {
      const waiting = pending.get(reply.id);
      if (!waiting) return;
      pending.delete(reply.id);
      if (pending.size === 0) started.unref();
      if ('png' in reply) waiting.resolve(reply.png);
      else waiting.reject(new Error(`the chart could not be drawn: ${reply.error}`));
    });
    started.on('error', (error) => failAll(error));
    started.on('exit', (code) => {
      if (worker === started) worker = null;
      failAll(closed ? new ChartRendererClosedError() : new Error(`the chart worker stopped (exit code ${code})`));
    });
    worker = started;
    return started;
  };

  const draw = (spec: ChartSpec): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      const running = ensureWorker();
      const id = nextId++;
      pending.set(id, { resolve, reject });
      running.ref();
      running.postMessage({ id, spec } satisfies RenderRequest);
    });

  return {
    stats,
    async render(spec) {
      if (closed) throw new ChartRendererClosedError();
      const key = chartKey(spec);
      const hit = cache.get(key);
      if (hit) {
        stats.cached++;
        return hit.slice();
      }
      let drawing = inFlight.get(key);
      if (!drawing) {
        drawing = draw(spec).then((png) => {
          stats.drawn++;
          cache.set(key, png);
          return png;
        });
        const forget = () => inFlight.delete(key);
        drawing.then(forget, forget);
        inFlight.set(key, drawing);
      }
      return (await drawing).slice();
    },
    async close() {
      closed = true;
      const running = worker;
      worker = null;
      failAll(new ChartRendererClosedError());
      if (running) await running.terminate();
    },
  };
}
