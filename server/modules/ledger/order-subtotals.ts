import { count, desc, eq, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { hosts, orderHosts, orders } from '../../db/schema';
import { hostWhere, orderWhere, type OrderFilter } from './orders.repo';

// The orders list's subtotals (issue 17): what the list's filter matches, summed in SQL as SPEC section 9 counts
// an account's orders: GMV and estimated commission of the orders not invalid, the settled commission of all,
// refunds (invalid orders with a refund instant) with their GMV; by platform, and by host (each host's part by
// its session share, from order_hosts) when the list is not of one host.

export interface OrderFigures { orders: number; gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number; refunds: number; refundsFen: number }

interface Columns { status: SQLWrapper; refundedAt: SQLWrapper; gmv: SQLWrapper; estimated: SQLWrapper; settled: SQLWrapper }

function figures(c: Columns) {
  const counted = sql`${c.status} <> 'invalid'`;
  const refunded = sql`${c.status} = 'invalid' AND ${c.refundedAt} IS NOT NULL`;
  const total = (value: SQLWrapper, when?: SQL) => (when ? sql<number>`coalesce(sum(CASE WHEN ${when} THEN ${value} END), 0)` : sql<number>`coalesce(sum(${value}), 0)`);
  return {
    orders: count(), gmvFen: total(c.gmv, counted), estimatedCommissionFen: total(c.estimated, counted), settledCommissionFen: total(c.settled),
    refunds: total(sql`1`, refunded), refundsFen: total(c.gmv, refunded),
  };
}

const wholeOrders: Columns = { status: orders.status, refundedAt: orders.refundedAt, gmv: orders.gmvFen, estimated: orders.estimatedCommissionFen, settled: orders.settledCommissionFen };
// order_hosts carries copies of the order's amounts (one host's list sums whole orders) and the host's parts.
const hostsWholeOrders: Columns = {
  status: orderHosts.status, refundedAt: orderHosts.refundedAt, gmv: orderHosts.gmvFen, estimated: orderHosts.estimatedCommissionFen, settled: orderHosts.settledCommissionFen,
};
const hostParts: Columns = {
  status: orderHosts.status, refundedAt: orderHosts.refundedAt, gmv: orderHosts.gmvPartFen, estimated: orderHosts.estimatedCommissionPartFen, settled: orderHosts.settledCommissionPartFen,
};

const figureKeys = ['orders', 'gmvFen', 'estimatedCommissionFen', 'settledCommissionFen', 'refunds', 'refundsFen'] as const;
// As the ledger's subtotals do: the aggregates as plain numbers, whatever the driver hands back.
const numbers = <T extends OrderFigures>(row: T): T => ({ ...row, ...Object.fromEntries(figureKeys.map((k) => [k, Number(row[k])])) });

/** The list's totals (its platforms' figures added up: one read of the orders) and their split by platform, largest GMV first; by host unless the list is one host's. */
export function orderSubtotals(db: Db, f: OrderFilter) {
  let byPlatform: (OrderFigures & { platform: string })[];
  if (f.hostId !== undefined) {
    const sums = figures(hostsWholeOrders);
    byPlatform = db.select({ platform: orderHosts.platform, ...sums }).from(orderHosts).where(hostWhere(f, f.hostId))
      .groupBy(orderHosts.platform).orderBy(desc(sums.gmvFen), orderHosts.platform).all();
  } else {
    const sums = figures(wholeOrders);
    byPlatform = db.select({ platform: orders.platform, ...sums }).from(orders).where(orderWhere(f))
      .groupBy(orders.platform).orderBy(desc(sums.gmvFen), orders.platform).all();
  }
  const parts = figures(hostParts);
  const byHost = f.hostId !== undefined ? null : db.select({ hostId: orderHosts.hostId, hostName: hosts.stageName, ...parts })
    .from(orderHosts).innerJoin(hosts, eq(hosts.id, orderHosts.hostId)).where(hostWhere(f, undefined))
    .groupBy(orderHosts.hostId).orderBy(desc(parts.gmvFen), orderHosts.hostId).all();
  const platforms = byPlatform.map(numbers);
  const totals = Object.fromEntries(figureKeys.map((k) => [k, platforms.reduce((t, p) => t + p[k], 0)])) as unknown as OrderFigures;
  return { ...totals, byPlatform: platforms, byHost: byHost?.map(numbers) ?? null };
}
