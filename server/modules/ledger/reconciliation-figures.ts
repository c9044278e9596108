import type Database from 'better-sqlite3';
import { perConnection } from '../../db/per-connection';
import { commissionMismatchSql as mismatch, expectedCommissionSql as expected, reportedCommissionSql as reported } from '../../db/schema';

// The figures of SPEC section 9 per platform account and period, as SQL aggregates over the orders and
// the ledger this module owns. An order's reported commission is its settled commission once settled,
// else its estimate; its expected one is base x rate rounded half away from zero (applyRate's rule).

export interface AccountFigures {
  accountId: number;
  orders: number;
  invalidOrders: number;
  gmvFen: number;
  estimatedCommissionFen: number;
  commissionMismatches: number;
  settledCommissionFen: number;
  refundsFen: number;
  ledgerFen: number;
  settledWithoutHost: number;
}


const queries = perConnection((sqlite) => ({
  paid: sqlite.prepare(`SELECT account_id AS accountId, count(*) AS orders, coalesce(sum(status = 'invalid'), 0) AS invalidOrders,
      coalesce(sum(CASE WHEN status <> 'invalid' THEN gmv_fen END), 0) AS gmvFen,
      coalesce(sum(CASE WHEN status <> 'invalid' THEN estimated_commission_fen END), 0) AS estimatedCommissionFen,
      coalesce(sum(${mismatch}), 0) AS commissionMismatches
    FROM orders WHERE account_id IS NOT NULL AND paid_at >= ? AND paid_at < ? GROUP BY account_id`),
  settled: sqlite.prepare(`SELECT account_id AS accountId, coalesce(sum(settled_commission_fen), 0) AS settledCommissionFen,
      coalesce(sum(status = 'settled' AND hosts = '[]'), 0) AS settledWithoutHost
    FROM orders WHERE account_id IS NOT NULL AND settled_at >= ? AND settled_at < ? GROUP BY account_id`),
  refunds: sqlite.prepare(`SELECT account_id AS accountId, coalesce(sum(gmv_fen), 0) AS refundsFen
    FROM orders WHERE account_id IS NOT NULL AND status = 'invalid' AND refunded_at >= ? AND refunded_at < ? GROUP BY account_id`),
  ledger: sqlite.prepare(`SELECT o.account_id AS accountId, coalesce(sum(l.amount_fen), 0) AS ledgerFen
    FROM ledger_entries l JOIN orders o ON o.id = l.order_id WHERE l.booking_period = ? AND o.account_id IS NOT NULL GROUP BY o.account_id`),
  mismatches: sqlite.prepare(`SELECT id, row_key AS rowKey, status, commission_base_fen AS commissionBaseFen, commission_rate_bp AS commissionRateBp,
      ${reported} AS reportedFen, ${expected} AS expectedFen, paid_at AS paidAt
    FROM orders WHERE account_id = ? AND paid_at >= ? AND paid_at < ? AND ${mismatch} ORDER BY paid_at, id LIMIT 500`),
  mismatchCount: sqlite.prepare(`SELECT count(*) FROM orders WHERE paid_at >= ? AND paid_at < ? AND account_id IS NOT NULL AND ${mismatch}`).pluck(),
}));

const empty = (accountId: number): AccountFigures => ({
  accountId, orders: 0, invalidOrders: 0, gmvFen: 0, estimatedCommissionFen: 0, commissionMismatches: 0, settledCommissionFen: 0, refundsFen: 0, ledgerFen: 0, settledWithoutHost: 0,
});

/** Every account with an order paid, settled or refunded in the period, or a ledger entry booked in it. */
export function accountFigures(sqlite: Database.Database, period: string, from: Date, to: Date): Map<number, AccountFigures> {
  const q = queries(sqlite);
  const out = new Map<number, AccountFigures>();
  const merge = (rows: unknown[]) => {
    for (const row of rows as ({ accountId: number } & Partial<AccountFigures>)[]) out.set(row.accountId, { ...(out.get(row.accountId) ?? empty(row.accountId)), ...row });
  };
  merge(q.paid.all(from.getTime(), to.getTime()));
  merge(q.settled.all(from.getTime(), to.getTime()));
  merge(q.refunds.all(from.getTime(), to.getTime()));
  merge(q.ledger.all(period));
  return out;
}

export interface MismatchedOrder { id: number; rowKey: string; status: string; commissionBaseFen: number; commissionRateBp: number; reportedFen: number; expectedFen: number; paidAt: number }

/** The account's orders paid in the period whose reported commission is off base x rate by more than a fen (at most 500). */
export function mismatchedOrders(sqlite: Database.Database, accountId: number, from: Date, to: Date): MismatchedOrder[] {
  return queries(sqlite).mismatches.all(accountId, from.getTime(), to.getTime()) as MismatchedOrder[];
}

/** How many orders paid in [from, to) on a known account have a commission mismatch: the partial index's range. */
export function commissionMismatchCount(sqlite: Database.Database, from: Date, to: Date): number {
  return queries(sqlite).mismatchCount.get(from.getTime(), to.getTime()) as number;
}
