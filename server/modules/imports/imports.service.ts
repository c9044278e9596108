import { writeTransaction } from '../../db/write';
import fs from 'node:fs';
import { FORMAT_IDS, importUploadFields, type FormatId } from '../../shared/api/imports';
import { formatInstant } from '../../domain/zones';
import { text, type Locale } from '../../domain/text';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound } from '../../errors';
import { recordAudit } from '../../db/audit';
import { currentSettings } from '../settings/settings.service';
import { enqueueImport } from './import-runner';
import { findImport, importCountByStatus, insertImport, listImports, type ImportRow } from './imports.repo';
import type { Upload } from '../../http/upload';

/** An import as the API shows it, its messages in the locale (English where an old row has no Chinese). */
export function importView(r: ImportRow, tz: string, locale: Locale) {
  const at = (d: Date | null) => (d ? formatInstant(d, tz) : null);
  const zh = locale === 'zh-CN';
  return {
    id: r.id, format: r.format, fileName: r.fileName, fileSize: r.fileSize, status: r.status,
    // Bytes read is the honest measure of progress while the number of rows is unknown.
    progress: r.status === 'succeeded' ? 1 : r.fileSize ? Math.min(1, r.bytesRead / r.fileSize) : 0,
    rowsRead: r.rowsRead, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged, rejected: r.rejected,
    errors: r.errors.map((e) => ({ row: e.row, message: (zh && e.messageZh) || e.message })),
    message: (zh && r.messageZh) || r.message,
    attribution: r.toSession === null || r.toHostOnly === null || r.leftUnmatched === null
      ? null : { toSession: r.toSession, toHostOnly: r.toHostOnly, leftUnmatched: r.leftUnmatched },
    createdBy: r.createdBy,
    createdAt: at(r.createdAt), startedAt: at(r.startedAt), finishedAt: at(r.finishedAt),
  };
}

const formatField = importUploadFields.shape.format;

/** Records the received upload as an import and queues it; the caller answers 202 at once. */
export function startImport(deps: AppDeps, actor: Actor, upload: Upload) {
  const format = formatField.safeParse(upload.fields.format || undefined);
  if (!format.success) {
    fs.rmSync(upload.filePath, { force: true });
    throw new AppError('invalid_request', text(`Unknown format; expected one of ${FORMAT_IDS.join(', ')}`, `未知格式，应为以下之一：${FORMAT_IDS.join(', ')}`), [{ path: ['format'], message: text('Unknown format', '未知格式') }]);
  }
  const at = deps.clock.now();
  const row = writeTransaction(deps.db, (tx) => {
    const created = insertImport(tx, { fileName: upload.fileName, fileSize: upload.size, format: format.data ?? null, status: 'queued', errors: [], createdBy: actor.id, createdAt: at });
    recordAudit(tx, { actor, at, action: 'create', entity: 'import', entityId: created.id, after: { fileName: upload.fileName, fileSize: upload.size, format: format.data ?? null } });
    return created;
  });
  void enqueueImport(deps, { id: row.id, filePath: upload.filePath, format: format.data as FormatId | undefined, fileName: upload.fileName });
  return { id: row.id };
}

export function getImport(deps: AppDeps, id: number, locale: Locale = 'en') {
  const row = findImport(deps.db, id);
  if (!row) throw notFound('Import', id);
  return importView(row, currentSettings(deps).timezone, locale);
}

export function searchImports(deps: AppDeps, q: { status?: ImportRow['status']; page: number; pageSize: number }, locale: Locale) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listImports(deps.db, q.status, q.page, q.pageSize);
  return { items: items.map((r) => importView(r, timezone, locale)), total, page: q.page, pageSize: q.pageSize };
}

/** Imports a file already on disk through the same path as an upload, and waits for it (the demo seed). */
export async function importLocalFile(deps: AppDeps, actor: Actor, filePath: string, fileName: string) {
  const row = insertImport(deps.db, { fileName, fileSize: fs.statSync(filePath).size, format: null, status: 'queued', errors: [], createdBy: actor.id, createdAt: deps.clock.now() });
  await enqueueImport(deps, { id: row.id, filePath, fileName });
  return getImport(deps, row.id);
}

/** Imports that failed (the dashboard's figure; the list behind it is the imports filtered by status). */
export function failedImportCount(deps: AppDeps): number {
  return importCountByStatus(deps.db, 'failed');
}
