import { and, asc, count, desc, eq, sum } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { costs } from '../../db/schema';
import type { CostQuery } from '../../shared/api/costs';

export type CostRow = typeof costs.$inferSelect;

export function findCost(db: Db, id: number): CostRow | undefined {
  return db.select().from(costs).where(eq(costs.id, id)).get();
}

export function insertCost(db: Db, row: typeof costs.$inferInsert): CostRow {
  return db.insert(costs).values(row).returning().get();
}

export function updateCostRow(db: Db, id: number, set: Partial<typeof costs.$inferInsert>): CostRow {
  return db.update(costs).set(set).where(eq(costs.id, id)).returning().get();
}

export function deleteCostRow(db: Db, id: number): void {
  db.delete(costs).where(eq(costs.id, id)).run();
}

export function listCosts(db: Db, f: CostQuery) {
  const where = and(
    f.period ? eq(costs.period, f.period) : undefined,
    f.hostId ? eq(costs.hostId, f.hostId) : undefined,
    f.kind ? eq(costs.kind, f.kind) : undefined,
  );
  const items = db.select().from(costs).where(where).orderBy(desc(costs.period), asc(costs.hostId), asc(costs.id))
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize).all();
  const totals = db.select({ n: count(), total: sum(costs.amountFen) }).from(costs).where(where).get();
  return { items, total: totals?.n ?? 0, sumFen: Number(totals?.total ?? 0) };
}

export function costsOfPeriod(db: Db, period: string): CostRow[] {
  return db.select().from(costs).where(eq(costs.period, period)).orderBy(asc(costs.id)).all();
}
