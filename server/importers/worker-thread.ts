// Untrusted files are parsed in worker threads, never in the server's main thread: a worker's heap is
// capped (resourceLimits), so a file that outgrows it ends that worker, not the server.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { ImportFileError, ImportLimitError } from './types.ts';

export interface WorkerScript {
  /** The bundle's entry name: esbuild writes it next to the server's bundle as `<name>.mjs` (package.json build:server). */
  name: string;
  /** The TypeScript source, for tests and benchmarks run from source. */
  source: URL;
}

/**
 * Bundled (npm start), this module is inlined into dist/server/index.mjs, so import.meta.url is there
 * and the worker's bundle beside it. From source it is TypeScript, which a worker thread can run only
 * once tsx's loader is registered in that thread.
 */
export function startWorker(script: WorkerScript, workerData: unknown, resourceLimits: ResourceLimits): Worker {
  const options = { workerData, resourceLimits };
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL(`./${script.name}.mjs`, import.meta.url), options);
  // tsx's ESM entry ("tsx/esm/api" under the import condition); require.resolve would give its CommonJS one.
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const tsx = pathToFileURL(path.join(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(script.source.href)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** An error as it crosses from a worker to the main thread (an Error's class does not survive the trip). */
export interface WorkerFailure { fileError: boolean; limit: boolean; message: string; messageZh: string }

export function toWorkerFailure(error: unknown): WorkerFailure {
  const message = error instanceof Error ? error.message : String(error);
  return error instanceof ImportFileError
    ? { fileError: true, limit: error instanceof ImportLimitError, message, messageZh: error.text.zh }
    : { fileError: false, limit: false, message, messageZh: message };
}

export function fromWorkerFailure(failure: WorkerFailure): Error {
  if (!failure.fileError) return new Error(failure.message);
  return failure.limit ? new ImportLimitError(failure.message, failure.messageZh) : new ImportFileError(failure.message, failure.messageZh);
}

/** A worker's 'error' event: running out of its heap is the file's fault, said as a limit. */
export function workerError(error: Error & { code?: string }, limits: ResourceLimits): Error {
  if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY') return error;
  const mb = limits.maxOldGenerationSizeMb;
  return new ImportLimitError(`refused: the file could not be read within the ${mb} MB of memory an import may use (is one of its rows or values enormous?)`,
    `已拒绝：在导入允许使用的 ${mb} MB 内存内无法读完此文件（是否有某一行或某个值特别大？）`);
}
