import { once } from 'node:events';
import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { fenToYuanString } from '../domain/money';
import { csvField, safeCellText } from '../domain/spreadsheet-cell';

// A list exported as .xlsx or .csv, streamed: rows arrive a page at a time (each page one short read, so no
// statement stays open while the client downloads), are written, and the next page is read only once the
// socket has taken the last. A million-row ledger never sits in memory.

export type TableCell = string | number | null;
export type TableFormat = 'xlsx' | 'csv';

export interface TableColumn {
  header: string;
  width?: number;
  /** Money, written as yuan: a number with two decimals in .xlsx, exact "12.34" text in .csv (from integer fen). */
  money?: boolean;
}

export interface TableDownload {
  /** Without the extension. */
  fileName: string;
  sheetName: string;
  columns: readonly TableColumn[];
  /** Pages of rows, read lazily: the next page is read only when the previous one is written. Money cells in fen. */
  pages: Iterable<readonly TableCell[][]>;
}

export const contentTypes: Record<TableFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

async function flowControl(res: Response): Promise<void> {
  if (res.writableNeedDrain) await once(res, 'drain');
  else await new Promise((resolve) => setImmediate(resolve));
}

async function writeCsv(res: Response, table: TableDownload): Promise<void> {
  // A BOM, so Excel opens the UTF-8 (Chinese headers and names) as UTF-8.
  res.write(`\uFEFF${table.columns.map((c) => csvField(c.header)).join(',')}\r\n`);
  for (const rows of table.pages) {
    const lines = rows.map((row) => row.map((v, i) => (table.columns[i]?.money && typeof v === 'number' ? fenToYuanString(v) : csvField(v))).join(','));
    if (lines.length > 0) res.write(`${lines.join('\r\n')}\r\n`);
    await flowControl(res);
  }
  res.end();
}

async function writeXlsx(res: Response, table: TableDownload): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(table.sheetName);
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length * 2), ...(c.money ? { style: { numFmt: '#,##0.00' } } : {}) }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const rows of table.pages) {
    for (const row of rows) {
      sheet.addRow(row.map((v, i) => (typeof v === 'number' ? (table.columns[i]?.money ? v / 100 : v) : v === null ? null : safeCellText(v)))).commit();
    }
    await flowControl(res);
  }
  sheet.commit();
  await workbook.commit();
}

/** Answers the table as an attachment, streamed. */
export async function sendTable(res: Response, format: TableFormat, table: TableDownload): Promise<void> {
  res.set({ 'Content-Type': contentTypes[format], 'Content-Disposition': `attachment; filename="${table.fileName}.${format}"` });
  if (format === 'csv') await writeCsv(res, table);
  else await writeXlsx(res, table);
}
