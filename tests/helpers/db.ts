import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { openDb, type DbHandle } from '../../server/db/client';
import { templateDbPath, testTmpDir } from './paths';

/** A fresh, migrated database file: a copy of the run's template. */
export function freshDbFile(): string {
  const file = path.join(testTmpDir, `db-${process.pid}-${crypto.randomUUID()}.db`);
  fs.copyFileSync(templateDbPath(), file);
  return file;
}

export function freshDb(): DbHandle & { file: string } {
  const file = freshDbFile();
  const handle = openDb(file);
  return {
    ...handle,
    file,
    close() {
      handle.close();
      for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
    },
  };
}
