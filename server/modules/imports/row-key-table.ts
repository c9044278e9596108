import type Database from 'better-sqlite3';
import type { RowKeyRegistry } from '../../importers';

/**
 * The row keys an import has seen, in a temporary SQLite table of the connection: a million keys
 * held as JS strings would cost the import ~150 MB of heap and the garbage collector time to mark
 * them again and again; in a B-tree they cost a few µs per row and no heap. Drop it when done.
 */
export function tempRowKeys(sqlite: Database.Database, importId: number): RowKeyRegistry & { drop(): void } {
  const table = `temp.import_row_keys_${Math.trunc(importId)}`;
  sqlite.exec(`DROP TABLE IF EXISTS ${table}; CREATE TABLE ${table} (row_key TEXT PRIMARY KEY, row INTEGER NOT NULL) WITHOUT ROWID`);
  const insert = sqlite.prepare(`INSERT INTO ${table} (row_key, row) VALUES (?, ?) ON CONFLICT (row_key) DO NOTHING`);
  const firstRow = sqlite.prepare(`SELECT row FROM ${table} WHERE row_key = ?`).pluck();
  return {
    claim: (key, row) => (insert.run(key, row).changes === 1 ? undefined : (firstRow.get(key) as number)),
    drop: () => sqlite.exec(`DROP TABLE IF EXISTS ${table}`),
  };
}
