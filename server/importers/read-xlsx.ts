// Streaming XLSX reader (exceljs WorkbookReader): the first sheet, its first row as the header.
// An .xlsx is a zip, so a small upload can inflate to gigabytes: a file on disk is refused when its
// zip directory declares absurd sizes, and reading stops at the limits of xlsx-limits.ts and a row cap.
import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { capped } from '../domain/echo.ts';
import { decimalText } from './fields.ts';
import { cleanHeaders, isBlankRow, oversizedCell, recordBuilder, type SourceRow, type TableSource } from './tabular.ts';
import { ImportFileError, ImportLimitError } from './types.ts';
import { capSharedStrings, checkDeclaredSizes, guardedSheet, ORDER_XLSX_LIMITS, type XlsxLimits } from './xlsx-limits.ts';

export const MAX_XLSX_ROWS = 2_000_000;
export { declaredUncompressedSize } from './zip-directory.ts';

export interface XlsxOptions {
  /** The file on disk, when there is one: its zip directory is checked before reading. */
  path?: string;
  maxRows?: number;
  /** Default: an order export's (ORDER_XLSX_LIMITS). */
  limits?: XlsxLimits;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A cell as the text the platform meant. Exceljs dates carry the wall time in UTC fields. */
export function cellText(value: ExcelJS.CellValue, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const d = value;
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  }
  if (typeof value === 'number') return numberText(value, numFmt);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue, numFmt);
  if ('text' in value) return String(value.text);
  return '';
}

/** A numeric cell formatted as a percent (0.32 shown as 32.00%) reads as percent text. */
function numberText(value: number, numFmt?: string): string {
  const plain = decimalText(String(value));
  if (!numFmt?.includes('%')) return plain;
  // x100 by moving the decimal point, exact on the number's shortest text.
  const sign = plain.startsWith('-') ? '-' : '';
  const [whole = '0', fraction = ''] = plain.replace('-', '').split('.');
  const digits = whole + fraction.padEnd(2, '0');
  const newWhole = digits.slice(0, whole.length + 2).replace(/^0+(?=\d)/, '');
  const newFraction = fraction.slice(2);
  return `${sign}${newWhole}${newFraction ? `.${newFraction}` : ''}%`;
}

interface SheetRow {
  number: number;
  cells: string[];
  /** Columns holding a whole number past 2^53: Excel has already dropped its last digits. */
  lossy: number[];
}

function rowCells(row: ExcelJS.Row): SheetRow {
  const cells: string[] = [];
  const lossy: number[] = [];
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    cells[column - 1] = cellText(cell.value, cell.numFmt);
    if (typeof cell.value === 'number' && !Number.isSafeInteger(cell.value) && Number.isInteger(cell.value)) {
      lossy.push(column - 1);
    }
  });
  return { number: row.number, cells: Array.from(cells, (cell) => cell ?? ''), lossy };
}

export async function openXlsx(input: Readable, options: XlsxOptions = {}): Promise<TableSource> {
  const limits = options.limits ?? ORDER_XLSX_LIMITS;
  if (options.path) {
    try {
      await checkDeclaredSizes(options.path, limits);
    } catch (error) {
      input.destroy();
      throw error;
    }
  }
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore',
  });
  guard(reader, limits);
  const rows = sheetRows(reader, input);
  const header = await rows.next();
  if (header.done) throw new ImportFileError('the workbook is empty: no header row', '工作簿是空的：没有表头行');
  const headers = cleanHeaders(header.value.cells);
  return { headers, rows: dataRows(rows, headers, header.value.number, options.maxRows ?? MAX_XLSX_ROWS) };
}

/** exceljs's internals, reached to bound them: its shared strings table and each worksheet's XML stream. */
interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Iterable<unknown>;
}

function guard(reader: ExcelJS.stream.xlsx.WorkbookReader, limits: XlsxLimits): void {
  capSharedStrings(reader, 'sharedStrings', limits.maxSharedStrings);
  const internals = reader as unknown as ReaderInternals;
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(guardedSheet(iterator, limits), sheetNo);
}

async function* sheetRows(reader: ExcelJS.stream.xlsx.WorkbookReader, input: Readable): AsyncGenerator<SheetRow> {
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) yield rowCells(row);
      return; // the first sheet only
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const reason = capped(error instanceof Error ? error.message : String(error));
    throw new ImportFileError(`unreadable .xlsx: ${reason}`, `无法读取 .xlsx：${reason}`);
  } finally {
    input.destroy();
  }
}

async function* dataRows(
  rows: AsyncGenerator<SheetRow>, headers: string[], headerRow: number, maxRows: number,
): AsyncGenerator<SourceRow> {
  const toRecord = recordBuilder(headers);
  let count = 0;
  for await (const { number, cells, lossy } of rows) {
    if (++count > maxRows) throw new ImportLimitError(`refused: more than ${maxRows} rows in the sheet`, `已拒绝：工作表超过 ${maxRows} 行`, maxRows);
    const row = number - headerRow;
    if (lossy.length > 0) {
      const columns = lossy.map((i) => headers[i] ?? `column ${i + 1}`).join(', ');
      yield {
        row,
        error: `${columns}: a number cell too long for Excel to keep every digit; export ids as text`,
        errorZh: `${columns}：数字单元格过长，Excel 无法保留全部位数；请以文本格式导出编号`,
      };
    } else if (!isBlankRow(cells)) {
      const oversized = oversizedCell(cells, headers);
      yield oversized ? { row, ...oversized } : { row, record: toRecord(cells), tabular: { headers, cells } };
    }
  }
}

