// The roster spreadsheet: its columns (Chinese and English, so either team can read the header),
// reading an uploaded .xlsx or .csv into header-keyed rows, and writing a workbook of text cells.
import { createReadStream } from 'node:fs';
import ExcelJS from 'exceljs';
import { openCsv } from '../../importers/read-csv';
import { openXlsx } from '../../importers/read-xlsx';
import { isZip, peek } from '../../importers/source';
import type { SourceRow } from '../../importers/tabular';
import { ImportFileError } from '../../importers/types';
import { AppError } from '../../errors';
import { text } from '../../domain/text';

export const importColumns = [
  ['stageName', '艺名'], ['legalName', '真实姓名'], ['status', '状态'], ['agentEmail', '经纪人邮箱'],
  ['tier', '等级'], ['categories', '品类'], ['joinDate', '入驻日期'], ['birthDate', '出生日期'],
  ['idNumber', '身份证号'], ['phone', '手机号'], ['bankAccount', '银行卡号'], ['bankName', '开户行'],
  ['platform', '平台'], ['identifiers', '账号ID'], ['handle', '昵称'], ['followers', '粉丝数'],
] as const;
export type ImportColumn = (typeof importColumns)[number][0];

const requiredColumns: readonly ImportColumn[] = ['stageName', 'legalName', 'status'];
export const MAX_IMPORT_ROWS = 10_000;

const listColumns: readonly string[] = ['categories', 'identifiers'];

/** A header cell as written: "艺名 stageName"; the Chinese or the English name alone is read too, and a (hint) is ignored. */
export const headerOf = ([key, zh]: readonly [string, string]): string =>
  `${zh} ${key}${listColumns.includes(key) ? ' (comma separated)' : ''}`;

const squash = (s: string): string => s.replace(/[(（][^)）]*[)）]/g, '').replace(/\s/g, '').toLowerCase();
const headerIndex = new Map<string, ImportColumn>(importColumns.flatMap(([key, zh]) => [
  [squash(key), key], [squash(zh), key], [squash(zh + key), key],
] as [string, ImportColumn][]));

/** Which column each header names; unknown or missing required columns refuse the whole file. */
function mapHeaders(headers: string[]): Map<string, ImportColumn> {
  const found = new Map<string, ImportColumn>();
  const unknown: string[] = [];
  for (const header of headers) {
    if (header === '') continue;
    const key = headerIndex.get(squash(header));
    if (key) found.set(header, key);
    else unknown.push(header);
  }
  const seen = new Set(found.values());
  const missing = requiredColumns.filter((key) => !seen.has(key));
  if (unknown.length > 0 || missing.length > 0) {
    const missingList = missing.map((k) => headerOf(importColumns.find(([c]) => c === k)!)).join(', ');
    const unknownList = unknown.join(', ');
    const parts = [
      missing.length ? `missing column(s) ${missingList}` : '',
      unknown.length ? `unknown column(s) ${unknownList}` : '',
    ].filter(Boolean);
    const zhParts = [missing.length ? `缺少列 ${missingList}` : '', unknown.length ? `无法识别的列 ${unknownList}` : ''].filter(Boolean);
    throw new AppError('invalid_request', text(`Wrong headers: ${parts.join('; ')}. Start from the import template.`, `表头有误：${zhParts.join('；')}。请从导入模板开始填写。`),
      [{ path: ['file'], message: text('Wrong headers', '表头有误') }]);
  }
  return found;
}

export type SheetRecord = Partial<Record<ImportColumn, string>>;
export type SheetRow = { row: number; record: SheetRecord } | { row: number; error: string };

// A date typed into Excel arrives as a Date cell, read back as "YYYY-MM-DD 00:00:00": keep the date.
const cellValue = (raw: unknown): string => (typeof raw === 'string' ? raw.trim().replace(/^(\d{4}-\d{2}-\d{2}) 00:00:00$/, '$1') : '');

async function* keyedRows(rows: AsyncGenerator<SourceRow>, columns: Map<string, ImportColumn>): AsyncGenerator<SheetRow> {
  let count = 0;
  for await (const source of rows) {
    if (++count > MAX_IMPORT_ROWS) throw new ImportFileError(`more than ${MAX_IMPORT_ROWS} rows: split the file`, `超过 ${MAX_IMPORT_ROWS} 行：请拆分文件`);
    if ('error' in source) { yield source; continue; }
    const record: SheetRecord = {};
    for (const [header, key] of columns) {
      const value = cellValue(source.record[header]);
      if (value !== '') record[key] = value;
    }
    if (Object.keys(record).length > 0) yield { row: source.row, record };
  }
}

const fileError = (error: unknown): unknown => (error instanceof ImportFileError
  ? new AppError('invalid_request', text(`The file cannot be read: ${error.message}`, `无法读取文件：${error.message}`), [{ path: ['file'], message: error.message }])
  : error);

/** Every non-blank data row of the upload (.xlsx: the first sheet; .csv: UTF-8 with or without BOM, or GB18030). */
export async function readSheet(filePath: string): Promise<SheetRow[]> {
  const { head, stream } = await peek(createReadStream(filePath));
  if (head.length === 0) {
    stream.destroy();
    throw new AppError('invalid_request', text('The file is empty', '文件是空的'), [{ path: ['file'], message: text('Empty file', '空文件') }]);
  }
  try {
    const table = isZip(head) ? await openXlsx(stream, { path: filePath, maxRows: MAX_IMPORT_ROWS + 1 }) : await openCsv(stream);
    const rows: SheetRow[] = [];
    for await (const row of keyedRows(table.rows, mapHeaders(table.headers))) rows.push(row);
    if (rows.length === 0) throw new AppError('invalid_request', text('The file has a header but no data rows', '文件只有表头，没有数据行'), [{ path: ['file'], message: text('No rows', '没有数据行') }]);
    return rows;
  } catch (error) {
    stream.destroy();
    throw fileError(error);
  }
}

/** A one-sheet workbook whose cells are all text (dates, ID numbers and amounts keep every character). */
export async function workbookOf(sheetName: string, headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? '' : String(v))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
