import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ImportFileError, isZip } from '../../importers';
import { fromWire, type ParseJob, type PreparedRow, type WorkerMessage } from './parse-protocol';

/**
 * Reading CSV or JSON holds a few batches at a time and its rows die young, so a small old
 * generation serves it; left to V8's defaults the thread's heap added ~100 MB to the import's peak
 * RSS. The young generation must still hold the batch being built: at 4 MB, most rows outlived two
 * scavenges and were promoted (413 MB per 100,000 rows, a quarter of the thread's time in GC); at
 * 16 MB, 13 MB. An .xlsx keeps its shared strings table in memory, which can be large: its old
 * generation is left uncapped.
 */
function heapLimits(file: string): ResourceLimits {
  const head = Buffer.alloc(4);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 4, 0);
  } finally {
    fs.closeSync(fd);
  }
  return isZip(head) ? { maxYoungGenerationSizeMb: 16 } : { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 48 };
}

/**
 * The worker's script. Bundled (npm start), it sits next to the server's bundle as parse-worker.mjs;
 * from source (tests, benchmarks) it is TypeScript, which a worker thread can run only once tsx's
 * loader is registered in that thread.
 */
function startWorker(job: ParseJob): Worker {
  const options = { workerData: job, resourceLimits: heapLimits(job.path) };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.mjs', import.meta.url), options);
  // tsx's ESM entry ("tsx/esm/api" under the import condition); require.resolve would give its CommonJS one.
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const script = new URL('./parse-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * The upload's rows, normalized and prepared in a worker thread while the caller writes the previous
 * batch; the last batch is empty, with the file's size read. An unreadable file is an
 * ImportFileError, as when reading in-thread; the worker is ended however the caller stops.
 */
export async function* parsedBatches(job: ParseJob): AsyncGenerator<{ rows: PreparedRow[]; bytesRead: number }> {
  const worker = startWorker(job);
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
    failure = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ImportFileError('the file could not be read within the memory an import may use: is one of its rows enormous?',
        '在导入允许使用的内存内无法读完此文件：是否有某一行特别大？')
      : error;
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
      if (message.kind === 'done') {
        yield { rows: [], bytesRead: message.bytesRead };
        return;
      }
      if (message.kind === 'failed') throw message.fileError ? new ImportFileError(message.message, message.messageZh) : new Error(message.message);
      yield { rows: message.rows.map(fromWire), bytesRead: message.bytesRead };
      worker.postMessage(null);
    }
  } finally {
    await worker.terminate();
  }
}
