// The import's parse worker (a worker thread): detects the upload's format when none was named,
// reads the upload, normalizes each row and prepares it for storage (raw JSON, digest), and posts the
// rows in batches to the main thread, which writes them. Both run at once, on two cores. It stays at
// most AHEAD batches in front of the writer, so a slow writer holds a few hundred rows in memory, not
// the file. Nothing of the upload is parsed in the main thread: this thread's heap is capped.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { detectFormat, FORMATS, readOrders } from '../../importers';
import { prepareOrder } from '../../importers/prepared-order';
import { toWorkerFailure } from '../../importers/worker-thread';
import type { FormatId } from '../../shared/api/imports';
import { toWire, type ParseJob, type WireRow, type WorkerMessage } from './parse-protocol';

const AHEAD = 2;
const port = parentPort!;
const job = workerData as ParseJob;
let credits = AHEAD;
let wake: (() => void) | null = null;
port.on('message', () => {
  credits += 1;
  wake?.();
});

const post = (message: WorkerMessage) => port.postMessage(message);

async function send(rows: WireRow[], bytesRead: number): Promise<void> {
  while (credits === 0) await new Promise<void>((resolve) => { wake = resolve; });
  wake = null;
  credits -= 1;
  post({ kind: 'batch', rows, bytesRead });
}

/** API dumps are read once without writing, so a truncated file is refused whole (nothing half-written). */
async function checkWholeFile(format: FormatId): Promise<void> {
  if (FORMATS[format].kind !== 'json') return;
  // Only the structure is checked here: duplicate keys are found on the real pass.
  const rowKeys = { claim: () => undefined };
  for await (const _row of readOrders({ path: job.path, format, fileName: job.fileName, rowKeys })) { /* reading is the check */ }
}

async function run(): Promise<void> {
  const format = job.format ?? await detectFormat({ path: job.path, fileName: job.fileName });
  post({ kind: 'format', format });
  await checkWholeFile(format);
  let bytesRead = 0;
  const stream = fs.createReadStream(job.path).on('data', (chunk) => { bytesRead += chunk.length; });
  let rows: WireRow[] = [];
  for await (const row of readOrders({ stream, path: job.path, format, fileName: job.fileName })) {
    rows.push(toWire('error' in row ? row : { row: row.row, order: prepareOrder(row.order, row.tabular) }));
    if (rows.length >= job.batchSize) {
      await send(rows, bytesRead);
      rows = [];
    }
  }
  if (rows.length) await send(rows, bytesRead);
  post({ kind: 'done', bytesRead });
}

// The main thread ends the worker once it has the last message.
run().catch((error: unknown) => post({ kind: 'failed', ...toWorkerFailure(error) }));
