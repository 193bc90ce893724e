/** Output helpers for command-line tools: a closed pipe (`| head`) ends the tool quietly. */
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** Rows as CSV on standard output: UTF-8 with a BOM and CRLF, so spreadsheets keep the Vietnamese letters. */
export function writeCsv(rows: readonly Readonly<Record<string, unknown>>[]): void {
  const header = Object.keys(rows[0] ?? {});
  const cell = (value: unknown) => `"${String(value).replace(/"/g, '""')}"`;
  process.stdout.write(
    `\ufeff${[header.map(cell).join(','), ...rows.map((row) => Object.values(row).map(cell).join(','))].join('\r\n')}\r\n`,
  );
}
