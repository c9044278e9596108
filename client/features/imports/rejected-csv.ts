import { csvField } from '../../../server/domain/spreadsheet-cell';

/**
 * The rejected rows of an import as CSV text, with a BOM so that Excel opens the Chinese reasons as UTF-8.
 * Rows end with CRLF, as spreadsheets expect. A reason echoes the file, so each cell is neutralised
 * (a leading =, +, -, @ gets an apostrophe: no formula runs) and quoted as RFC 4180 wants.
 */
export function rejectedRowsCsv(header: [string, string], rows: readonly { row: number; message: string }[]): string {
  const lines = [header, ...rows.map((r) => [r.row, r.message] as const)].map((line) => line.map(csvField).join(','));
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
