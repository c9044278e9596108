// How much of a workbook a reader will take. An .xlsx is a zip of XML: 2 MB can inflate to a
// gigabyte, and 41 million one-letter shared strings are 41 million strings in memory. Each limit is
// checked before the memory it guards is spent: declared sizes from the zip directory before
// anything is inflated, shared strings as they are added, cells as the sheet's XML streams past
// (before exceljs builds the row). Every refusal names the limit it passed.
import { ImportLimitError } from './types.ts';
import { zipEntries } from './zip-directory.ts';

export interface XlsxLimits {
  /** Declared uncompressed size of the whole zip. */
  maxUncompressedBytes: number;
  /** Declared uncompressed size of any one part but a worksheet (shared strings, styles, the workbook). */
  maxPartBytes: number;
  /** Declared (and inflated) size of one worksheet's XML. */
  maxSheetBytes: number;
  maxSharedStrings: number;
  /** Cells in the first sheet, counted in its XML, empty ones included. */
  maxCells: number;
  /** Cells in one row. */
  maxColumns: number;
}

const MB = 1024 * 1024;

/** An order export: up to the importer's 2 million rows of a few dozen columns. */
export const ORDER_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 1024 * MB,
  maxPartBytes: 128 * MB,
  maxSheetBytes: 1024 * MB,
  maxSharedStrings: 1_000_000,
  maxCells: 80_000_000,
  maxColumns: 1_000,
};

/** A staff sheet (hosts, costs): thousands of rows, a few dozen columns. */
export const SHEET_XLSX_LIMITS: XlsxLimits = {
  maxUncompressedBytes: 64 * MB,
  maxPartBytes: 32 * MB,
  maxSheetBytes: 64 * MB,
  maxSharedStrings: 200_000,
  maxCells: 1_000_000,
  maxColumns: 1_000,
};

const mb = (bytes: number): string => (bytes / MB >= 1 ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`);
const isSheet = (name: string): boolean => /^xl\/worksheets\/[^/]+\.xml$/.test(name);

/** Refuses a workbook whose zip directory declares more than the limits allow, before it is inflated. */
export async function checkDeclaredSizes(path: string, limits: XlsxLimits): Promise<void> {
  const entries = await zipEntries(path);
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (total > limits.maxUncompressedBytes) {
    throw new ImportLimitError(`refused: the .xlsx declares more than ${mb(limits.maxUncompressedBytes)} uncompressed (a zip bomb?)`,
      `已拒绝：该 .xlsx 声明解压后超过 ${mb(limits.maxUncompressedBytes)}（疑似压缩炸弹）`);
  }
  for (const { name, uncompressedSize } of entries) {
    const limit = isSheet(name) ? limits.maxSheetBytes : limits.maxPartBytes;
    if (uncompressedSize > limit) {
      const part = JSON.stringify(name.slice(0, 80));
      throw new ImportLimitError(`refused: the workbook part ${part} declares more than ${mb(limit)} of XML`,
        `已拒绝：工作簿中的 ${part} 声明的 XML 超过 ${mb(limit)}`);
    }
  }
}

export function sharedStringsLimit(limit: number): ImportLimitError {
  return new ImportLimitError(`refused: the workbook has more than ${limit} shared strings`, `已拒绝：工作簿的共享字符串超过 ${limit} 个`);
}

/**
 * Makes `holder[key]`, once exceljs sets it to its shared strings array, refuse past `limit`: the
 * strings are cached in memory, so their count is what bounds that memory. A rich-text string (an
 * object and one more per run) costs several plain ones, so it counts one plus its runs: a table of a
 * million one-letter rich-text strings (the 2.4 MB bomb's shape) would otherwise fill a worker's heap
 * before reaching the count.
 */
export function capSharedStrings(holder: object, key: string, limit: number): void {
  let table: unknown;
  let weight = 0;
  Object.defineProperty(holder, key, {
    configurable: true,
    get: () => table,
    set: (value: unknown) => {
      table = value;
      weight = 0;
      if (!Array.isArray(value)) return;
      Object.defineProperty(value, 'push', {
        value(this: unknown[], ...items: unknown[]): number {
          for (const item of items) weight += sharedStringWeight(item);
          if (weight > limit) throw sharedStringsLimit(limit);
          return Array.prototype.push.apply(this, items);
        },
      });
    },
  });
}

/** What one cached shared string counts toward the limit: 1, or 1 + its runs for rich text. */
export function sharedStringWeight(item: unknown): number {
  const runs = (item as { richText?: unknown } | null)?.richText;
  return Array.isArray(runs) ? 1 + runs.length : 1;
}

const LT = 0x3c;
const isDelimiter = (b: number | undefined): boolean => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * The worksheet's XML passed through unchanged while its cells (`<c ...>`) are counted, in all and
 * since the last `<row>`; past a limit it throws, so exceljs never holds more than one chunk beyond it.
 */
export async function* guardedSheet(source: AsyncIterable<Buffer | string>, limits: XlsxLimits): AsyncGenerator<Buffer> {
  let cells = 0;
  let inRow = 0;
  let bytes = 0;
  let carry: Buffer | null = null;
  for await (const piece of source) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    bytes += chunk.length;
    if (bytes > limits.maxSheetBytes) {
      throw new ImportLimitError(`refused: the first sheet's XML is larger than ${mb(limits.maxSheetBytes)}`, `已拒绝：第一个工作表的 XML 超过 ${mb(limits.maxSheetBytes)}`);
    }
    const buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    let end = buf.length;
    for (let at = buf.indexOf(LT); at >= 0; at = buf.indexOf(LT, at + 1)) {
      if (at + 4 >= buf.length) {
        end = at;
        break;
      }
      const next = buf[at + 1];
      if (next === 0x63 /* c */ && isDelimiter(buf[at + 2])) {
        cells += 1;
        inRow += 1;
        if (inRow > limits.maxColumns) throw new ImportLimitError(`refused: a row of the sheet has more than ${limits.maxColumns} cells`, `已拒绝：工作表中有一行超过 ${limits.maxColumns} 个单元格`);
        if (cells > limits.maxCells) throw new ImportLimitError(`refused: the sheet has more than ${limits.maxCells} cells`, `已拒绝：工作表的单元格超过 ${limits.maxCells} 个`);
      } else if (next === 0x72 /* r */ && buf[at + 2] === 0x6f && buf[at + 3] === 0x77 && isDelimiter(buf[at + 4])) {
        inRow = 0;
      }
    }
    carry = end < buf.length ? Buffer.from(buf.subarray(end)) : null;
    yield chunk;
  }
}
