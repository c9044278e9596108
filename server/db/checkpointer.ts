import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

// In WAL mode SQLite copies the log back into the database file (a checkpoint, with an fsync) on the
// commit that finds the log past `wal_autocheckpoint` pages: one request in every hundred or so then
// waits several milliseconds for the disk. Here a worker thread with a connection of its own runs
// PASSIVE checkpoints on a timer instead, off the event loop, never blocking readers or writers.
// The app's connection keeps a much higher automatic threshold as a safety net, should the worker lag
// behind or stop. Under steady writes the worker does fall behind: SQLite restarts the log only at a
// commit that finds every frame already copied, which seldom happens while commits keep coming, so the
// log grows until the safety net fires inside a commit (with an fsync) and the next commit restarts it
// (another fsync). Under the booking benchmark's load, at 4,000 pages that was one booking in ~230; at
// 16,000 (64 MB of log at most) it is one in ~1,300 (a booking writes 12-14 pages since migration 0014).
// See docs/decisions/0005-hot-paths.md.

/** Plain CommonJS, evaluated in the worker: no TypeScript loader is needed there, under tsx or in the bundle. */
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (err) { parentPort.postMessage({ error: String(err) }); }
}, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface CheckpointerOptions {
  intervalMs?: number;
  /** The app connection's own threshold, in pages, used only if the worker falls behind. */
  safetyNetPages?: number;
  onError?: (message: string) => void;
}

export interface Checkpointer {
  stop(): Promise<void>;
}

/** Starts background checkpoints for a file database; an in-memory one has no log to checkpoint. */
export function startCheckpointer(sqlite: Database.Database, options: CheckpointerOptions = {}): Checkpointer | null {
  if (sqlite.memory) return null;
  const { intervalMs = 100, safetyNetPages = 16_000, onError = () => {} } = options;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(workerSource, { eval: true, workerData: { driver, file: sqlite.name, intervalMs } });
  sqlite.pragma(`wal_autocheckpoint = ${safetyNetPages}`);
  worker.unref();
  worker.on('message', (m: { error?: string }) => { if (m.error) onError(m.error); });
  worker.on('error', (err) => {
    // Without the worker, the app's connection checkpoints as SQLite does by default.
    if (sqlite.open) sqlite.pragma('wal_autocheckpoint = 1000');
    onError(err.message);
  });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    stop: () => {
      worker.postMessage('stop');
      const timeout = setTimeout(() => void worker.terminate(), 2000);
      return exited.finally(() => clearTimeout(timeout));
    },
  };
}
