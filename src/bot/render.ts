import { templates } from '../answer/templates.js';

/** Telegram's limit on a message's text, in UTF-16 code units after entities are parsed. */
export const maxMessageLength = 4096;

const htmlEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Every dynamic string goes through this before it is put in an HTML message. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => htmlEscapes[character] ?? character);
}

export interface RenderOptions {
  readonly limit?: number;
  /** Article links by title: a cited title becomes a link where its knowledge entry has a `url`. */
  readonly links?: ReadonlyMap<string, string>;
}

/** Headings of a source list, in both languages ("Nguồn:", "Sources:"). */
const sourceHeadings = new Set([`${templates.vi.sources}:`, `${templates.en.sources}:`]);
/** A source list longer than this many lines is folded into an expandable blockquote. */
const sourcesShownOpen = 3;

/**
 * A plain-text answer as Telegram HTML messages: NFC, escaped, its first line bold, each quoted
 * sentence («…» on a line of its own) and a long source list in an expandable blockquote, cited
 * titles linked to their articles; split at blank lines (then lines, then characters) so that no
 * message exceeds the limit once its markup is removed and no tag is ever cut. The text a reader
 * sees is the plain text exactly: markup only wraps it.
 */
export function renderMessages(text: string, options: number | RenderOptions = {}): string[] {
  const { limit = maxMessageLength, links = new Map<string, string>() } =
    typeof options === 'number' ? { limit: options } : options;
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n').trim() || '…';
  return splitText(normalized, limit).map((chunk, index) => renderChunk(chunk, index === 0, links));
}

function renderChunk(chunk: string, first: boolean, links: ReadonlyMap<string, string>): string {
  const lines = chunk.split('\n');
  const html: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i === 0 && first) {
      html.push(`<b>${escapeHtml(line)}</b>`);
    } else if (sourceHeadings.has(line.trim())) {
      let end = i + 1;
      while (end < lines.length && /^\[\d+\] /.test(lines[end] ?? '')) end += 1;
      const list = lines.slice(i + 1, end).map((source) => linked(source, links));
      html.push(escapeHtml(line));
      if (list.length > sourcesShownOpen) html.push(`<blockquote expandable>${list.join('\n')}</blockquote>`);
      else html.push(...list);
      i = end - 1;
    } else if (/^«.*»$/.test(line.trim()) && line.trim().length > 2) {
      html.push(`<blockquote expandable>${escapeHtml(line)}</blockquote>`);
    } else if (line.startsWith('— ')) {
      html.push(linked(line, links));
    } else {
      html.push(escapeHtml(line));
    }
  }
  return html.join('\n');
}

/** A source line with its article's title linked, where the entry has a web address. */
function linked(line: string, links: ReadonlyMap<string, string>): string {
  const escaped = escapeHtml(line);
  for (const [title, url] of links) {
    if (!isWebAddress(url) || !line.includes(title)) continue;
    const at = escaped.indexOf(escapeHtml(title));
    if (at < 0) continue;
    const anchor = `<a href="${escapeHtml(url)}">${escapeHtml(title)}</a>`;
    return `${escaped.slice(0, at)}${anchor}${escaped.slice(at + escapeHtml(title).length)}`;
  }
  return escaped;
}

/** Only http(s) addresses are links: a `javascript:` or `file:` URL in a knowledge file is shown as text. */
function isWebAddress(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** Splits plain text into pieces of at most `limit` characters, preferring paragraph and line breaks. */
export function splitText(text: string, limit = maxMessageLength): string[] {
  const pieces: string[] = [];
  let current = '';
  const units = text.split(/(\n\n|\n)/);
  for (const unit of units) {
    if ((current + unit).length <= limit) {
      current += unit;
      continue;
    }
    if (current.trim()) pieces.push(current.trim());
    current = '';
    let rest = unit;
    while (rest.length > limit) {
      // A whole line longer than a message: cut at a space if there is one, never inside a surrogate pair.
      let cut = rest.lastIndexOf(' ', limit);
      if (cut < limit / 2) cut = limit;
      if (/[\uD800-\uDBFF]/.test(rest[cut - 1] ?? '')) cut -= 1;
      pieces.push(rest.slice(0, cut).trim());
      rest = rest.slice(cut);
    }
    current = rest;
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces.length > 0 ? pieces : ['…'];
}
