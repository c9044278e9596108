// What the CSV and XLSX readers hand over: a header row, then header-keyed records.
import type { PlatformRow } from './types.ts';

export type SourceRow = { row: number; record: PlatformRow } | { row: number; error: string };

export interface TableSource {
  headers: string[];
  rows: AsyncGenerator<SourceRow>;
}

/** Header names as the platform wrote them, minus a stray BOM and padding. */
export function cleanHeaders(cells: readonly string[]): string[] {
  return cells.map((cell) => cell.replace(/^\uFEFF/, '').trim());
}

/**
 * A record keyed by header. A short row reads its missing cells as empty; cells beyond the
 * header have no name and are dropped (relax_column_count: the rest of the row still counts).
 */
export function toRecord(headers: readonly string[], cells: readonly string[]): PlatformRow {
  const record: PlatformRow = {};
  headers.forEach((header, i) => {
    if (header !== '' && !(header in record)) record[header] = cells[i] ?? '';
  });
  return record;
}
