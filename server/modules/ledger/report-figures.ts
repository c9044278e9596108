import type Database from 'better-sqlite3';
import { perConnection } from '../../db/per-connection';

// The money of the dashboard and the reports (issue 16), as SQL aggregates over the orders this module
// owns, counted as SPEC section 9 counts them: GMV and estimated commission by payment instant (orders
// not invalid), settled commission by settlement instant, refunds (the GMV of invalid orders) by refund
// instant. Each query reads one index range and groups by a time bucket and one dimension, so that a
// caller folds the buckets into agency days or months in its own time zone.

export type Dimension = 'platform' | 'session' | 'account';
const column: Record<Dimension, string> = { platform: 'platform', session: 'session_id', account: 'account_id' };

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
    refunds: sqlite.prepare(`SELECT refunded_at / ? AS bucket, ${c} AS key, count(*) AS refunds, sum(gmv_fen) AS refundsFen
      FROM orders WHERE refunded_at >= ? AND refunded_at < ? AND status = 'invalid' GROUP BY 1, 2`),
  };
}

const queries = perConnection((sqlite) => ({
  platform: statementsFor(sqlite, 'platform'),
  session: statementsFor(sqlite, 'session'),
  account: statementsFor(sqlite, 'account'),
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

// A host's part of an order: the order's amounts x the host's session share, rounded half away from zero.
const part = (col: string) => `((${col} * json_extract(h.value, '$.shareBp') + 5000) / 10000)`;

const hostQueries = perConnection((sqlite) => ({
  paid: sqlite.prepare(`SELECT json_extract(h.value, '$.hostId') AS hostId, count(*) AS orders, sum(${part('o.gmv_fen')}) AS gmvFen,
      sum(${part('o.estimated_commission_fen')}) AS estimatedCommissionFen
    FROM orders o, json_each(o.hosts) h WHERE o.paid_at >= ? AND o.paid_at < ? AND o.status <> 'invalid' GROUP BY 1`),
  settled: sqlite.prepare(`SELECT json_extract(h.value, '$.hostId') AS hostId, sum(${part('o.settled_commission_fen')}) AS settledCommissionFen
    FROM orders o, json_each(o.hosts) h WHERE o.settled_at >= ? AND o.settled_at < ? GROUP BY 1`),
  refunds: sqlite.prepare(`SELECT json_extract(h.value, '$.hostId') AS hostId, count(*) AS refunds, sum(${part('o.gmv_fen')}) AS refundsFen
    FROM orders o, json_each(o.hosts) h WHERE o.refunded_at >= ? AND o.refunded_at < ? AND o.status = 'invalid' GROUP BY 1`),
}));

/** Per host, its part of the money of [from, to) (SPEC section 9's instants), by the session shares. */
export function hostMoney(sqlite: Database.Database, from: Date, to: Date): Map<number, HostMoney> {
  const q = hostQueries(sqlite);
  const out = new Map<number, HostMoney>();
  const args = [from.getTime(), to.getTime()];
  for (const row of [...q.paid.all(...args), ...q.settled.all(...args), ...q.refunds.all(...args)] as ({ hostId: number } & Partial<HostMoney>)[]) {
    const m = out.get(row.hostId) ?? { orders: 0, gmvFen: 0, estimatedCommissionFen: 0, settledCommissionFen: 0, refunds: 0, refundsFen: 0 };
    for (const k of ['orders', 'gmvFen', 'estimatedCommissionFen', 'settledCommissionFen', 'refunds', 'refundsFen'] as const) m[k] += row[k] ?? 0;
    out.set(row.hostId, m);
  }
  return out;
}

/** One host's part of the money of [from, to). */
export function hostMoneyOf(sqlite: Database.Database, hostId: number, from: Date, to: Date): HostMoney | undefined {
  return hostMoney(sqlite, from, to).get(hostId);
}
