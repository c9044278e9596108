import type Database from 'better-sqlite3';
import { perConnection } from '../../db/per-connection';
import type { LedgerEntry, OrderStatus } from '../../domain/ledger';

// The import's hot path as prepared statements, compiled once per connection: a million-row export
// runs these a few million times, and building each query anew (as the query builder does) would
// cost more than SQLite's own work. Everything else goes through drizzle.

export interface StoredOrderKey {
  id: number; digest: string; accountId: number | null; sessionId: number | null; hosts: string; importId: number | null;
  status: OrderStatus; sourceUpdatedAt: number | null;
}

export interface OrderColumns {
  platform: string; rowKey: string; accountIdentifiers: string[]; accountId: number | null; sessionId: number | null;
  hosts: { hostId: number; shareBp: number }[]; liveRoomId: string | null; product: string; quantity: number; gmvFen: number;
  commissionBaseFen: number; commissionRateBp: number; commissionRateRaw: string; estimatedCommissionFen: number;
  settledCommissionFen: number; status: string; paidAt: Date | null; settledAt: Date | null; refundedAt: Date | null; sourceUpdatedAt: Date | null;
  /** The raw row as JSON text, serialised once for both the digest and the row. */
  rawJson: string; rawHeadersId: number | null; digest: string; importId: number | null; updatedAt: Date;
}

const columns = ['platform', 'row_key', 'account_identifiers', 'account_id', 'session_id', 'hosts', 'live_room_id', 'product', 'quantity', 'gmv_fen',
  'commission_base_fen', 'commission_rate_bp', 'commission_rate_raw', 'estimated_commission_fen', 'settled_commission_fen', 'status',
  'paid_at', 'settled_at', 'refunded_at', 'source_updated_at', 'raw', 'raw_headers_id', 'digest', 'import_id', 'updated_at'];

const ms = (d: Date | null) => (d ? d.getTime() : null);
const values = (o: OrderColumns) => [o.platform, o.rowKey, JSON.stringify(o.accountIdentifiers), o.accountId, o.sessionId, JSON.stringify(o.hosts),
  o.liveRoomId, o.product, o.quantity, o.gmvFen, o.commissionBaseFen, o.commissionRateBp, o.commissionRateRaw, o.estimatedCommissionFen,
  o.settledCommissionFen, o.status, ms(o.paidAt), ms(o.settledAt), ms(o.refundedAt), ms(o.sourceUpdatedAt), o.rawJson, o.rawHeadersId, o.digest,
  o.importId, ms(o.updatedAt)];

function compile(sqlite: Database.Database) {
  const byKey = sqlite.prepare(`SELECT id, digest, account_id AS accountId, session_id AS sessionId, hosts, import_id AS importId, status,
    source_updated_at AS sourceUpdatedAt FROM orders WHERE platform = ? AND row_key = ?`);
  const insert = sqlite.prepare(`INSERT INTO orders (${columns.join(', ')}, created_at) VALUES (${columns.map(() => '?').join(', ')}, ?) RETURNING id`);
  const update = sqlite.prepare(`UPDATE orders SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`);
  const sums = sqlite.prepare(`SELECT host_id AS hostId, SUM(amount_fen) AS total FROM ledger_entries WHERE order_id = ? GROUP BY host_id`);
  const version = sqlite.prepare('SELECT version FROM attribution_inputs WHERE id = 1').pluck();
  const paidBetween = sqlite.prepare('SELECT 1 FROM orders WHERE account_id = ? AND paid_at >= ? AND paid_at < ? LIMIT 1').pluck();
  const addHeaders = sqlite.prepare('INSERT INTO raw_headers (headers) VALUES (?) ON CONFLICT (headers) DO NOTHING');
  const headersId = sqlite.prepare('SELECT id FROM raw_headers WHERE headers = ?').pluck();
  const entry = sqlite.prepare(`INSERT INTO ledger_entries (order_id, host_id, amount_fen, event_at, booking_period, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
  return {
    findByKey: (platform: string, rowKey: string) => byKey.get(platform, rowKey) as StoredOrderKey | undefined,
    insert: (o: OrderColumns, createdAt: Date) => (insert.get(...values(o), createdAt.getTime()) as { id: number }).id,
    update: (id: number, o: OrderColumns) => { update.run(...values(o), id); },
    /** Moves whenever accounts, identifiers, sessions, their hosts or periods change (triggers, migration 0010). */
    attributionVersion: () => version.get() as number | undefined,
    /** Whether an account has any order paid in [from, to): most bookings have none yet, and skip re-attribution. */
    anyPaidBetween: (accountId: number, from: Date, to: Date) => paidBetween.get(accountId, from.getTime(), to.getTime()) !== undefined,
    /** The id of a header row (JSON text), stored on first use. */
    rawHeadersId: (headersJson: string) => {
      addHeaders.run(headersJson);
      return headersId.get(headersJson) as number;
    },
    ledgerSums: (orderId: number) => new Map((sums.all(orderId) as { hostId: number; total: number }[]).map((r) => [r.hostId, r.total])),
    append: (entries: readonly LedgerEntry[], createdAt: Date) => {
      for (const e of entries) entry.run(e.orderId, e.hostId, e.amountFen, e.eventAt.getTime(), e.bookingPeriod, createdAt.getTime());
    },
  };
}

export type OrderStatements = ReturnType<typeof compile>;
export const orderStatements = perConnection(compile);
