import type { Db } from './client';

/**
 * One use case's writes, in a transaction that takes the write lock at BEGIN (IMMEDIATE). With the
 * default DEFERRED, two processes could both check a rule (no overlapping contract, a free
 * identifier) on the same snapshot, and the later writer would fail with SQLITE_BUSY_SNAPSHOT (a 500)
 * instead of waiting (busy_timeout) and then seeing the other's write.
 */
export function writeTransaction<T>(db: Db, fn: (tx: Db) => T): T {
  return db.transaction((tx) => fn(tx), { behavior: 'immediate' });
}
