import fs from 'node:fs';
import type { ResourceLimits } from 'node:worker_threads';
import { isZip } from '../../importers';
import { fromWorkerFailure, startWorker, workerError } from '../../importers/worker-thread';
import type { FormatId } from '../../shared/api/imports';
import { fromWire, type ParseJob, type PreparedRow, type WorkerMessage } from './parse-protocol';

/** A workbook's worker, unless the job says otherwise: shared strings (at most 1 million) fit well within it. */
export const XLSX_HEAP_MB = 256;

/**
 * Reading CSV or JSON holds a few batches at a time and its rows die young, so a small old
 * generation serves it; left to V8's defaults the thread's heap added ~100 MB to the import's peak
 * RSS. The young generation must still hold the batch being built: at 4 MB, most rows outlived two
 * scavenges and were promoted (413 MB per 100,000 rows, a quarter of the thread's time in GC); at
 * 16 MB, 13 MB. An .xlsx keeps its shared strings table in memory: its old generation is larger,
 * and still capped, so a workbook that outgrows it fails its import, not the server.
 */
function heapLimits(job: ParseJob): ResourceLimits {
  const head = Buffer.alloc(4);
  const fd = fs.openSync(job.path, 'r');
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  return isZip(head)
    ? { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: job.xlsxHeapMb ?? XLSX_HEAP_MB }
    : { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 };
}

const script = { name: 'parse-worker', source: new URL('./parse-worker.ts', import.meta.url) };

export interface ParsedBatch { rows: PreparedRow[]; bytesRead: number; format?: FormatId }

/**
 * The upload's rows, normalized and prepared in a worker thread while the caller writes the previous
 * batch. The first batch is empty and names the format (detected in the worker when the job names
 * none); the last is empty, with the file's size read. An unreadable file is an ImportFileError, as
 * when reading in-thread, and so is a worker that runs out of its heap; the worker is ended however
 * the caller stops.
 */
export async function* parsedBatches(job: ParseJob): AsyncGenerator<ParsedBatch> {
  const limits = heapLimits(job);
  const worker = startWorker(script, job, limits);
  const inbox: WorkerMessage[] = [];
  let failure: Error | null = null;
  let exited = false;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: WorkerMessage) => { inbox.push(message); notify(); });
  worker.on('error', (error: Error & { code?: string }) => {
    failure = workerError(error, limits);
    notify();
  });
  worker.on('exit', () => { exited = true; notify(); });
  try {
    for (;;) {
      const message = inbox.shift();
      if (!message) {
        if (failure) throw failure;
        if (exited) throw new Error('The parse worker stopped before the end of the file');
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      if (message.kind === 'format') {
        yield { rows: [], bytesRead: 0, format: message.format };
        continue;
      }
      if (message.kind === 'done') {
        yield { rows: [], bytesRead: message.bytesRead };
        return;
      }
      if (message.kind === 'failed') throw fromWorkerFailure(message);
      yield { rows: message.rows.map(fromWire), bytesRead: message.bytesRead };
      worker.postMessage(null);
    }
  } finally {
    await worker.terminate();
  }
}
