// Streaming CSV/TSV reader for platform exports: the encoding is sniffed (UTF-8 with or without
// BOM, UTF-16 by BOM, else GB18030), the delimiter read off the header line (Excel's "Unicode
// text" is tab-separated), and csv-parse streams the rest, one record at a time.
import { Readable, pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { capped } from '../domain/echo.ts';
import { decodeChunks, peek, sniffEncoding, type TextEncoding } from './source.ts';
import { cleanHeaders, isBlankRow, oversizedCell, recordBuilder, type SourceRow, type TableSource } from './tabular.ts';
import { ImportFileError } from './types.ts';

/** Tab when the header line has more tabs than commas: Chinese headers have neither. */
export function sniffDelimiter(firstLine: string): ',' | '\t' {
  const count = (ch: string): number => firstLine.split(ch).length - 1;
  return count('\t') > count(',') ? '\t' : ',';
}

function firstLineOf(head: Buffer, encoding: TextEncoding): string {
  return iconv.decode(head, encoding).split(/\r?\n/, 1)[0] ?? '';
}

export interface CsvSource extends TableSource {
  encoding: TextEncoding;
  delimiter: ',' | '\t';
}

export async function openCsv(input: Readable): Promise<CsvSource> {
  const { head, complete, stream } = await peek(input);
  const encoding = sniffEncoding(head, complete);
  const delimiter = sniffDelimiter(firstLineOf(head, encoding));
  const parser = parse({
    bom: true,
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  });
  const skipped: Skipped[] = [];
  parser.on('skip', (error: CsvError) => skipped.push({ after: Number(error.records), message: error.message }));
  // csv-parse reads UTF-8 bytes itself (bom: true drops a BOM): decoding them to text first would
  // have it encode that text back into bytes. Other encodings are decoded to text for it.
  const source = encoding === 'utf8' ? stream : Readable.from(decodeChunks(stream, encoding));
  pipeline(source, parser, () => undefined);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const first = await nextRecord(records, 0);
  if (first.done) throw new ImportFileError('the file is empty: no header row', '文件是空的：没有表头行');
  const headers = cleanHeaders(first.value);
  return { headers, encoding, delimiter, rows: rowsOf(records, headers, skipped) };
}

async function nextRecord(records: AsyncIterator<string[]>, row: number): Promise<IteratorResult<string[]>> {
  try {
    return await records.next();
  } catch (error) {
    const reason = capped(error instanceof Error ? error.message : String(error));
    throw new ImportFileError(`unreadable CSV after ${row} rows: ${reason}`, `读到第 ${row} 行后无法继续读取 CSV：${reason}`, row);
  }
}

/** A record csv-parse could not read, and how many records (the header included) it read before it. */
interface Skipped { after: number; message: string }

async function* rowsOf(records: AsyncIterator<string[]>, headers: readonly string[], skipped: Skipped[]): AsyncGenerator<SourceRow> {
  const toRecord = recordBuilder(headers);
  let row = 0;
  let read = 1; // the header
  try {
    for (;;) {
      const next = await nextRecord(records, row);
      // A record csv-parse could not read (a broken quote) is that row's error, not the file's. The
      // parser runs ahead of this loop, so each refusal waits for the records read before it.
      while (skipped.length > 0 && (next.done || skipped[0]!.after <= read)) {
        const reason = capped(skipped.shift()!.message);
        yield { row: ++row, error: `unreadable CSV row: ${reason}`, errorZh: `无法读取的 CSV 行：${reason}` };
      }
      if (next.done) return;
      read += 1;
      row += 1;
      if (isBlankRow(next.value)) continue;
      const oversized = oversizedCell(next.value, headers);
      yield oversized ? { row, ...oversized } : { row, record: toRecord(next.value), tabular: { headers, cells: next.value } };
    }
  } finally {
    await records.return?.();
  }
}
