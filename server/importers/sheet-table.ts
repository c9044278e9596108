// A staff sheet read in a worker thread (sheet-worker.ts), so that no uploaded workbook is parsed in
// the server's main thread: the header row and at most maxRows rows, or the reason it cannot be read.
import type { ResourceLimits } from 'node:worker_threads';
import type { SheetTableRow, SheetWorkerMessage } from './sheet-worker.ts';
import { fromWorkerFailure, startWorker, workerError } from './worker-thread.ts';

/** Ten thousand rows of a few dozen short cells fit in a fraction of it. */
export const SHEET_HEAP_MB = 128;
const limits: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: SHEET_HEAP_MB };
const script = { name: 'sheet-worker', source: new URL('./sheet-worker.ts', import.meta.url) };

export interface SheetTable { headers: string[]; rows: SheetTableRow[] }

/** null for an empty file. */
export function readSheetTable(path: string, maxRows: number): Promise<SheetTable | null> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(script, { path, maxRows }, limits);
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: SheetWorkerMessage) => settle(() => {
      if (message.kind === 'failed') reject(fromWorkerFailure(message));
      else resolve(message.kind === 'empty' ? null : { headers: message.headers, rows: message.rows });
    }));
    worker.on('error', (error: Error & { code?: string }) => settle(() => reject(workerError(error, limits))));
    worker.on('exit', () => settle(() => reject(new Error('The sheet worker stopped before reading the file'))));
  });
}
