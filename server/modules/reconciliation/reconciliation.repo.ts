import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { reconciliations } from '../../db/schema';

export type ReconciliationRow = typeof reconciliations.$inferSelect;

export function reconciliationsOf(db: Db, period: string): ReconciliationRow[] {
  return db.select().from(reconciliations).where(eq(reconciliations.period, period)).all();
}

export function findReconciliation(db: Db, period: string, accountId: number): ReconciliationRow | undefined {
  return db.select().from(reconciliations).where(and(eq(reconciliations.period, period), eq(reconciliations.accountId, accountId))).get();
}

export function saveReconciliation(db: Db, row: typeof reconciliations.$inferInsert): ReconciliationRow {
  const { period: _period, accountId: _accountId, ...set } = row;
  return db.insert(reconciliations).values(row)
    .onConflictDoUpdate({ target: [reconciliations.period, reconciliations.accountId], set }).returning().get();
}
