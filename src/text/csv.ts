/**
 * Rows as CSV text for spreadsheets: RFC 4180 (every cell quoted, quotes doubled, CRLF line ends)
 * with a UTF-8 byte-order mark, without which Excel reads the file as the local code page and
 * "Bình Thuận" arrives as "BÃ¬nh Thuáº­n".
 */
export function csvText<Column extends string>(
  columns: readonly Column[],
  rows: readonly Readonly<Record<Column, unknown>>[],
): string {
  const cell = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;
  const lines = [
    columns.map(cell).join(','),
    ...rows.map((row) => columns.map((column) => cell(row[column])).join(',')),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
