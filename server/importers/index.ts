// The importers' entry point: any supported upload in, one RowResult per order row out,
// streaming. A bad row is that row's error; a file that cannot be read at all is an
// ImportFileError (thrown before or after the rows read so far).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { capped, quoted } from '../domain/echo.ts';
import { checkNamedFormat, detectJsonFormat, detectKind, detectTableFormat, type SourceKind } from './detect.ts';
import { FORMATS } from './formats.ts';
import { openCsv } from './read-csv.ts';
import { readJson } from './read-json.ts';
import { openXlsx } from './read-xlsx.ts';
import type { XlsxLimits } from './xlsx-limits.ts';
import { compactRowKeys, type RowKeyRegistry } from './row-keys.ts';
import { asPlainUtf8, peek } from './source.ts';
import type { SourceRow } from './tabular.ts';
import type { FormatId } from '../shared/api/imports.ts';
import { ImportFileError, type RowResult } from './types.ts';

export * from './types.ts';
export { FORMATS, isFormatId, supportedFormatsText } from './formats.ts';
export { compactRowKeys, type RowKeyRegistry } from './row-keys.ts';
export { isZip } from './source.ts';
export { recordBuilder } from './tabular.ts';

export interface ReadOrdersInput {
  /** The upload as a stream, or `path` for a file on disk (which also lets XLSX be size-checked). */
  stream?: Readable;
  path?: string;
  /** Skips detection; the file must still fit the format. */
  format?: FormatId;
  /** Only for messages: the name the user uploaded. */
  fileName?: string;
  maxXlsxRows?: number;
  /** Default: ORDER_XLSX_LIMITS. */
  xlsxLimits?: XlsxLimits;
  /** Where the row keys seen so far are kept (default: a new compactRowKeys(), off the JS heap). */
  rowKeys?: RowKeyRegistry;
}

interface OpenedSource {
  format: FormatId;
  kind: SourceKind;
  rows: AsyncGenerator<SourceRow>;
  stream: Readable;
}

function inputStream(input: ReadOrdersInput): Readable {
  if (input.stream) return input.stream;
  if (input.path) return createReadStream(input.path);
  throw new ImportFileError('nothing to read: give a stream or a path', '没有可读取的内容：请提供数据流或文件路径');
}

async function openSource(input: ReadOrdersInput): Promise<OpenedSource> {
  const peeked = await peek(inputStream(input));
  const { head, complete, stream } = peeked;
  try {
    const kind = detectKind(head, complete);
    if (kind === 'json') {
      const format = input.format ?? detectJsonFormat(head, complete);
      const spec = FORMATS[format];
      checkNamedFormat(spec, kind);
      if (spec.kind !== 'json') throw new ImportFileError(`${format} is not an API format`, `${format} 不是 API 格式`);
      return { format, kind, rows: readJson(asPlainUtf8(peeked), spec.json), stream };
    }
    // A named API format refuses a workbook before anything of it is read.
    if (input.format) checkNamedFormat(FORMATS[input.format], kind);
    const table = kind === 'xlsx'
      ? await openXlsx(stream, { path: input.path, maxRows: input.maxXlsxRows, limits: input.xlsxLimits })
      : await openCsv(stream);
    const format = input.format ?? detectTableFormat(table.headers);
    checkNamedFormat(FORMATS[format], kind, table.headers);
    return { format, kind, rows: table.rows, stream };
  } catch (error) {
    stream.destroy();
    throw named(error, input.fileName);
  }
}

function named(error: unknown, fileName?: string): unknown {
  if (error instanceof ImportFileError && fileName && !error.message.startsWith(capped(fileName))) {
    return new ImportFileError(`${capped(fileName)}: ${error.text.en}`, `${capped(fileName)}：${error.text.zh}`, error.rowsRead);
  }
  return error;
}

/**
 * Refuses a named format that cannot read the file's kind (an API format given a workbook, an export
 * given JSON), from the file's first bytes alone: nothing of it is parsed, so this may run anywhere.
 */
export function checkNamedKind(format: FormatId, head: Buffer, complete: boolean, fileName?: string): void {
  try {
    checkNamedFormat(FORMATS[format], detectKind(head, complete));
  } catch (error) {
    throw named(error, fileName);
  }
}

/** The format of an upload, detected from its content (the stream is consumed). */
export async function detectFormat(input: ReadOrdersInput): Promise<FormatId> {
  const { format, stream } = await openSource({ ...input, format: undefined });
  stream.destroy();
  return format;
}

/**
 * Every order row of the upload, normalized or refused with its row number and reason. In an
 * export table a row key seen earlier refuses the later row: an export never repeats a key, so
 * a repeat is a corrupt or concatenated file, not an update. Saved API pages do repeat keys: an
 * incremental sync by update time (platform-formats.md 1.1) returns an order again at its newer
 * state, so there the later row stands and updates the order like a newer export would.
 */
export async function* readOrders(input: ReadOrdersInput): AsyncGenerator<RowResult> {
  const { format, rows } = await openSource(input);
  try {
    yield* normalize(rows, format, input.rowKeys ?? compactRowKeys());
  } catch (error) {
    throw named(error, input.fileName);
  }
}

async function* normalize(rows: AsyncGenerator<SourceRow>, format: FormatId, rowKeys: RowKeyRegistry): AsyncGenerator<RowResult> {
  const parse = FORMATS[format].parse;
  const repeatsAreUpdates = FORMATS[format].kind === 'json';
  for await (const item of rows) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const parsed = parse(item.record);
    if ('error' in parsed) {
      yield { row: item.row, error: parsed.error, errorZh: parsed.errorZh };
      continue;
    }
    const first = repeatsAreUpdates ? undefined : rowKeys.claim(parsed.order.rowKey, item.row);
    if (first !== undefined) {
      const key = parsed.order.rowKey;
      yield { row: item.row, error: `duplicate row key ${quoted(key)}: already on row ${first}`, errorZh: `行键 ${quoted(key)} 重复：已出现在第 ${first} 行` };
      continue;
    }
    yield 'tabular' in item ? { row: item.row, order: parsed.order, tabular: item.tabular } : { row: item.row, order: parsed.order };
  }
}
