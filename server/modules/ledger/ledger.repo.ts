import { and, count, desc, eq, lt, or, sql, sum, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hosts, ledgerEntries, orders } from '../../db/schema';

// The commission ledger as finance reads it: newest first, with the platform's order number and platform,
// subtotals by host and booking period, and pages for an export. Reads the hosts table for names only.

export interface LedgerFilter { period?: string | undefined; hostId?: number | undefined }

function whereOf(f: LedgerFilter): SQL | undefined {
  return and(
    f.period ? eq(ledgerEntries.bookingPeriod, f.period) : undefined,
    f.hostId ? eq(ledgerEntries.hostId, f.hostId) : undefined,
  );
}

const entryColumns = {
  id: ledgerEntries.id, orderId: ledgerEntries.orderId, hostId: ledgerEntries.hostId, amountFen: ledgerEntries.amountFen,
  eventAt: ledgerEntries.eventAt, bookingPeriod: ledgerEntries.bookingPeriod,
  platform: orders.platform, platformOrderId: orders.rowKey, orderStatus: orders.status, hostName: hosts.stageName,
};

function entriesQuery(db: Db, where: SQL | undefined) {
  return db.select(entryColumns).from(ledgerEntries)
    .innerJoin(orders, eq(orders.id, ledgerEntries.orderId))
    .innerJoin(hosts, eq(hosts.id, ledgerEntries.hostId))
    .where(where)
    .orderBy(desc(ledgerEntries.eventAt), desc(ledgerEntries.id));
}

/** A page of entries, newest event first, with the sum and count of everything the filter matches. */
export function listLedger(db: Db, f: LedgerFilter, page: number, pageSize: number) {
  const where = whereOf(f);
  const items = entriesQuery(db, where).limit(pageSize).offset((page - 1) * pageSize).all();
  const totals = db.select({ n: count(), total: sum(ledgerEntries.amountFen) }).from(ledgerEntries).where(where).get();
  return { items, total: totals?.n ?? 0, sumFen: Number(totals?.total ?? 0) };
}

/** The next page after the cursor (keyset on event instant and id): an export reads the ledger a page at a time. */
export function ledgerPageAfter(db: Db, f: LedgerFilter, after: { eventAt: Date; id: number } | null, limit: number) {
  const cursor = after
    ? or(lt(ledgerEntries.eventAt, after.eventAt), and(eq(ledgerEntries.eventAt, after.eventAt), lt(ledgerEntries.id, after.id)))
    : undefined;
  return entriesQuery(db, and(whereOf(f), cursor)).limit(limit).all();
}

/** Sums and counts by host (with the stage name) and by booking period, for everything the filter matches. */
export function ledgerSubtotals(db: Db, f: LedgerFilter) {
  const where = whereOf(f);
  const amount = sql<number>`sum(${ledgerEntries.amountFen})`;
  const byHost = db.select({ hostId: ledgerEntries.hostId, hostName: hosts.stageName, amountFen: amount, entries: count() })
    .from(ledgerEntries).innerJoin(hosts, eq(hosts.id, ledgerEntries.hostId)).where(where)
    .groupBy(ledgerEntries.hostId).orderBy(desc(amount), ledgerEntries.hostId).all();
  const byPeriod = db.select({ period: ledgerEntries.bookingPeriod, amountFen: amount, entries: count() })
    .from(ledgerEntries).where(where).groupBy(ledgerEntries.bookingPeriod).orderBy(desc(ledgerEntries.bookingPeriod)).all();
  const fix = <T extends { amountFen: number }>(rows: T[]) => rows.map((r) => ({ ...r, amountFen: Number(r.amountFen) }));
  return { byHost: fix(byHost), byPeriod: fix(byPeriod) };
}

/** Each host's ledger entries booked in the period, summed and counted (one index range, ledger_period_host_idx). */
export function commissionByHost(db: Db, period: string): Map<number, { amountFen: number; entryCount: number }> {
  const rows = db.select({ hostId: ledgerEntries.hostId, amountFen: sql<number>`sum(${ledgerEntries.amountFen})`, entryCount: count() })
    .from(ledgerEntries).where(eq(ledgerEntries.bookingPeriod, period)).groupBy(ledgerEntries.hostId).all();
  return new Map(rows.map((r) => [r.hostId, { amountFen: Number(r.amountFen), entryCount: r.entryCount }]));
}
