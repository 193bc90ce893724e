import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/load.js';
import { copyKnowledge, knowledgeFolder } from '../helpers.js';

const article = 'articles/kien-giang-quan-tam-thuc-hien-cong-tac.md';

/** Loads a copy of the knowledge after `corrupt` changed it, and returns the problems reported. */
async function problemsAfter(corrupt: (folder: string) => Promise<void>) {
  const folder = await copyKnowledge();
  await corrupt(folder);
  try {
    await loadKnowledge(folder);
  } catch (error) {
    if (error instanceof KnowledgeError) return error.problems;
    throw error;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
  throw new Error('the corrupted knowledge loaded without error');
}

async function edit(folder: string, file: string, change: (text: string) => string): Promise<void> {
  const target = path.join(folder, file);
  await writeFile(target, change(await readFile(target, 'utf8')));
}

test('loads every article and summary with its provinces', async () => {
  const knowledge = await loadKnowledge(knowledgeFolder);
  const articles = knowledge.entries.filter((entry) => entry.kind === 'article');
  expect(articles.map((entry) => entry.provinces[0]).sort()).toEqual(
    ['Bình Thuận', 'Bắc Kạn', 'Cần Thơ', 'Kiên Giang', 'Lạng Sơn'].sort(),
  );
  expect(knowledge.entries.filter((entry) => entry.kind === 'summary').length).toBeGreaterThanOrEqual(10);
  for (const entry of knowledge.entries) expect(entry.body.length).toBeGreaterThan(0);
});

describe('a malformed knowledge file names the file and the field', () => {
  test.each([
    ['a missing field', (t: string) => t.replace(/^title: .*\n/m, ''), 'title'],
    [
      'a wrong field type',
      (t: string) => t.replace(/^provinces:\n {2}- Kiên Giang/m, 'provinces: Kiên Giang'),
      'provinces',
    ],
    ['a bad date', (t: string) => t.replace(/^published: .*$/m, 'published: 18/04/2024'), 'published'],
    ['an unknown province', (t: string) => t.replace('- Kiên Giang', '- Kiến Gian'), 'provinces[0]'],
    ['an unknown field', (t: string) => t.replace(/^kind: article$/m, 'kind: article\nauthorr: x'), null],
    ['an unknown kind', (t: string) => t.replace(/^kind: article$/m, 'kind: blog'), 'kind'],
  ])('%s', async (_name, change, field) => {
    const problems = await problemsAfter((folder) => edit(folder, article, change));
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.file).toBe(article);
    expect(problems[0]?.field).toBe(field);
  });

  test('an empty body', async () => {
    const problems = await problemsAfter((folder) =>
      edit(folder, article, (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n')),
    );
    expect(problems).toEqual([{ file: article, field: 'body', message: 'the body is empty' }]);
  });

  test('a duplicate id', async () => {
    const problems = await problemsAfter(async (folder) => {
      await writeFile(path.join(folder, 'articles/zz-copy.md'), await readFile(path.join(folder, article)));
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'articles/zz-copy.md', field: 'id' })]);
    expect(problems[0]?.message).toContain(article);
  });

  test('a file that is not UTF-8', async () => {
    const problems = await problemsAfter((folder) =>
      writeFile(path.join(folder, article), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a])),
    );
    expect(problems).toEqual([{ file: article, field: null, message: 'not valid UTF-8 text' }]);
  });

  test('no front matter', async () => {
    const problems = await problemsAfter((folder) => writeFile(path.join(folder, article), 'just text\n'));
    expect(problems[0]).toMatchObject({ file: article, field: null });
  });

  test('a summary whose page is not an entry', async () => {
    const problems = await problemsAfter((folder) =>
      edit(folder, 'summaries/phu-yen-than-toc-giam-ho-ngheo.md', (t) =>
        t.replace(/^page: .*$/m, 'page: nowhere'),
      ),
    );
    expect(problems[0]).toMatchObject({ file: 'summaries/phu-yen-than-toc-giam-ho-ngheo.md', field: 'page' });
  });

  test('a gazetteer province that maps to no new province', async () => {
    const problems = await problemsAfter((folder) =>
      edit(folder, 'places.json', (t) => t.replace('"becomes": "An Giang"', '"becomes": "Kiên Giang"')),
    );
    expect(problems[0]?.file).toBe('places.json');
    expect(problems[0]?.field).toMatch(/^before\[\d+\]\.becomes$/);
  });

  test('a missing knowledge folder', async () => {
    await expect(loadKnowledge('/nonexistent/knowledge')).rejects.toThrow(
      'the knowledge folder does not exist',
    );
  });
});

test('npm run knowledge exits non-zero and names the file and field of a corrupted copy', async () => {
  const folder = await copyKnowledge();
  await edit(folder, article, (t) => t.replace(/^published: .*$/m, 'published: 2024-13-45'));
  const run = promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli/knowledge.ts', folder]);
  const failure = (await run.then(
    () => null,
    (error: unknown) => error,
  )) as { code: number; stderr: string } | null;
  expect(failure?.code).toBe(1);
  expect(failure?.stderr).toContain(`${article} → published`);
  await rm(folder, { recursive: true, force: true });
});

describe('the policies file (knowledge/policies.json)', () => {
  test('a malformed entry names the file and the field', async () => {
    const problems = await problemsAfter((folder) =>
      edit(folder, 'policies.json', (text) => text.replace('"id": "chuong-trinh-135"', '"id": "Chương trình 135"')),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'policies.json', field: 'policies[2].id' });
    expect(problems[0]?.message).toMatch(/lower-case/);
  });

  test('broken JSON is named, and a folder without the file still loads (documents are found by rule)', async () => {
    const problems = await problemsAfter((folder) => writeFile(path.join(folder, 'policies.json'), '{"policies": ['));
    expect(problems[0]).toMatchObject({ file: 'policies.json', field: null });
    expect(problems[0]?.message).toMatch(/not valid JSON/);
    const folder = await copyKnowledge();
    await rm(path.join(folder, 'policies.json'));
    await expect(loadKnowledge(folder)).resolves.toMatchObject({ policyNames: { policies: [] } });
    await rm(folder, { recursive: true, force: true });
  });
});
