import type Database from 'better-sqlite3';
import type { Db } from './client';
import { perConnection } from './per-connection';

// better-sqlite3's own transaction function, built once per connection. drizzle's db.transaction builds
// a transaction object (a whole database facade) and a new transaction function on every call: about
// 12 KB of garbage per booking, a tenth of all it allocates.
const immediate = perConnection((sqlite) => sqlite.transaction((run: () => unknown) => run()).immediate);

/**
 * One use case's writes, in a transaction that takes the write lock at BEGIN (IMMEDIATE). With the
 * default DEFERRED, two processes could both check a rule (no overlapping contract, a free
 * identifier) on the same snapshot, and the later writer would fail with SQLITE_BUSY_SNAPSHOT (a 500)
 * instead of waiting (busy_timeout) and then seeing the other's write.
 *
 * `fn` gets the database itself: on the one connection, every query it makes runs inside the
 * transaction. A nested writeTransaction becomes a savepoint; an exception rolls everything back.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  const sqlite = (db as Db & { $client?: Database.Database }).$client;
  if (!sqlite) throw new TypeError('writeTransaction needs the database, not a transaction object');
  return immediate(sqlite)(() => fn(db)) as T;
}
