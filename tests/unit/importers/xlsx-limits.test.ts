import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportLimitError, readOrders, type RowResult } from '../../../server/importers/index.ts';
import { openXlsx } from '../../../server/importers/read-xlsx.ts';
import { MAX_CELL_CHARS } from '../../../server/importers/tabular.ts';
import { ORDER_XLSX_LIMITS, SHEET_XLSX_LIMITS, type XlsxLimits } from '../../../server/importers/xlsx-limits.ts';
import { deepJson, distinctSharedStrings, hugeStringJson, repeated, sharedStringsOf, sheetRow, tableWorkbook, workbook, zip } from '../../helpers/hostile-files.ts';

// Each limit of xlsx-limits.ts proven by the same file on both sides of it: refused, naming the limit, when the
// limit is one short; read whole when it is not. So it is the limit that stops a bomb, not luck or memory.
const scratch = mkdtempSync(join(tmpdir(), 'mcn-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let files = 0;
function saved(bytes: Buffer): string {
  const path = join(scratch, `f${(files += 1)}.xlsx`);
  writeFileSync(path, bytes);
  return path;
}

async function rowsOf(bytes: Buffer, limits: Partial<XlsxLimits>): Promise<number> {
  const path = saved(bytes);
  const table = await openXlsx(createReadStream(path), { path, limits: { ...ORDER_XLSX_LIMITS, ...limits } });
  let rows = 0;
  for await (const _row of table.rows) rows += 1;
  return rows;
}

const sharedRows = (n: number): string => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="s"><v>${i}</v></c></row>`).join('');

describe('workbook limits', () => {
  it('when the shared strings are one more than the limit, then the workbook is refused naming it; at the limit it is read', async () => {
    const bytes = workbook({ sharedStrings: distinctSharedStrings(5_000), sheetData: sharedRows(5_000) });
    await expect(rowsOf(bytes, { maxSharedStrings: 4_999 })).rejects.toThrow(new ImportLimitError('refused: the workbook has more than 4999 shared strings', '已拒绝：工作簿的共享字符串超过 4999 个'));
    expect(await rowsOf(bytes, { maxSharedStrings: 5_000 })).toBe(4_999);
  });

  it('when the shared strings are rich text, then each counts one plus its runs: the bomb\'s shape reaches the limit at half the count', async () => {
    const bytes = workbook({ sharedStrings: sharedStringsOf(2_500), sheetData: sharedRows(1) });
    await expect(rowsOf(bytes, { maxSharedStrings: 4_999 })).rejects.toThrow(/^refused: the workbook has more than 4999 shared strings$/);
    expect(await rowsOf(bytes, { maxSharedStrings: 5_000 })).toBe(0);
  });

  it('when the sheet has one cell more than the limit, then it is refused naming it; at the limit it is read', async () => {
    const bytes = tableWorkbook(Array.from({ length: 100 }, (_, r) => Array.from({ length: 10 }, (_, c) => `r${r}c${c}`)));
    await expect(rowsOf(bytes, { maxCells: 999 })).rejects.toThrow(/^refused: the sheet has more than 999 cells$/);
    expect(await rowsOf(bytes, { maxCells: 1_000 })).toBe(99);
  });

  it('when a row has one cell more than the limit, empty cells included, then it is refused before exceljs builds it', async () => {
    const bytes = workbook({ sheetData: `${sheetRow(1, ['h'])}<row r="2">${Array.from({ length: 11 }, (_, i) => `<c r="${String.fromCharCode(65 + i)}2"/>`).join('')}</row>` });
    await expect(rowsOf(bytes, { maxColumns: 10 })).rejects.toThrow(/^refused: a row of the sheet has more than 10 cells$/);
    expect(await rowsOf(bytes, { maxColumns: 11 })).toBe(0);
  });

  it('when a part declares more XML than the limit (the 950 MB shared strings of the issue), then it is refused from the zip directory alone', async () => {
    // The directory declares 950 MB; the data is a few bytes: refusing it proves nothing was inflated to decide.
    const bytes = workbook({ sharedStrings: sharedStringsOf(3), sheetData: sharedRows(1), declare: { sharedStrings: 950 * 1024 * 1024 } });
    await expect(rowsOf(bytes, {})).rejects.toThrow(/^refused: the workbook part "xl\/sharedStrings.xml" declares more than 128 MB of XML$/);
    await expect(rowsOf(bytes, { maxPartBytes: 1024 ** 3 })).resolves.toBe(0);
  });

  it('when the whole zip declares more than the limit, then it is refused as a zip bomb', async () => {
    const bytes = workbook({ sheetData: sharedRows(1), declare: { sheet: 700 * 1024 * 1024 }, sharedStrings: sharedStringsOf(1) });
    await expect(rowsOf(bytes, { maxUncompressedBytes: 600 * 1024 * 1024 })).rejects.toThrow(/declares more than 600 MB uncompressed \(a zip bomb\?\)/);
  });

  it('when the directory understates a sheet, then inflating past the sheet limit stops it', async () => {
    const bytes = workbook({ sheetData: repeated(sheetRow(1, ['a']), 20_000), declare: { sheet: 1_000 } });
    await expect(rowsOf(bytes, { maxSheetBytes: 100_000 })).rejects.toThrow(/first sheet's XML is larger than 100000 bytes/);
  });

  it('when a staff sheet is read, then its limits are the tighter ones', () => {
    for (const key of Object.keys(ORDER_XLSX_LIMITS) as (keyof XlsxLimits)[]) expect(SHEET_XLSX_LIMITS[key]).toBeLessThanOrEqual(ORDER_XLSX_LIMITS[key]);
  });

  it('when the zip is cut short, then it is refused as truncated, not read', async () => {
    const bytes = tableWorkbook([['a'], ['1']]);
    await expect(rowsOf(bytes.subarray(0, bytes.length - 30), {})).rejects.toThrow(/zip directory is missing or cut short/);
  });

  it('when the zip holds no workbook, then it is refused as empty', async () => {
    await expect(rowsOf(zip([{ name: 'hello.txt', data: Buffer.from('hello') }]), {})).rejects.toThrow(/workbook is empty/);
  });
});

async function collect(bytes: Buffer, format?: 'douyin-api' | 'douyin-export'): Promise<RowResult[]> {
  const rows: RowResult[] = [];
  for await (const row of readOrders({ stream: Readable.from([bytes]), format })) rows.push(row);
  return rows;
}

describe('JSON and cell limits', () => {
  it('when JSON nests deeper than 64 levels, then it is refused naming the depth; 60 levels are walked', async () => {
    await expect(collect(deepJson(100_000), 'douyin-api')).rejects.toThrow(/^refused: the JSON nests more than 64 levels deep$/);
    expect(await collect(deepJson(60), 'douyin-api')).toEqual([expect.objectContaining({ error: '[0]: neither an order nor a response with data.orders' })]);
  });

  it('when a JSON string is longer than a table cell may be, then the file is refused naming the length', async () => {
    await expect(collect(hugeStringJson(MAX_CELL_CHARS + 1), 'douyin-api')).rejects.toThrow(`refused: a JSON string longer than ${MAX_CELL_CHARS} characters`);
    await expect(collect(hugeStringJson(MAX_CELL_CHARS), 'douyin-api')).resolves.toHaveLength(1);
  });

  it('when a CSV cell is longer than any export holds, then that row is refused naming the column, and the others read', async () => {
    const header = '订单id,商品名称\r\n';
    const rows = await (async () => {
      const out: RowResult[] = [];
      const { openCsv } = await import('../../../server/importers/read-csv.ts');
      const table = await openCsv(Readable.from([Buffer.from(`${header}1,${'长'.repeat(MAX_CELL_CHARS + 1)}\r\n2,短\r\n`)]));
      for await (const row of table.rows) out.push(row as RowResult);
      return out;
    })();
    expect(rows.map((r) => ('error' in r ? r.error : 'read'))).toEqual([`"商品名称": a cell longer than ${MAX_CELL_CHARS} characters, far more than any export holds`, 'read']);
  });
});
