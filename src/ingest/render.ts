import { documentChecksum, joinFrontMatter } from '../knowledge/frontmatter.js';
import type { IngestedEntry } from './page.js';

/** The knowledge file for an ingested entry, with the checksum that marks it as machine-written. */
export function renderEntry(entry: IngestedEntry): string {
  const frontMatter: Record<string, unknown> = {
    id: entry.id,
    kind: entry.kind,
    title: entry.title,
    publisher: entry.publisher,
    author: entry.author,
    published: entry.published,
    provinces: [...entry.provinces],
    source: entry.source,
    ...(entry.page ? { page: entry.page } : {}),
  };
  const unsigned = joinFrontMatter(frontMatter, entry.paragraphs.join('\n\n'));
  return joinFrontMatter({ ...frontMatter, checksum: documentChecksum(unsigned) }, entry.paragraphs.join('\n\n'));
}

/** True when a file still is exactly what ingest wrote: its content matches its own checksum. */
export function isMachineWritten(text: string): boolean {
  const stored = text.match(/^checksum: ([0-9a-f]{16})$/m)?.[1];
  return stored !== undefined && stored === documentChecksum(text);
}
