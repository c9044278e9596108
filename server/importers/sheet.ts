// A staff spreadsheet (the hosts' or the costs' bulk import): its columns named in Chinese and English, so
// either team can read the header; reading an uploaded .xlsx or .csv into header-keyed rows; and writing a
// workbook of text cells. What the columns are is the caller's (a SheetSpec).
import { statSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { safeCellText } from '../domain/spreadsheet-cell';
import { quoted } from '../domain/echo';
import type { z } from 'zod';
import { inLocale, schemaMessageIn, text, type Locale } from '../domain/text';
import { AppError } from '../errors';
import { readSheetTable, type SheetTable } from './sheet-table';
import type { SheetTableRow } from './sheet-worker';
import { ImportFileError, ImportLimitError } from './types';

export interface SheetSpec<K extends string> {
  /** [key, Chinese name] of every column, in template order. */
  columns: readonly (readonly [K, string])[];
  required: readonly K[];
  /** Columns holding a comma-separated list (the header says so). */
  lists?: readonly K[];
  /** [English, Chinese] names of columns an export of the list adds (an id, a timestamp): read past, not refused. */
  ignored?: readonly (readonly [string, string])[];
  maxRows: number;
}

/** A header cell as written: "艺名 stageName"; the Chinese or the English name alone is read too (spaces and case aside: "Stage name"), and a (hint) is ignored. */
export function headerOf<K extends string>(spec: SheetSpec<K>, [key, zh]: readonly [K, string]): string {
  return `${zh} ${key}${spec.lists?.includes(key) ? ' (comma separated)' : ''}`;
}

const squash = (s: string): string => s.replace(/[(（][^)）]*[)）]/g, '').replace(/\s/g, '').toLowerCase();

/** Which column each header names; unknown or missing required columns refuse the whole file. */
function mapHeaders<K extends string>(spec: SheetSpec<K>, headers: string[]): Map<string, K> {
  const index = new Map<string, K>(spec.columns.flatMap(([key, zh]) => [[squash(key), key], [squash(zh), key], [squash(zh + key), key]] as [string, K][]));
  const ignored = new Set((spec.ignored ?? []).flatMap(([en, zh]) => [squash(en), squash(zh), squash(zh + en)]));
  const found = new Map<string, K>();
  const unknown: string[] = [];
  for (const header of headers) {
    if (header === '' || ignored.has(squash(header))) continue;
    const key = index.get(squash(header));
    if (key) found.set(header, key);
    else unknown.push(header);
  }
  const seen = new Set(found.values());
  const missing = spec.required.filter((key) => !seen.has(key));
  if (unknown.length > 0 || missing.length > 0) {
    const missingList = missing.map((k) => headerOf(spec, spec.columns.find(([c]) => c === k)!)).join(', ');
    const unknownList = quoted(unknown.join(', '));
    const parts = [missing.length ? `missing column(s) ${missingList}` : '', unknown.length ? `unknown column(s) ${unknownList}` : ''].filter(Boolean);
    const zhParts = [missing.length ? `缺少列 ${missingList}` : '', unknown.length ? `无法识别的列 ${unknownList}` : ''].filter(Boolean);
    throw new AppError('invalid_request', text(`Wrong headers: ${parts.join('; ')}. Start from the import template.`, `表头有误：${zhParts.join('；')}。请从导入模板开始填写。`),
      [{ path: ['file'], message: text('Wrong headers', '表头有误') }]);
  }
  return found;
}

export type SheetRecord<K extends string> = Partial<Record<K, string>>;
export type SheetRow<K extends string> = { row: number; record: SheetRecord<K> } | { row: number; error: string };

// A date typed into Excel arrives as a Date cell, read back as "YYYY-MM-DD 00:00:00": keep the date.
const cellValue = (raw: unknown): string => (typeof raw === 'string' ? raw.trim().replace(/^(\d{4}-\d{2}-\d{2}) 00:00:00$/, '$1') : '');

function keyedRows<K extends string>(spec: SheetSpec<K>, rows: readonly SheetTableRow[], columns: Map<string, K>): SheetRow<K>[] {
  if (rows.length > spec.maxRows) throw new ImportLimitError(`more than ${spec.maxRows} rows: split the file`, `超过 ${spec.maxRows} 行：请拆分文件`);
  const keyed: SheetRow<K>[] = [];
  for (const source of rows) {
    if ('error' in source) { keyed.push(source); continue; }
    const record: SheetRecord<K> = {};
    for (const [header, key] of columns) {
      const value = cellValue(source.record[header]);
      if (value !== '') record[key] = value;
    }
    if (Object.keys(record).length > 0) keyed.push({ row: source.row, record });
  }
  return keyed;
}

/** An unreadable file is a 400; one past a limit (a bomb, or just too big) is a 422 that names the limit. */
const fileError = (error: unknown): unknown => {
  if (!(error instanceof ImportFileError)) return error;
  const { en, zh } = error.text;
  return new AppError(error instanceof ImportLimitError ? 'unprocessable' : 'invalid_request',
    text(`The file cannot be read: ${en}`, `无法读取文件：${zh}`), [{ path: ['file'], message: text(en, zh) }]);
};

/**
 * Every non-blank data row of the upload (.xlsx: the first sheet; .csv: UTF-8 with or without BOM, or GB18030),
 * read in a worker thread: the file is untrusted, and the server's main thread parses none of it.
 */
export async function readSheet<K extends string>(filePath: string, spec: SheetSpec<K>): Promise<SheetRow<K>[]> {
  let table: SheetTable | null = null;
  try {
    // An empty upload needs no worker to say so.
    if (statSync(filePath).size > 0) table = await readSheetTable(filePath, spec.maxRows + 1);
  } catch (error) {
    throw fileError(error);
  }
  if (!table) throw new AppError('invalid_request', text('The file is empty', '文件是空的'), [{ path: ['file'], message: text('Empty file', '空文件') }]);
  try {
    const rows = keyedRows(spec, table.rows, mapHeaders(spec, table.headers));
    if (rows.length === 0) throw new AppError('invalid_request', text('The file has a header but no data rows', '文件只有表头，没有数据行'), [{ path: ['file'], message: text('No rows', '没有数据行') }]);
    return rows;
  } catch (error) {
    throw fileError(error);
  }
}

/** A one-sheet workbook whose cells are all text (dates, ID numbers and amounts keep every character), none read as a formula. */
export async function workbookOf(sheetName: string, headers: string[], rows: (string | number | null)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  sheet.columns = headers.map((header) => ({ header, width: Math.max(12, header.length * 2), style: { numFmt: '@' } }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (v === null ? '' : safeCellText(String(v)))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A refused row of a bulk import: its row number, the column it is about, and why, in the request's language. */
export interface RowError { row: number; field?: string; message: string }

/** A row's schema refusals, one per issue; `rename` names a field by its column (agentId -> agentEmail). */
export function zodRowErrors(row: number, error: z.ZodError, locale: Locale, rename: Record<string, string> = {}): RowError[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    return { row, ...(field ? { field: rename[field] ?? field } : {}), message: schemaMessageIn(issue, locale) };
  });
}

/** A service's refusal of a row, one per detail. */
export function appErrorRowErrors(row: number, error: AppError, locale: Locale): RowError[] {
  const details = error.details.length > 0 ? error.details : [{ message: error.text }];
  return details.map((d) => ({
    row,
    ...(d.path?.[0] !== undefined ? { field: String(d.path[0]) } : {}),
    message: inLocale(error.code === 'duplicate' ? error.text : d.message, locale),
  }));
}
