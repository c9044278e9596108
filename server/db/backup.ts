import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

// Backups with SQLite's online backup API: a consistent copy of the database as of one moment, taken page by
// page while the app keeps writing (each step copies a batch of pages, and a write by another connection
// restarts the copy from that point, so the copy is never torn).

export interface BackupReport { file: string; pages: number; bytes: number }

function checked(file: string): void {
  const copy = new Database(file, { readonly: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`${file} failed SQLite's integrity check: ${String(result)}`);
  } finally {
    copy.close();
  }
}

/** Copies the live database at `source` to `target` (a new file), then checks the copy's integrity. */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  if (fs.existsSync(target)) throw new Error(`${target} exists: name a new file for the backup`);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const { totalPages } = await db.backup(target);
    checked(target);
    return { file: target, pages: totalPages, bytes: fs.statSync(target).size };
  } finally {
    db.close();
  }
}

/**
 * Puts a backup back as the database at `target`, after checking the backup. The app must be stopped: the
 * copy replaces every page, and a running server would keep serving what it had cached. The server migrates
 * an older backup when it starts.
 */
export async function restoreDatabase(backup: string, target: string): Promise<BackupReport> {
  checked(backup);
  const from = new Database(backup, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await from.backup(target);
    return { file: target, pages: totalPages, bytes: fs.statSync(target).size };
  } finally {
    from.close();
  }
}
