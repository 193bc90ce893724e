/**
 * Run by the benchmark in a fresh process: starts from a snapshot as `npm start` would (digest of
 * the knowledge folder, restore, passage index) and prints the time and memory as JSON.
 */
import { buildPassageIndex } from '../search/passages.js';
import { knowledgeDigest, loadSnapshot } from '../knowledge/snapshot.js';

const [file = '', folder = ''] = process.argv.slice(2);
const started = performance.now();
const base = await loadSnapshot(file, knowledgeDigest(folder));
if (!base) throw new Error('the snapshot did not match its knowledge folder');
buildPassageIndex(base.entries);
const ms = performance.now() - started;
(globalThis as { gc?: () => void }).gc?.();
const { heapUsed, rss } = process.memoryUsage();
console.log(JSON.stringify({ ms, facts: base.facts.length, heap: heapUsed, rss }));
