import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ingestPage } from '../../src/ingest/page.js';
import { isMachineWritten, renderEntry } from '../../src/ingest/render.js';
import { entryFolders, loadGazetteer } from '../../src/knowledge/load.js';
import type { Gazetteer } from '../../src/places/gazetteer.js';
import { knowledgeFolder } from '../helpers.js';

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer(knowledgeFolder);
});

async function ingest(source: string) {
  return ingestPage(source, await readFile(path.join(knowledgeFolder, 'raw', source), 'utf8'), gazetteer);
}

describe('page formats', () => {
  test('"07:30 PM 18/04/2024" pages: title, date with time, publisher marker, author, breadcrumbs gone', async () => {
    const { article, summaries } = await ingest('000_fe6f241720c91208.txt');
    expect(article).toMatchObject({
      title: 'Kiên Giang: Quan tâm thực hiện công tác giảm nghèo bền vững',
      published: '2024-04-18T19:30:00+07:00',
      publisher: 'Báo Lao động và Xã hội',
      author: 'Hồng Phượng',
      provinces: ['Kiên Giang'],
    });
    const body = article.paragraphs.join('\n');
    expect(body).not.toMatch(/Trang chủ|TAG:|Tin khác|\(LĐXH\)|Thành đoàn Hải Phòng/);
    expect(article.paragraphs[0]).toMatch(/^Với sự quan tâm/);
    expect(summaries).toEqual([]);
  });

  test('"30/05/2024 - 15:12" pages: the byline before the date is the author, image names and widgets go', async () => {
    const { article } = await ingest('004_a8633945070ee383.txt');
    expect(article).toMatchObject({
      title: 'Lạng Sơn: Nỗ lực bứt phá để giảm nghèo bền vững',
      published: '2024-05-30T15:12:00+07:00',
      publisher: 'Báo Tài nguyên và Môi trường',
      author: 'Hoàng Nghĩa',
    });
    const body = article.paragraphs.join('\n');
    expect(body).not.toMatch(/\.jpg|Bình luận|POWERED BY|Đừng bỏ lỡ|Nổi bật/);
    expect(body).toContain('Năm 2024, tỉnh Lạng Sơn tiếp tục đề ra mục tiêu giảm 3% tỷ lệ hộ nghèo so với năm 2023.');
  });

  test('pages with no date: published stays null, a photo credit is not a publisher, teasers become summaries', async () => {
    const { article, summaries, undetected } = await ingest('002_46cccd136b62bb90.txt');
    expect(article).toMatchObject({
      published: null,
      publisher: null,
      author: 'Minh Thư',
      provinces: ['Cần Thơ'],
    });
    expect(undetected.join(' ')).toMatch(/date/);
    expect(undetected.join(' ')).toMatch(/publisher/);
    expect(article.paragraphs.join('\n')).not.toMatch(/Chủ đề|List comment|Phú Yên/);
    const phuYen = summaries.find((summary) => summary.title.startsWith('Phú Yên'));
    expect(phuYen).toMatchObject({
      kind: 'summary',
      provinces: ['Phú Yên'],
      page: article.id,
      published: null,
    });
    expect(phuYen?.paragraphs).toHaveLength(1);
    expect(summaries.find((s) => s.title.startsWith('Quảng Ninh'))?.provinces).toEqual(['Quảng Ninh']);
    expect(summaries).toHaveLength(10);
  });
});

test('ingest reproduces every committed knowledge file that was not corrected by hand', async () => {
  const raws = (await readdir(path.join(knowledgeFolder, 'raw'))).sort();
  let compared = 0;
  for (const source of raws) {
    const page = await ingest(source);
    for (const entry of [page.article, ...page.summaries]) {
      const committed = await readFile(path.join(knowledgeFolder, entryFolders[entry.kind], `${entry.id}.md`), 'utf8');
      if (!isMachineWritten(committed)) continue;
      expect(renderEntry(entry)).toBe(committed);
      compared += 1;
    }
  }
  expect(compared).toBeGreaterThanOrEqual(15);
});

test('a file edited by hand no longer matches its checksum', async () => {
  const text = await readFile(path.join(knowledgeFolder, 'articles/bac-kan-tap-trung-ho-tro-vung-loi.md'), 'utf8');
  expect(isMachineWritten(text)).toBe(true);
  expect(isMachineWritten(text.replace('Pác Nặm', 'Pác Nậm'))).toBe(false);
});
