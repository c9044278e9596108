import { and, asc, count, desc, eq, gte, inArray, isNull, lt, sql, sum, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ledgerEntries, orders, rawHeaders, rowCounts } from '../../db/schema';
import { recordBuilder, type PlatformRow } from '../../importers';

export type OrderRow = typeof orders.$inferSelect;

export function findOrder(db: Db, id: number): OrderRow | undefined {
  return db.select().from(orders).where(eq(orders.id, id)).get();
}

/** The order's raw row as the platform wrote it: a CSV/XLSX row's cells are named by its headers again. */
export function rawRowOf(db: Db, order: OrderRow): unknown {
  if (order.rawHeadersId === null) return order.raw;
  const stored = db.select({ headers: rawHeaders.headers }).from(rawHeaders).where(eq(rawHeaders.id, order.rawHeadersId)).get();
  if (!stored || !Array.isArray(order.raw)) return order.raw;
  return recordBuilder(JSON.parse(stored.headers) as string[])(order.raw as string[]) satisfies PlatformRow;
}

export function updateOrderRow(db: Db, id: number, set: Partial<typeof orders.$inferInsert>): void {
  db.update(orders).set(set).where(eq(orders.id, id)).run();
}

export function ledgerOfOrder(db: Db, orderId: number) {
  return db.select().from(ledgerEntries).where(eq(ledgerEntries.orderId, orderId)).orderBy(asc(ledgerEntries.id)).all();
}

/** The orders to attribute again after a change: unmatched ones of a platform, or by account, window, session or live-room id. */
export function ordersToReattribute(db: Db, where: { unmatchedOn?: string; accountId?: number; from?: Date; to?: Date; sessionId?: number; liveRoomId?: string }): OrderRow[] {
  return db.select().from(orders).where(and(
    where.unmatchedOn ? and(isNull(orders.accountId), eq(orders.platform, where.unmatchedOn)) : undefined,
    where.accountId ? eq(orders.accountId, where.accountId) : undefined,
    where.sessionId ? eq(orders.sessionId, where.sessionId) : undefined,
    where.liveRoomId ? eq(orders.liveRoomId, where.liveRoomId) : undefined,
    where.from ? gte(orders.paidAt, where.from) : undefined,
    where.to ? lt(orders.paidAt, where.to) : undefined,
  )).all();
}

export interface OrderFilter {
  platform?: string; status?: OrderRow['status']; hostId?: number; sessionId?: number; accountId?: number;
  unmatched?: boolean; from?: Date; to?: Date;
}

export function listOrders(db: Db, f: OrderFilter, page: number, pageSize: number) {
  const where: SQL | undefined = and(
    f.platform ? eq(orders.platform, f.platform) : undefined,
    f.status ? eq(orders.status, f.status) : undefined,
    f.sessionId ? eq(orders.sessionId, f.sessionId) : undefined,
    f.accountId ? eq(orders.accountId, f.accountId) : undefined,
    f.unmatched ? isNull(orders.accountId) : undefined,
    f.hostId ? sql`EXISTS (SELECT 1 FROM json_each(${orders.hosts}) WHERE json_extract(value, '$.hostId') = ${f.hostId})` : undefined,
    f.from ? gte(orders.paidAt, f.from) : undefined,
    f.to ? lt(orders.paidAt, f.to) : undefined,
  );
  const items = db.select().from(orders).where(where).orderBy(desc(orders.paidAt), desc(orders.id))
    .limit(pageSize).offset((page - 1) * pageSize).all();
  // Unfiltered, the total is the trigger-kept count: counting a million rows costs tens of milliseconds.
  const total = where === undefined
    ? db.select({ n: rowCounts.n }).from(rowCounts).where(eq(rowCounts.name, 'orders')).get()?.n
    : db.select({ n: count() }).from(orders).where(where).get()?.n;
  return { items, total: total ?? 0 };
}

export function listLedger(db: Db, f: { period?: string; hostId?: number; orderIds?: number[] }, page: number, pageSize: number) {
  const where = and(
    f.period ? eq(ledgerEntries.bookingPeriod, f.period) : undefined,
    f.hostId ? eq(ledgerEntries.hostId, f.hostId) : undefined,
    f.orderIds ? inArray(ledgerEntries.orderId, f.orderIds) : undefined,
  );
  const items = db.select().from(ledgerEntries).where(where).orderBy(asc(ledgerEntries.id)).limit(pageSize).offset((page - 1) * pageSize).all();
  const totals = db.select({ n: count(), total: sum(ledgerEntries.amountFen) }).from(ledgerEntries).where(where).get();
  return { items, total: totals?.n ?? 0, sumFen: Number(totals?.total ?? 0) };
}

/** Each host's ledger entries booked in the period, summed and counted (one index range, ledger_period_host_idx). */
export function commissionByHost(db: Db, period: string): Map<number, { amountFen: number; entryCount: number }> {
  const rows = db.select({ hostId: ledgerEntries.hostId, amountFen: sql<number>`sum(${ledgerEntries.amountFen})`, entryCount: count() })
    .from(ledgerEntries).where(eq(ledgerEntries.bookingPeriod, period)).groupBy(ledgerEntries.hostId).all();
  return new Map(rows.map((r) => [r.hostId, { amountFen: Number(r.amountFen), entryCount: r.entryCount }]));
}
