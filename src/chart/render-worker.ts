/**
 * Worker thread entry, started by `createChartRenderer` (render.ts): draws charts (vega layout, SVG,
 * PNG — tens of milliseconds each) away from the bot's event loop, one request at a time, and posts
 * each PNG back, its buffer moved rather than copied.
 */
import { parentPort } from 'node:worker_threads';
import { drawChart } from './draw.js';
import type { RenderReply, RenderRequest } from './render.js';

parentPort?.on('message', ({ id, spec }: RenderRequest) => {
  drawChart(spec).then(
    (png) => {
      const reply: RenderReply = { id, png };
      parentPort?.postMessage(reply, [png.buffer as ArrayBuffer]);
    },
    (error: unknown) => {
      const { message } = error instanceof Error ? error : new Error(String(error));
      const reply: RenderReply = { id, error: message };
      parentPort?.postMessage(reply);
    },
  );
});
