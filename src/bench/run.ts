/**
 * `npm run bench [-- --sizes 1000,10000 --runs 3]`: builds a deterministic synthetic corpus of each
 * size from the knowledge, and prints one table per size: cold start, start from a snapshot, answer
 * latency over the eval questions, the same questions as bare full-text searches (Orama defaults,
 * MiniSearch, FlexSearch) over the same chunks, memory, and bot throughput against an echo bot.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { type AnswerContext, answer } from '../answer/answer.js';
import { buildPassageIndex, sentenceWindows } from '../search/passages.js';
import { evalQuestionSchema, policyQuestionSchema } from '../answer/evaluate.js';
import { knowledgeFolder } from '../cli/paths.js';
import { buildKnowledgeBase } from '../knowledge/base.js';
import type { KnowledgeEntry } from '../knowledge/entry.js';
import { joinFrontMatter } from '../knowledge/frontmatter.js';
import { loadKnowledge } from '../knowledge/load.js';
import { loadAnswerContext } from '../knowledge/runtime.js';
import { knowledgeDigest, saveSnapshot } from '../knowledge/snapshot.js';
import { benchCharts } from './charts.js';
import { adversarialMessages, normalQuestion, relativeCost } from './adversarial.js';
import { type BareEngine, flexSearch, miniSearch, oramaDefaults } from './engines.js';
import { median, megabytes, memory, summarize, timeEach } from './measure.js';
import { syntheticEntries } from './synthetic.js';
import { answeringBot, echoBot, throughput } from './throughput.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    'engine-questions': { type: 'string', default: '40' },
    updates: { type: 'string', default: '2000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const updates = Number(values.updates);

const real = await loadKnowledge(knowledgeFolder);
const questions = (await readFile(path.resolve(knowledgeFolder, '../test/eval/questions.jsonl'), 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => evalQuestionSchema.parse(JSON.parse(line)).question);
const engineQuestions = questions.slice(0, Number(values['engine-questions']));
// Policy questions (what a programme is, who it is for, what support, refusals): every policy set's.
const evalFolder = path.resolve(knowledgeFolder, '../test/eval');
const policyQuestions = (
  await Promise.all(
    (await readdir(evalFolder))
      .filter((name) => name.startsWith('policies') && name.endsWith('.jsonl'))
      .map((name) => readFile(path.join(evalFolder, name), 'utf8')),
  )
)
  .flatMap((text) => text.split('\n'))
  .filter((line) => line.trim())
  .map((line) => policyQuestionSchema.parse(JSON.parse(line)).question);
const format = (ms: number) => (ms < 10 ? ms.toFixed(3) : ms.toFixed(0));

console.log(
  `# Benchmark — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${megabytes(os.totalmem())} MB, Node ${process.version}`,
);
console.log(
  `Questions: ${questions.length} (eval set); bare engines and ratios on the first ${engineQuestions.length}; medians of ${runs} runs.\n`,
);

{
  // The knowledge as shipped: answers take tens of microseconds, so more rounds steady the p99.
  const context = await loadAnswerContext(knowledgeFolder);
  const first = questions.map((question) => timed(() => answer(question, context)));
  const shipped = summarize(timeEach(questions, Math.max(runs, 10), (question) => answer(question, context)));
  console.log(`## Knowledge as shipped (${context.base.entries.length} entries, ${context.base.facts.length} facts)\n`);
  console.log('| measure | value |\n| --- | --- |');
  console.log(`| first pass over the questions, slowest answer ms | ${format(Math.max(...first))} |`);
  console.log(
    `| full answer p50 / p99 / max, ms (${Math.max(runs, 10)} rounds) | ${format(shipped.p50)} / ${format(shipped.p99)} / ${format(shipped.max)} |`,
  );
  const policy = summarize(timeEach(policyQuestions, Math.max(runs, 10), (question) => answer(question, context)));
  console.log(
    `| policy questions (${policyQuestions.length}) p50 / p99 / max, ms | ${format(policy.p50)} / ${format(policy.p99)} / ${format(policy.max)} |`,
  );
  console.log(`| ${heaviestMessage(context).join(' | ')} |\n`);

  const charts = await benchCharts(context, questions);
  console.log('## Charts (vega-lite → SVG → PNG in a worker thread; goal: warm p50 < 50 ms, cached < 1 ms)\n');
  console.log('| measure | value |\n| --- | --- |');
  console.log(
    `| cold render (new renderer and worker) p50 / p99, ms | ${format(charts.cold.p50)} / ${format(charts.cold.p99)} |`,
  );
  console.log(`| warm render p50 / p99, ms | ${format(charts.warm.p50)} / ${format(charts.warm.p99)} |`);
  console.log(`| the same drawing on the main thread p50, ms | ${format(charts.onThread.p50)} |`);
  console.log(`| cached render p50, ms | ${format(charts.cached.p50)} |`);
  console.log(
    `| answers/s to other questions: alone / while charts render | ${Math.round(charts.answersPerSecond.alone)} / ${Math.round(charts.answersPerSecond.whileDrawing)} |\n`,
  );
}

for (const size of sizes) {
  const entries = syntheticEntries(real, size);
  const folder = await writeCorpus(entries);
  const rows: [string, string][] = [];

  // Cold start: read and validate every file, extract facts, prepare the passage index.
  let started = performance.now();
  const knowledge = await loadKnowledge(folder);
  const loaded = performance.now();
  const base = buildKnowledgeBase(knowledge);
  const extracted = performance.now();
  const index = buildPassageIndex(base.entries);
  const ready = performance.now();
  rows.push([
    'articles / facts / chunks',
    `${base.entries.length} / ${base.facts.length} / ${chunkTexts(base.entries).length}`,
  ]);
  rows.push([
    'cold start (load + extract + index), ms',
    `${format(ready - started)} (${format(loaded - started)} + ${format(extracted - loaded)} + ${format(ready - extracted)})`,
  ]);

  const snapshotFile = `${folder}.snapshot`;
  const digest = knowledgeDigest(folder);
  const bytes = await saveSnapshot(base, digest, snapshotFile);
  // A deployment starts from the snapshot in a fresh process: measured so, with that process's memory.
  const starts = await repeat(runs, () => snapshotStart(snapshotFile, folder));
  if (starts.some((start) => start.facts !== base.facts.length)) throw new Error('snapshot did not restore');
  rows.push([
    'start from snapshot in a new process, ms (size)',
    `${format(median(starts.map((s) => s.ms)))} (${megabytes(bytes)} MB)`,
  ]);
  rows.push([
    'heap / RSS after starting from the snapshot, MB',
    `${megabytes(median(starts.map((s) => s.heap)))} / ${megabytes(median(starts.map((s) => s.rss)))}`,
  ]);
  const after = memory();
  rows.push(['heap / RSS after the cold start above (same process), MB', `${after.heap} / ${after.rss}`]);

  const context = { base, index };
  // The first answers build the passage shards they need: a province's on its first question, the
  // shard over every province on the first question that names none.
  const first = questions.map((question) => timed(() => answer(question, context)));
  rows.push([
    'first pass over the questions, shards built on first use: total s, slowest answer ms',
    `${(first.reduce((sum, ms) => sum + ms, 0) / 1000).toFixed(1)}, ${format(Math.max(...first))}`,
  ]);
  const latencies = timeEach(questions, runs, (question) => answer(question, context));
  const ours = summarize(latencies);
  rows.push(['full answer p50 / p99 / max, ms', `${format(ours.p50)} / ${format(ours.p99)} / ${format(ours.max)}`]);
  const answered = memory();
  rows.push([
    `heap / RSS after answering, MB (${index.shards.size} passage shards built, within ${megabytes(index.budget)} M characters)`,
    `${answered.heap} / ${answered.rss}`,
  ]);
  // After the memory above: a message of many place names may build shards the questions did not.
  rows.push(heaviestMessage(context));
  const oursOnEngineQuestions = summarize(timeEach(engineQuestions, runs, (question) => answer(question, context)));

  const chunks = chunkTexts(base.entries);
  for (const engine of [oramaDefaults(), miniSearch(), flexSearch()] as BareEngine[]) {
    started = performance.now();
    engine.build(chunks);
    const built = performance.now() - started;
    // Orama as published is quadratic in the documents holding a common syllable (FINDINGS.md): at
    // ten thousand articles a single query takes over a minute, so it gets two questions, once, cold.
    const slow = engine.name.startsWith('Orama') && size > 2_000;
    const bare = slow
      ? summarize(engineQuestions.slice(0, 2).map((q) => timed(() => engine.query(q))))
      : summarize(timeEach(engineQuestions, runs, (q) => engine.query(q)));
    rows.push([
      `${engine.name}: build ms, query p50 / p99 ms, our p50 ÷ its p50${slow ? ' (2 questions, once)' : ''}`,
      `${format(built)}, ${format(bare.p50)} / ${format(bare.p99)}, ${(oursOnEngineQuestions.p50 / bare.p50).toFixed(2)}`,
    ]);
  }
  const peak = memory();
  rows.push(['heap / RSS with every engine built, MB', `${peak.heap} / ${peak.rss}`]);

  // On loopback the bots are bound by CPU; at Telegram's pace (it delivers about 30 messages a
  // second for a bot) by Telegram. Updates are fewer at that pace, or one run would take a minute.
  const conditions = [
    { name: 'Bot API on loopback', latencyMs: 0, messagesPerSecond: null, updates },
    { name: 'Bot API answering in 30 ms', latencyMs: 30, messagesPerSecond: null, updates },
    { name: "at Telegram's pace (30 ms, 30 messages/s)", latencyMs: 30, messagesPerSecond: 30, updates: 150 },
  ];
  for (const { name, updates: count, ...api } of conditions) {
    const bot = await repeat(runs, () => throughput(answeringBot(context), questions, count, 200, api));
    const echo = await repeat(runs, () => throughput(echoBot, questions, count, 200, api));
    const middle = (results: Awaited<ReturnType<typeof throughput>>[], key: keyof (typeof results)[number]) =>
      median(results.map((result) => result[key]));
    const ratio = middle(bot, 'perSecond') / middle(echo, 'perSecond');
    const percent = (share: number) => `${(share * 100).toFixed(0)}%`;
    rows.push([
      `bot updates/s, ${name}: answering / echo (ratio); bot process CPU ms per update; its CPU busy`,
      `${middle(bot, 'perSecond').toFixed(0)} / ${middle(echo, 'perSecond').toFixed(0)} (${ratio.toFixed(2)}); ` +
        `${middle(bot, 'cpuMsPerUpdate').toFixed(2)} / ${middle(echo, 'cpuMsPerUpdate').toFixed(2)}; ` +
        `${percent(middle(bot, 'cpuShare'))} / ${percent(middle(echo, 'cpuShare'))}`,
    ]);
  }

  console.log(`## ${size.toLocaleString('en-US')} articles\n`);
  console.log('| measure | value |\n| --- | --- |');
  for (const [name, value] of rows) console.log(`| ${name} | ${value} |`);
  console.log('');
  await rm(folder, { recursive: true, force: true });
  await rm(snapshotFile, { force: true });
}

async function snapshotStart(
  file: string,
  folder: string,
): Promise<{ ms: number; facts: number; heap: number; rss: number }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--v8-pool-size=1',
      '--expose-gc',
      '--import',
      'tsx',
      path.join(path.dirname(fileURLToPath(import.meta.url)), 'snapshot-start.ts'),
      file,
      folder,
    ],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout) as { ms: number; facts: number; heap: number; rss: number };
}

/**
 * The most expensive message of up to 4,096 characters among the adversarial shapes, against a normal
 * question answered in turns with it (medians of `runs`, at least 5): a table row's name and value.
 */
function heaviestMessage(context: AnswerContext): [string, string] {
  // The words of a few articles are enough for a question of hundreds of distinct words.
  const words = context.base.entries.slice(0, 50).flatMap((entry) => entry.body.split(/\s+/));
  const shapes = adversarialMessages(words, context.base.gazetteer.nameWords);
  const costs = shapes.map(({ name, text }) => ({
    name,
    ...relativeCost((message) => answer(message, context), text, normalQuestion, Math.max(runs, 5)),
  }));
  const worst = costs.reduce((heaviest, next) => (next.ratio > heaviest.ratio ? next : heaviest));
  return [
    `heaviest message of up to 4,096 characters (of ${shapes.length} shapes): p50 ms, normal question p50 ms (ratio), shape`,
    `${format(worst.ms)}, ${format(worst.normalMs)} (${worst.ratio.toFixed(0)}×), ${worst.name}`,
  ];
}

function timed(task: () => unknown): number {
  const started = performance.now();
  task();
  return performance.now() - started;
}

async function repeat<T>(times: number, task: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let time = 0; time < times; time++) results.push(await task());
  return results;
}

/** The same chunks the bot's passage index holds: windows of up to three sentences of a paragraph. */
function chunkTexts(entries: readonly KnowledgeEntry[]): string[] {
  return entries.flatMap((entry) => sentenceWindows(entry.body).map((window) => window.text));
}

/** Writes a corpus as a knowledge folder (articles, the real places and raw pages) in a temp folder. */
async function writeCorpus(entries: readonly KnowledgeEntry[]): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'bench-knowledge-'));
  await mkdir(path.join(folder, 'articles'));
  await cp(path.join(knowledgeFolder, 'raw'), path.join(folder, 'raw'), { recursive: true });
  await cp(path.join(knowledgeFolder, 'places.json'), path.join(folder, 'places.json'));
  for (const entry of entries) {
    const { file: _file, body, ...frontMatter } = entry;
    await writeFile(path.join(folder, entry.file), joinFrontMatter({ ...frontMatter }, body));
  }
  return folder;
}

// Servers and timers of the throughput runs are closed, but a runner's last long poll may linger:
// the benchmark is done, so it ends here rather than waiting on it.
process.exit(0);
