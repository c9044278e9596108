import { and, asc, count, desc, eq, getTableColumns, gte, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { ledgerEntries, orderHosts, orders, rawHeaders, rowCounts } from '../../db/schema';
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

/** The list's filter on orders' own columns (without a host: a host filters on order_hosts, hostWhere). */
export function orderWhere(f: OrderFilter): SQL | undefined {
  return and(
    f.platform ? eq(orders.platform, f.platform) : undefined,
    f.status ? eq(orders.status, f.status) : undefined,
    f.sessionId ? eq(orders.sessionId, f.sessionId) : undefined,
    f.accountId ? eq(orders.accountId, f.accountId) : undefined,
    f.unmatched ? isNull(orders.accountId) : undefined,
    f.from ? gte(orders.paidAt, f.from) : undefined,
    f.to ? lt(orders.paidAt, f.to) : undefined,
  );
}

/** A page of the list without a host, newest paid first: read along orders_paid_idx, or a status's or platform's index with paid_at. */
export function ordersPage(db: Db, f: OrderFilter, page: number, pageSize: number) {
  return db.select().from(orders).where(orderWhere(f)).orderBy(desc(orders.paidAt), desc(orders.id)).limit(pageSize).offset((page - 1) * pageSize);
}

export function listOrders(db: Db, f: OrderFilter, page: number, pageSize: number) {
  if (f.hostId !== undefined) return listOrdersOfHost(db, f, f.hostId, page, pageSize);
  const where = orderWhere(f);
  const items = ordersPage(db, f, page, pageSize).all();
  // Unfiltered, the total is the trigger-kept count: counting a million rows costs tens of milliseconds.
  const total = where === undefined
    ? db.select({ n: rowCounts.n }).from(rowCounts).where(eq(rowCounts.name, 'orders')).get()?.n
    : db.select({ n: count() }).from(orders).where(where).get()?.n;
  return { items, total: total ?? 0 };
}

/** Where an order stands in the list's order (newest paid first, then newest id; orders never paid last). */
export interface OrderCursor { paidAt: Date | null; id: number }

/** Strictly after the cursor in the list's order: SQLite sorts NULL first ascending, so last descending. */
function afterCursor(paidAt: typeof orders.paidAt | typeof orderHosts.paidAt, id: typeof orders.id | typeof orderHosts.orderId, c: OrderCursor): SQL | undefined {
  if (c.paidAt === null) return and(isNull(paidAt), lt(id, c.id));
  return or(lt(paidAt, c.paidAt), and(eq(paidAt, c.paidAt), lt(id, c.id)), isNull(paidAt));
}

/** The next page of the list after the cursor (keyset, as the list orders them): an export reads the list a page at a time. */
export function ordersPageAfter(db: Db, f: OrderFilter, after: OrderCursor | null, limit: number): OrderRow[] {
  if (f.hostId !== undefined) {
    return db.select(getTableColumns(orders)).from(orderHosts).innerJoin(orders, eq(orders.id, orderHosts.orderId))
      .where(and(hostWhere(f, f.hostId), after ? afterCursor(orderHosts.paidAt, orderHosts.orderId, after) : undefined))
      .orderBy(desc(orderHosts.paidAt), desc(orderHosts.orderId)).limit(limit).all();
  }
  return db.select().from(orders).where(and(orderWhere(f), after ? afterCursor(orders.paidAt, orders.id, after) : undefined))
    .orderBy(desc(orders.paidAt), desc(orders.id)).limit(limit).all();
}

/**
 * The filter on order_hosts' copies of the order's columns: with a host, one index range (order_hosts_host_paid_idx);
 * without one (every host's rows, as the subtotals by host read them), the paid range of order_hosts_paid_host_idx.
 */
export function hostWhere(f: OrderFilter, hostId: number | undefined): SQL | undefined {
  return and(
    hostId === undefined ? undefined : eq(orderHosts.hostId, hostId),
    f.platform ? eq(orderHosts.platform, f.platform) : undefined,
    f.status ? eq(orderHosts.status, f.status) : undefined,
    f.sessionId ? eq(orderHosts.sessionId, f.sessionId) : undefined,
    f.accountId ? eq(orderHosts.accountId, f.accountId) : undefined,
    // An unmatched order has no hosts: with a host, the filter keeps nothing.
    f.unmatched ? isNull(orderHosts.accountId) : undefined,
    f.from ? gte(orderHosts.paidAt, f.from) : undefined,
    f.to ? lt(orderHosts.paidAt, f.to) : undefined,
  );
}

/** A page of a host's orders, newest paid first (as the unfiltered list): read backwards along order_hosts_host_paid_idx. */
export function ordersOfHostPage(db: Db, f: OrderFilter, hostId: number, page: number, pageSize: number) {
  return db.select(getTableColumns(orders)).from(orderHosts).innerJoin(orders, eq(orders.id, orderHosts.orderId))
    .where(hostWhere(f, hostId)).orderBy(desc(orderHosts.paidAt), desc(orderHosts.orderId))
    .limit(pageSize).offset((page - 1) * pageSize);
}

/** How many orders of the host match: counted on the index range alone when only the host and period filter. */
export function ordersOfHostCount(db: Db, f: OrderFilter, hostId: number) {
  return db.select({ n: count() }).from(orderHosts).where(hostWhere(f, hostId));
}

function listOrdersOfHost(db: Db, f: OrderFilter, hostId: number, page: number, pageSize: number) {
  return { items: ordersOfHostPage(db, f, hostId, page, pageSize).all(), total: ordersOfHostCount(db, f, hostId).get()?.n ?? 0 };
}

/** Where the orders an import wrote stand now: attributed to a session, to the account's host only, or unmatched. */
export function attributionOfImport(db: Db, importId: number): { toSession: number; toHostOnly: number; leftUnmatched: number } {
  const tally = (condition: SQL) => sql<number>`coalesce(sum(CASE WHEN ${condition} THEN 1 ELSE 0 END), 0)`;
  const row = db.select({
    toSession: tally(sql`${orders.sessionId} IS NOT NULL`),
    toHostOnly: tally(sql`${orders.accountId} IS NOT NULL AND ${orders.sessionId} IS NULL`),
    leftUnmatched: tally(sql`${orders.accountId} IS NULL`),
  }).from(orders).where(eq(orders.importId, importId)).get();
  return { toSession: Number(row?.toSession ?? 0), toHostOnly: Number(row?.toHostOnly ?? 0), leftUnmatched: Number(row?.leftUnmatched ?? 0) };
}
