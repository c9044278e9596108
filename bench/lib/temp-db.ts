import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDb, type DbHandle } from '../../server/db/client';
import { migrateDb } from '../../server/db/migrate';

export interface TempDb extends DbHandle {
  file: string;
}

/** A database file in a fresh directory under os.tmpdir(), with the app's pragmas; close() deletes it. */
export function tempDb(options: { migrate: boolean }): TempDb {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-bench-'));
  const file = path.join(dir, 'bench.db');
  const handle = openDb(file);
  if (options.migrate) migrateDb(handle.db);
  return {
    ...handle,
    file,
    close() {
      handle.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
