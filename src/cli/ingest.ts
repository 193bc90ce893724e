/**
 * `npm run ingest -- [--force] [--check] FILE...`: turns raw news pages into knowledge files.
 * Refuses to overwrite a file edited by hand unless `--force`; `--check` writes nothing and reports
 * which files would change.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingestPage } from '../ingest/page.js';
import { isMachineWritten, renderEntry } from '../ingest/render.js';
import { entryFolders, loadGazetteer } from '../knowledge/load.js';
import { knowledgeFolder } from './paths.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false }, check: { type: 'boolean', default: false } },
});
if (positionals.length === 0) {
  console.error('usage: npm run ingest -- [--force] [--check] knowledge/raw/FILE.txt ...');
  process.exit(2);
}

const gazetteer = await loadGazetteer(knowledgeFolder);
let failed = false;
for (const rawPath of positionals) {
  const source = path.basename(rawPath);
  const page = ingestPage(source, await readFile(rawPath, 'utf8'), gazetteer);
  console.log(`${source}: "${page.article.title}" + ${page.summaries.length} summaries`);
  for (const missing of page.undetected) console.log(`  not detected: ${missing}`);
  for (const entry of [page.article, ...page.summaries]) {
    const target = path.join(knowledgeFolder, entryFolders[entry.kind], `${entry.id}.md`);
    const text = renderEntry(entry);
    const existing = existsSync(target) ? await readFile(target, 'utf8') : null;
    const relative = path.relative(process.cwd(), target);
    if (existing === text) {
      console.log(`  unchanged  ${relative}`);
    } else if (values.check) {
      console.log(
        `  ${existing === null ? 'missing' : isMachineWritten(existing) ? 'differs' : 'edited by hand'}  ${relative}`,
      );
      if (existing === null || isMachineWritten(existing)) failed = true;
    } else if (existing !== null && !isMachineWritten(existing) && !values.force) {
      console.log(`  kept       ${relative} (edited by hand; --force overwrites it)`);
    } else {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
      console.log(`  written    ${relative}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
