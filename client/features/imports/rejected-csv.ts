/** A cell as RFC 4180 wants it: quoted when it holds a comma, quote or line break. */
function cell(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The rejected rows of an import as CSV text, with a BOM so that Excel opens the Chinese reasons as UTF-8.
 * Rows end with CRLF, as spreadsheets expect.
 */
export function rejectedRowsCsv(header: [string, string], rows: readonly { row: number; message: string }[]): string {
  const lines = [header, ...rows.map((r) => [r.row, r.message] as const)].map((line) => line.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Saves text as a file from the browser, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
