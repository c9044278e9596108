// The import's parse worker (a worker thread): reads the upload, normalizes each row and prepares it
// for storage (raw JSON, digest), and posts the rows in batches to the main thread, which writes
// them. Both run at once, on two cores. It stays at most AHEAD batches in front of the writer, so a
// slow writer holds a few hundred rows in memory, not the file.
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { ImportFileError, readOrders } from '../../importers';
import { prepareOrder } from '../../importers/prepared-order';
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

async function run(): Promise<void> {
  let bytesRead = 0;
  const stream = fs.createReadStream(job.path).on('data', (chunk) => { bytesRead += chunk.length; });
  let rows: WireRow[] = [];
  for await (const row of readOrders({ stream, path: job.path, format: job.format, fileName: job.fileName })) {
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
run().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  post(error instanceof ImportFileError
    ? { kind: 'failed', fileError: true, message, messageZh: error.text.zh }
    : { kind: 'failed', fileError: false, message, messageZh: message });
});
