/** Telegram's limit on a message's text, in UTF-16 code units after entities are parsed. */
export const maxMessageLength = 4096;

const htmlEscapes: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Every dynamic string goes through this before it is put in an HTML message. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => htmlEscapes[character] ?? character);
}

/**
 * A plain-text answer as Telegram HTML messages: NFC, escaped, its first line bold, split at blank
 * lines (then lines, then characters) so that no message exceeds the limit once its markup is removed
 * and no tag is ever cut.
 */
export function renderMessages(text: string, limit = maxMessageLength): string[] {
  const normalized = text.normalize('NFC').replace(/\r\n?/g, '\n').trim() || '…';
  const chunks = splitText(normalized, limit);
  return chunks.map((chunk, index) => {
    if (index > 0) return escapeHtml(chunk);
    const [first = '', ...rest] = chunk.split('\n');
    return [`<b>${escapeHtml(first)}</b>`, ...rest.map(escapeHtml)].join('\n');
  });
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
