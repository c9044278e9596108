import type Database from 'better-sqlite3';
import { perConnection } from '../../db/per-connection';

// The money of the dashboard and the reports (issue 16), as SQL aggregates over the orders this module
// owns, counted as SPEC section 9 counts them: GMV and estimated commission by payment instant (orders
// not invalid), settled commission by settlement instant, refunds (the GMV of invalid orders) by refund
// instant. Each query reads one index range and groups by a time bucket and one dimension, so that a
// caller folds the buckets into agency days or months in its own time zone.

export type Dimension = 'platform' | 'session';
const column: Record<Dimension, string> = { platform: 'platform', session: 'session_id' };

export interface PaidRow { bucket: number; key: string | number | null; orders: number; gmvFen: number; estimatedCommissionFen: number }
export interface SettledRow { bucket: number; key: string | number | null; settledCommissionFen: number }
export interface RefundRow { bucket: number; key: string | number | null; refunds: number; refundsFen: number }

function statementsFor(sqlite: Database.Database, dim: Dimension) {
  const c = column[dim];
  return {
    paid: sqlite.prepare(`SELECT paid_at / ? AS bucket, ${c} AS key, count(*) AS orders, sum(gmv_fen) AS gmvFen,
        sum(estimated_commission_fen) AS estimatedCommissionFen
      FROM orders WHERE paid_at >= ? AND paid_at < ? AND status <> 'invalid' GROUP BY 1, 2`),
    settled: sqlite.prepare(`SELECT settled_at / ? AS bucket, ${c} AS key, sum(settled_commission_fen) AS settledCommissionFen
      FROM orders WHERE settled_at >= ? AND settled_at < ? GROUP BY 1, 2`),
    // `+status`: the status index would read every invalid order ever; the refund instant's range is the one to read.
    refunds: sqlite.prepare(`SELECT refunded_at / ? AS bucket, ${c} AS key, count(*) AS refunds, sum(gmv_fen) AS refundsFen
      FROM orders WHERE refunded_at >= ? AND refunded_at < ? AND +status = 'invalid' GROUP BY 1, 2`),
  };
}

const queries = perConnection((sqlite) => ({
  platform: statementsFor(sqlite, 'platform'),
  session: statementsFor(sqlite, 'session'),
  unmatched: sqlite.prepare('SELECT count(*) AS n FROM orders WHERE account_id IS NULL'),
}));

export interface MoneyQuery { dimension: Dimension; from: Date; to: Date; bucketMs: number }

/** The orders' money in [from, to) by bucket (instant / bucketMs, in ms since the epoch) and dimension. */
export function moneyFigures(sqlite: Database.Database, q: MoneyQuery): { paid: PaidRow[]; settled: SettledRow[]; refunds: RefundRow[] } {
  const s = queries(sqlite)[q.dimension];
  const args = [q.bucketMs, q.from.getTime(), q.to.getTime()];
  return { paid: s.paid.all(...args) as PaidRow[], settled: s.settled.all(...args) as SettledRow[], refunds: s.refunds.all(...args) as RefundRow[] };
}

/** Orders waiting in the unmatched queue (no platform account known for them). */
export function unmatchedOrderCount(sqlite: Database.Database): number {
  return (queries(sqlite).unmatched.get() as { n: number }).n;
}

export interface HostMoney { orders: number; gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number; refunds: number; refundsFen: number }

// A host's part of an order is order_hosts' allocate over the session shares (migration 0023): every
// per-host sum is one index range of order_hosts, never a scan of orders.hosts.
const hostSums = {
  paid: "count(*) AS orders, sum(gmv_part_fen) AS gmvFen, sum(estimated_commission_part_fen) AS estimatedCommissionFen",
  settled: 'sum(settled_commission_part_fen) AS settledCommissionFen',
  refunds: 'count(*) AS refunds, sum(gmv_part_fen) AS refundsFen',
};

const hostQueries = perConnection((sqlite) => ({
  paid: sqlite.prepare(`SELECT host_id AS hostId, ${hostSums.paid} FROM order_hosts WHERE paid_at >= ? AND paid_at < ? AND status <> 'invalid' GROUP BY host_id`),
  settled: sqlite.prepare(`SELECT host_id AS hostId, ${hostSums.settled} FROM order_hosts WHERE settled_at >= ? AND settled_at < ? GROUP BY host_id`),
  refunds: sqlite.prepare(`SELECT host_id AS hostId, ${hostSums.refunds} FROM order_hosts WHERE refunded_at >= ? AND refunded_at < ? AND status = 'invalid' GROUP BY host_id`),
  onePaid: sqlite.prepare(`SELECT host_id AS hostId, ${hostSums.paid} FROM order_hosts WHERE host_id = ? AND paid_at >= ? AND paid_at < ? AND status <> 'invalid'`),
  oneSettled: sqlite.prepare(`SELECT host_id AS hostId, ${hostSums.settled} FROM order_hosts WHERE host_id = ? AND settled_at >= ? AND settled_at < ?`),
  oneRefunds: sqlite.prepare(`SELECT host_id AS hostId, ${hostSums.refunds} FROM order_hosts WHERE host_id = ? AND refunded_at >= ? AND refunded_at < ? AND status = 'invalid'`),
}));

const moneyFields = ['orders', 'gmvFen', 'estimatedCommissionFen', 'settledCommissionFen', 'refunds', 'refundsFen'] as const;

function byHost(rows: unknown[]): Map<number, HostMoney> {
  const out = new Map<number, HostMoney>();
  for (const row of rows as ({ hostId: number | null } & Partial<HostMoney>)[]) {
    if (row.hostId === null) continue;
    const m = out.get(row.hostId) ?? { orders: 0, gmvFen: 0, estimatedCommissionFen: 0, settledCommissionFen: 0, refunds: 0, refundsFen: 0 };
    for (const k of moneyFields) m[k] += row[k] ?? 0;
    out.set(row.hostId, m);
  }
  return out;
}

/** Per host, its part of the money of [from, to) (SPEC section 9's instants), by the session shares. */
export function hostMoney(sqlite: Database.Database, from: Date, to: Date): Map<number, HostMoney> {
  const q = hostQueries(sqlite);
  const args = [from.getTime(), to.getTime()];
  return byHost([...q.paid.all(...args), ...q.settled.all(...args), ...q.refunds.all(...args)]);
}

/** One host's part of the money of [from, to). */
export function hostMoneyOf(sqlite: Database.Database, hostId: number, from: Date, to: Date): HostMoney | undefined {
  const q = hostQueries(sqlite);
  const args = [hostId, from.getTime(), to.getTime()];
  return byHost([q.onePaid.get(...args), q.oneSettled.get(...args), q.oneRefunds.get(...args)]).get(hostId);
}
