import fs from 'node:fs';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { writeTransaction } from '../../db/write';
import { text } from '../../domain/text';
import { checkNamedKind, ImportFileError } from '../../importers';
import type { FormatId } from '../../shared/api/imports';
import type { AppDeps } from '../../deps';
import { attributionOfImport, orderWriter, type UpsertOutcome } from '../ledger/ledger.service';
import { unfinishedImports, updateImportRow } from './imports.repo';
import { parsedBatches } from './parsed-batches';

// Small enough that a batch holds the event loop for milliseconds, not seconds (the API stays responsive).
// Larger batches gained nothing measurable in the benchmark: 250 tripled the list's p50 during an import
// (18 -> 57 ms); 500, with parsing in the worker, doubled its p99 (45 -> 86 ms) and raised peak RSS.
const BATCH = 100;
const MAX_ERRORS = 100;

const unexpectedFailure = text('The import failed unexpectedly; nothing more was written', '导入意外失败；之后的内容均未写入');
const interrupted = text(
  'Interrupted: the server stopped during the import. Import the file again; rows already imported are recognised.',
  '已中断：导入过程中服务器停止了。请重新导入该文件；已导入的行会被识别，不会重复。',
);

interface Job { id: number; filePath: string; format?: FormatId; fileName: string }

let queue: Promise<void> = Promise.resolve();

/** Runs imports one after another in the background; the request that queued it has already answered 202. */
export function enqueueImport(deps: AppDeps, job: Job): Promise<void> {
  queue = queue.then(() => runImport(deps, job)).catch((err: unknown) => deps.logger.error({ err, importId: job.id }, 'import crashed'));
  return queue;
}

/** The file's first 4 KiB and whether that is all of it: enough to tell a workbook, JSON and a table apart. */
function firstBytes(file: string): [Buffer, boolean] {
  const head = Buffer.alloc(4096);
  const fd = fs.openSync(file, 'r');
  try {
    const read = fs.readSync(fd, head, 0, head.length, 0);
    return [head.subarray(0, read), read < head.length];
  } finally {
    fs.closeSync(fd);
  }
}

type Counts = Record<UpsertOutcome | 'rejected' | 'rowsRead', number>;
type RowError = { row: number; message: string; messageZh: string };

async function runImport(deps: AppDeps, job: Job): Promise<void> {
  let counts: Counts = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, rowsRead: 0 };
  let errors: RowError[] = [];
  let bytesRead = 0;
  updateImportRow(deps.db, job.id, { status: 'running', startedAt: deps.clock.now() });
  try {
    if (job.format) checkNamedKind(job.format, ...firstBytes(job.filePath), job.fileName);
    const writer = orderWriter(deps, job.id);
    // The file is detected, checked and parsed in the worker; this thread only writes what it sends.
    const parsing = parsedBatches({ path: job.filePath, format: job.format, fileName: job.fileName, batchSize: BATCH, xlsxHeapMb: deps.env.IMPORT_XLSX_HEAP_MB });
    for await (const batch of parsing) {
      bytesRead = batch.bytesRead || bytesRead;
      if (batch.format) updateImportRow(deps.db, job.id, { format: batch.format });
      if (batch.rows.length === 0) continue;
      // A batch's counts commit with its rows: an import cut short (kill -9) shows what it wrote.
      [counts, errors] = writeTransaction(deps.db, (tx) => {
        const next = { ...counts };
        const nextErrors = [...errors];
        const upsert = writer.batch(tx);
        for (const row of batch.rows) {
          next.rowsRead += 1;
          if ('error' in row) {
            next.rejected += 1;
            if (nextErrors.length < MAX_ERRORS) nextErrors.push({ row: row.row, message: row.error, messageZh: row.errorZh });
          } else {
            next[upsert(row.order)] += 1;
          }
        }
        updateImportRow(tx, job.id, { ...next, bytesRead, ...(nextErrors.length > errors.length ? { errors: nextErrors } : {}) });
        return [next, nextErrors] as const;
      });
      // The API and the import share one event loop: between batches, waiting requests go first.
      await yieldToRequests();
    }
    updateImportRow(deps.db, job.id, { ...counts, ...attributionOfImport(deps, job.id), errors, bytesRead, status: 'succeeded', finishedAt: deps.clock.now() });
  } catch (err) {
    const why = err instanceof ImportFileError ? err.text : unexpectedFailure;
    if (!(err instanceof ImportFileError)) deps.logger.error({ err, importId: job.id }, 'import failed');
    updateImportRow(deps.db, job.id, { ...counts, ...attributionOfImport(deps, job.id), errors, status: 'failed', message: why.en, messageZh: why.zh, finishedAt: deps.clock.now() });
  } finally {
    fs.rmSync(job.filePath, { force: true });
  }
}

/** At start-up: an import a stopped process left running is marked failed; re-importing the file is safe. */
export function failInterruptedImports(deps: AppDeps): number {
  const stale = unfinishedImports(deps.db);
  for (const row of stale) {
    updateImportRow(deps.db, row.id, { status: 'failed', message: interrupted.en, messageZh: interrupted.zh, finishedAt: deps.clock.now() });
  }
  return stale.length;
}
