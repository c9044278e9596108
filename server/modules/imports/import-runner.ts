import fs from 'node:fs';
import { setImmediate as yieldToRequests } from 'node:timers/promises';
import { writeTransaction } from '../../db/write';
import { text } from '../../domain/text';
import { detectFormat, FORMATS, ImportFileError, readOrders } from '../../importers';
import type { FormatId } from '../../shared/api/imports';
import type { AppDeps } from '../../deps';
import { orderWriter, type UpsertOutcome } from '../ledger/ledger.service';
import { unfinishedImports, updateImportRow } from './imports.repo';
import { parsedBatches } from './parsed-batches';

// Small enough that a batch holds the event loop for milliseconds, not seconds (the API stays responsive).
// Larger batches gained nothing measurable in the benchmark: 250 tripled the list's p50 during an import
// (18 -> 57 ms); 500, with parsing in the worker, doubled its p99 (45 -> 86 ms) and raised peak RSS.
const BATCH = 100;
const MAX_ERRORS = 100;
/** Progress (rows, bytes) is written at most this often, and once at the end. */
const PROGRESS_EVERY_MS = 250;

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

/** API dumps are read once without writing, so a truncated file is refused whole (nothing half-written). */
async function checkWholeFile(job: Job, format: FormatId): Promise<void> {
  if (FORMATS[format].kind !== 'json') return;
  // Only the structure is checked here: duplicate keys are found on the real pass.
  const rowKeys = { claim: () => undefined };
  for await (const _row of readOrders({ path: job.filePath, format, fileName: job.fileName, rowKeys })) { /* reading is the check */ }
}

async function runImport(deps: AppDeps, job: Job): Promise<void> {
  const counts: Record<UpsertOutcome | 'rejected' | 'rowsRead', number> = { inserted: 0, updated: 0, unchanged: 0, rejected: 0, rowsRead: 0 };
  const errors: { row: number; message: string; messageZh: string }[] = [];
  let bytesRead = 0;
  updateImportRow(deps.db, job.id, { status: 'running', startedAt: deps.clock.now() });
  try {
    const format = job.format ?? await detectFormat({ path: job.filePath, fileName: job.fileName });
    updateImportRow(deps.db, job.id, { format });
    await checkWholeFile(job, format);
    const writer = orderWriter(deps, job.id);
    let progressAt = 0;
    for await (const batch of parsedBatches({ path: job.filePath, format, fileName: job.fileName, batchSize: BATCH })) {
      bytesRead = batch.bytesRead;
      if (batch.rows.length === 0) continue;
      writeTransaction(deps.db, (tx) => {
        const upsert = writer.batch(tx);
        for (const row of batch.rows) {
          counts.rowsRead += 1;
          if ('error' in row) {
            counts.rejected += 1;
            if (errors.length < MAX_ERRORS) errors.push({ row: row.row, message: row.error, messageZh: row.errorZh });
          } else {
            counts[upsert(row.order)] += 1;
          }
        }
        if (performance.now() - progressAt >= PROGRESS_EVERY_MS) {
          updateImportRow(tx, job.id, { ...counts, errors, bytesRead });
          progressAt = performance.now();
        }
      });
      // The API and the import share one event loop: between batches, waiting requests go first.
      await yieldToRequests();
    }
    updateImportRow(deps.db, job.id, { ...counts, errors, bytesRead, status: 'succeeded', finishedAt: deps.clock.now() });
  } catch (err) {
    const why = err instanceof ImportFileError ? err.text : unexpectedFailure;
    if (!(err instanceof ImportFileError)) deps.logger.error({ err, importId: job.id }, 'import failed');
    updateImportRow(deps.db, job.id, { ...counts, errors, status: 'failed', message: why.en, messageZh: why.zh, finishedAt: deps.clock.now() });
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
