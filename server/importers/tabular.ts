// What the CSV and XLSX readers hand over: a header row, then header-keyed records with their cells.
import { quoted } from '../domain/echo.ts';
import type { PlatformRow, Refusal, TabularRaw } from './types.ts';

export type SourceRow = { row: number; record: PlatformRow; tabular?: TabularRaw } | ({ row: number } & Refusal);

export interface TableSource {
  headers: string[];
  rows: AsyncGenerator<SourceRow>;
}

/**
 * A row with nothing in it but blanks (",,,," or tabs), as Excel leaves after the last order: it is no order and
 * no refusal, just not there. Its number is still used up, so later rows keep the numbers the file shows.
 */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Header names as the platform wrote them, minus a stray BOM and padding. */
export function cleanHeaders(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
}

/**
 * Records keyed by header, built by a function compiled once per file: which column feeds which
 * name is worked out from the header row, not again for each of a million rows. A short row reads
 * its missing cells as empty; cells beyond the header have no name and are dropped
 * (relax_column_count: the rest of the row still counts). A repeated header keeps its first
 * column. "__proto__" is skipped: assigning it would set the record's prototype, not a field.
 */
export function recordBuilder(headers: readonly string[]): (cells: readonly string[]) => PlatformRow {
  const named = new Set<string>();
  const columns: { header: string; index: number }[] = [];
  headers.forEach((header, index) => {
    if (header === '' || header === '__proto__' || named.has(header)) return;
    named.add(header);
    columns.push({ header, index });
  });
  return (cells) => {
    const record: PlatformRow = {};
    for (const { header, index } of columns) record[header] = cells[index] ?? '';
    return record;
  };
}

/**
 * A cell's length past which its row is refused unread: thirty times Excel's own limit (32,767), so a
 * long but real value still reaches its field's check (and its capped message), and a 5 MB cell does not.
 */
export const MAX_CELL_CHARS = 1_000_000;

/** A row with a cell longer than any export holds is refused, naming the column (the cell is not echoed). */
export function oversizedCell(cells: readonly string[], headers: readonly string[]): Refusal | null {
  const index = cells.findIndex((cell) => cell.length > MAX_CELL_CHARS);
  if (index < 0) return null;
  const column = quoted(headers[index] || `column ${index + 1}`);
  return {
    error: `${column}: a cell longer than ${MAX_CELL_CHARS} characters, far more than any export holds`,
    errorZh: `${column}：单元格超过 ${MAX_CELL_CHARS} 个字符，远超任何导出文件`,
  };
}
