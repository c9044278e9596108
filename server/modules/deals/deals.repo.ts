import { and, count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deals } from '../../db/schema';
import type { DealQuery } from './deals.schemas';

export type DealRow = typeof deals.$inferSelect;

export function findDeal(db: Db, id: number): DealRow | undefined {
  return db.select().from(deals).where(eq(deals.id, id)).get();
}

export function insertDeal(db: Db, row: typeof deals.$inferInsert): DealRow {
  return db.insert(deals).values(row).returning().get();
}

export function updateDealRow(db: Db, id: number, set: Partial<typeof deals.$inferInsert>): DealRow {
  return db.update(deals).set(set).where(eq(deals.id, id)).returning().get();
}

export function listDeals(db: Db, f: DealQuery) {
  const where = and(
    f.brandId ? eq(deals.brandId, f.brandId) : undefined,
    f.status ? eq(deals.status, f.status) : undefined,
    f.category ? eq(deals.category, f.category) : undefined,
  );
  const items = db.select().from(deals).where(where).orderBy(desc(deals.id))
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize).all();
  const total = db.select({ n: count() }).from(deals).where(where).get()?.n ?? 0;
  return { items, total };
}
