import { createHash } from 'node:crypto';
import { parse, stringify } from 'yaml';

const delimiter = '---';

export interface SplitDocument {
  readonly frontMatter: unknown;
  readonly body: string;
}

/** Error thrown when a file does not have the `---` front matter block at the top. */
export class FrontMatterSyntaxError extends Error {
  override readonly name = 'FrontMatterSyntaxError';
}

/** Splits a Markdown document into its YAML front matter and its body. */
export function splitFrontMatter(text: string): SplitDocument {
  const normalised = text.replace(/\r\n?/g, '\n');
  if (!normalised.startsWith(`${delimiter}\n`))
    throw new FrontMatterSyntaxError('no front matter: the file must start with "---"');
  const end = normalised.indexOf(`\n${delimiter}\n`, delimiter.length);
  if (end < 0) throw new FrontMatterSyntaxError('front matter is not closed by a "---" line');
  let frontMatter: unknown;
  try {
    frontMatter = parse(normalised.slice(delimiter.length + 1, end + 1));
  } catch (error) {
    throw new FrontMatterSyntaxError(
      `front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    );
  }
  return { frontMatter, body: normalised.slice(end + delimiter.length + 2).trim() };
}

/** Writes front matter and body as one Markdown document. */
export function joinFrontMatter(frontMatter: Record<string, unknown>, body: string): string {
  return `${delimiter}\n${stringify(frontMatter, { lineWidth: 0 })}${delimiter}\n\n${body.trim()}\n`;
}

/** The checksum ingest stores: the document's hash with the checksum line itself left out. */
export function documentChecksum(text: string): string {
  const withoutChecksum = text.replace(/^checksum: .*\n/m, '');
  return createHash('sha256').update(withoutChecksum).digest('hex').slice(0, 16);
}
