// The worker thread that reads a staff sheet (the hosts' or the costs' bulk import): .xlsx within
// SHEET_XLSX_LIMITS or .csv, its header row and at most maxRows data rows, posted back whole. A
// staff sheet is small; a hostile one is refused by a limit or ends this thread, never the server.
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { openCsv } from './read-csv.ts';
import { openXlsx } from './read-xlsx.ts';
import { isZip, peek } from './source.ts';
import type { SourceRow } from './tabular.ts';
import { toWorkerFailure, type WorkerFailure } from './worker-thread.ts';
import { SHEET_XLSX_LIMITS } from './xlsx-limits.ts';

export interface SheetJob { path: string; maxRows: number }

/** The sheet's rows without their raw cells (the caller keys them by header). */
export type SheetTableRow = { row: number; record: Record<string, unknown> } | { row: number; error: string; errorZh: string };

export type SheetWorkerMessage =
  | { kind: 'empty' }
  | { kind: 'table'; headers: string[]; rows: SheetTableRow[] }
  | ({ kind: 'failed' } & WorkerFailure);

const job = workerData as SheetJob;
const post = (message: SheetWorkerMessage) => parentPort!.postMessage(message);

const plain = (row: SourceRow): SheetTableRow => ('error' in row ? { row: row.row, error: row.error, errorZh: row.errorZh } : { row: row.row, record: row.record });

async function run(): Promise<void> {
  const { head, stream } = await peek(createReadStream(job.path));
  if (head.length === 0) {
    stream.destroy();
    return post({ kind: 'empty' });
  }
  const table = isZip(head) ? await openXlsx(stream, { path: job.path, maxRows: job.maxRows, limits: SHEET_XLSX_LIMITS }) : await openCsv(stream);
  const rows: SheetTableRow[] = [];
  try {
    for await (const row of table.rows) {
      rows.push(plain(row));
      if (rows.length >= job.maxRows) break;
    }
  } finally {
    stream.destroy();
  }
  post({ kind: 'table', headers: table.headers, rows });
}

run().catch((error: unknown) => post({ kind: 'failed', ...toWorkerFailure(error) }));
