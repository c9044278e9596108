import { and, asc, count, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deals, dealSessions } from '../../db/schema';
import type { DealQuery } from '../../shared/api/deals';

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

export function sessionIdsOf(db: Db, dealIds: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>(dealIds.map((id) => [id, []]));
  if (dealIds.length === 0) return out;
  const rows = db.select().from(dealSessions).where(inArray(dealSessions.dealId, dealIds)).orderBy(asc(dealSessions.position)).all();
  for (const r of rows) out.get(r.dealId)?.push(r.sessionId);
  return out;
}

export function setDealSessions(db: Db, dealId: number, sessionIds: number[]): void {
  db.delete(dealSessions).where(eq(dealSessions.dealId, dealId)).run();
  if (sessionIds.length) db.insert(dealSessions).values(sessionIds.map((sessionId, position) => ({ dealId, sessionId, position }))).run();
}


/** The deals sold in any of the sessions, with one of the statuses given. */
export function dealsSoldIn(db: Db, sessionIds: number[], statuses: readonly DealRow['status'][]): DealRow[] {
  if (sessionIds.length === 0) return [];
  const ids = db.selectDistinct({ id: dealSessions.dealId }).from(dealSessions).where(inArray(dealSessions.sessionId, sessionIds));
  return db.select().from(deals).where(and(inArray(deals.id, ids), inArray(deals.status, [...statuses]))).all();
}

/** The deals a session is sold in. */
export function dealsOfSession(db: Db, sessionId: number): DealRow[] {
  return db.select({ deal: deals }).from(deals).innerJoin(dealSessions, eq(dealSessions.dealId, deals.id))
    .where(eq(dealSessions.sessionId, sessionId)).all().map((r) => r.deal);
}

/** Per session named, the brands whose deals (not cancelled) sell in it: the report by brand. */
export function brandsOfSessions(db: Db, sessionIds: number[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  if (sessionIds.length === 0) return out;
  const rows = db.selectDistinct({ sessionId: dealSessions.sessionId, brandId: deals.brandId })
    .from(dealSessions).innerJoin(deals, eq(deals.id, dealSessions.dealId))
    .where(and(inArray(dealSessions.sessionId, sessionIds), ne(deals.status, 'cancelled'))).all();
  for (const r of rows) out.set(r.sessionId, [...(out.get(r.sessionId) ?? []), r.brandId]);
  return out;
}
