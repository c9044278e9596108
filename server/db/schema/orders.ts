import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { orderStatuses } from '../../domain/ledger';
import { importStatuses } from '../../shared/api/imports';
// A cycle with ../schema, harmless: references are resolved lazily, after both modules load.
import { users } from '../schema';
import { hosts, platformAccounts } from './roster';
import { sessions } from './scheduling';

// Orders and the commission ledger (SPEC section 6), the import jobs that bring orders in, and the
// settlement periods whose lock decides where a ledger entry is booked.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const imports = sqliteTable('imports', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  format: text('format'),
  fileName: text('file_name').notNull(),
  fileSize: integer('file_size').notNull(),
  status: text('status', { enum: importStatuses }).notNull(),
  bytesRead: integer('bytes_read').notNull().default(0),
  rowsRead: integer('rows_read').notNull().default(0),
  inserted: integer('inserted').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  unchanged: integer('unchanged').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  /**
   * The first rejected rows, [{row, message, messageZh}] (the count of all is `rejected`); rows stored before
   * migration 0017 have no messageZh.
   */
  errors: text('errors', { mode: 'json' }).$type<{ row: number; message: string; messageZh?: string }[]>().notNull(),
  /** Why the import failed, in English and (since migration 0017) Chinese. */
  message: text('message'),
  messageZh: text('message_zh'),
  /**
   * Where the orders this import wrote (new or updated) were attributed when it finished: to a session, to the
   * account's host without a session, or left unmatched (issue 17). Null for imports before migration 0025.
   */
  toSession: integer('to_session'),
  toHostOnly: integer('to_host_only'),
  leftUnmatched: integer('left_unmatched'),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: at('created_at').notNull(),
  startedAt: at('started_at'),
  finishedAt: at('finished_at'),
}, (t) => [index('imports_created_idx').on(t.createdAt)]);

/**
 * The header row of a CSV or XLSX export, stored once: an order imported from such a file keeps
 * its raw row as the array of its cells, which these headers name (SPEC §6: the raw row kept).
 */
export const rawHeaders = sqliteTable('raw_headers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  /** JSON text of the headers as the file wrote them: the same header row is stored once. */
  headers: text('headers').notNull().unique(),
});

/** An order's reported commission: the settled one once settled, else the estimate. */
export const reportedCommissionSql = "(CASE WHEN status = 'settled' THEN settled_commission_fen ELSE estimated_commission_fen END)";
/** Its expected one: base x rate rounded half away from zero (applyRate's rule). */
export const expectedCommissionSql = '(CASE WHEN commission_base_fen * commission_rate_bp < 0 THEN -1 ELSE 1 END) * ((abs(commission_base_fen * commission_rate_bp) + 5000) / 10000)';
/**
 * The two differ by more than one fen; refunded orders are not judged. SQL text shared by the partial index below
 * and the queries that count or list such orders (server/modules/ledger/reconciliation-figures.ts).
 */
export const commissionMismatchSql = `(status <> 'invalid' AND abs(${reportedCommissionSql} - ${expectedCommissionSql}) > 1)`;

export const orders = sqliteTable('orders', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  platform: text('platform').notNull(),
  rowKey: text('row_key').notNull(),
  accountIdentifiers: text('account_identifiers', { mode: 'json' }).$type<string[]>().notNull(),
  accountId: integer('account_id').references(() => platformAccounts.id),
  sessionId: integer('session_id').references(() => sessions.id),
  /** The attributed hosts and their shares, in session order: [{hostId, shareBp}]. */
  hosts: text('hosts', { mode: 'json' }).$type<{ hostId: number; shareBp: number }[]>().notNull(),
  liveRoomId: text('live_room_id'),
  product: text('product').notNull(),
  quantity: integer('quantity').notNull(),
  gmvFen: integer('gmv_fen').notNull(),
  commissionBaseFen: integer('commission_base_fen').notNull(),
  commissionRateBp: integer('commission_rate_bp').notNull(),
  commissionRateRaw: text('commission_rate_raw').notNull(),
  estimatedCommissionFen: integer('estimated_commission_fen').notNull(),
  settledCommissionFen: integer('settled_commission_fen').notNull(),
  status: text('status', { enum: orderStatuses }).notNull(),
  paidAt: at('paid_at'),
  settledAt: at('settled_at'),
  refundedAt: at('refunded_at'),
  /** The platform's own last-update instant of the row, where its data has one (NormalizedOrder.sourceUpdatedAt). */
  sourceUpdatedAt: at('source_updated_at'),
  /** The row as read: a JSON object, or (rawHeadersId set) the array of a CSV/XLSX row's cells. */
  raw: text('raw', { mode: 'json' }).notNull(),
  rawHeadersId: integer('raw_headers_id').references(() => rawHeaders.id),
  /** A digest of the normalized fields: an unchanged re-import is recognised without comparing fields. */
  digest: text('digest').notNull(),
  importId: integer('import_id').references(() => imports.id),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [
  uniqueIndex('orders_platform_row_key_unique').on(t.platform, t.rowKey),
  index('orders_account_paid_idx').on(t.accountId, t.paidAt),
  index('orders_session_idx').on(t.sessionId),
  // A status or a platform with paid dates, newest paid first (the orders list's filters): read along the index.
  index('orders_status_paid_idx').on(t.status, t.paidAt),
  index('orders_platform_paid_idx').on(t.platform, t.paidAt),
  index('orders_paid_idx').on(t.paidAt),
  // The dashboard's, the reports' and reconciliation's sums by settlement and refund instant (SPEC section 9) read
  // one index range each, without the rows: partial (most orders are neither settled nor refunded yet) and covering.
  index('orders_settled_idx').on(t.settledAt, t.settledCommissionFen, t.platform, t.sessionId).where(sql`settled_at IS NOT NULL`),
  index('orders_refunded_idx').on(t.refundedAt, t.status, t.gmvFen, t.platform, t.sessionId).where(sql`refunded_at IS NOT NULL`),
  // A session given the platform's live-room id re-attributes that room's orders of the account, not all the account's.
  index('orders_live_room_idx').on(t.liveRoomId, t.accountId).where(sql`live_room_id IS NOT NULL`),
  // The few orders whose reported commission is off base x rate (reconciliation, the dashboard's count): the
  // condition must stay the text of commissionMismatchSql for SQLite to use the index.
  index('orders_commission_mismatch_idx').on(t.paidAt, t.accountId).where(sql.raw(commissionMismatchSql)),
]);

/**
 * An order's hosts as rows: one per (order, host), with copies of the order's columns that per-host lists and
 * sums filter and add, so that they are index searches instead of a scan of `orders.hosts` through json_each.
 * Written only by triggers on `orders` (migration 0023_order_hosts), in the statement that writes the order:
 * no code path can forget it. An unmatched order (no hosts) has no row. A host listed twice in `orders.hosts`
 * (bad data) has one row with both shares and both parts summed.
 */
export const orderHosts = sqliteTable('order_hosts', {
  orderId: integer('order_id').notNull().references(() => orders.id, { onDelete: 'cascade' }),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  /** Where the host first stands in `orders.hosts` (session order, from 0). */
  position: integer('position').notNull(),
  /** The host's session share (basis points). */
  shareBp: integer('share_bp').notNull(),
  // Copies of the order's columns.
  platform: text('platform').notNull(),
  accountId: integer('account_id'),
  sessionId: integer('session_id'),
  status: text('status', { enum: orderStatuses }).notNull(),
  paidAt: at('paid_at'),
  settledAt: at('settled_at'),
  refundedAt: at('refunded_at'),
  gmvFen: integer('gmv_fen').notNull(),
  estimatedCommissionFen: integer('estimated_commission_fen').notNull(),
  settledCommissionFen: integer('settled_commission_fen').notNull(),
  /**
   * The host's parts of the order's amounts: `allocate` over the session shares in listed order (the ledger's
   * rule, server/domain/ledger.ts hostParts), so the parts of an order's hosts add up to the order's amount.
   * The settled part is what the host's ledger entries for the order sum to while the order is settled.
   * All zero when every share is zero.
   */
  gmvPartFen: integer('gmv_part_fen').notNull(),
  estimatedCommissionPartFen: integer('estimated_commission_part_fen').notNull(),
  settledCommissionPartFen: integer('settled_commission_part_fen').notNull(),
}, (t) => [
  primaryKey({ columns: [t.orderId, t.hostId] }),
  // A host's orders, newest first, paged; a host's sums over a paid_at range.
  index('order_hosts_host_paid_idx').on(t.hostId, t.paidAt, t.orderId),
  // Every host's sums over a paid_at range (month by host), optionally of one platform.
  index('order_hosts_paid_host_idx').on(t.paidAt, t.hostId, t.platform),
  // Sums by settlement and refund instant (settled commission, refunds) over a range.
  index('order_hosts_settled_host_idx').on(t.settledAt, t.hostId).where(sql`settled_at IS NOT NULL`),
  index('order_hosts_refunded_host_idx').on(t.refundedAt, t.hostId).where(sql`refunded_at IS NOT NULL`),
]);

/** Append-only: triggers in the migrations refuse UPDATE and DELETE. */
export const ledgerEntries = sqliteTable('ledger_entries', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  orderId: integer('order_id').notNull().references(() => orders.id),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  amountFen: integer('amount_fen').notNull(),
  eventAt: at('event_at').notNull(),
  bookingPeriod: text('booking_period').notNull(),
  createdAt: at('created_at').notNull(),
}, (t) => [
  index('ledger_period_host_idx').on(t.bookingPeriod, t.hostId),
  index('ledger_order_host_idx').on(t.orderId, t.hostId),
  // The ledger list, newest event first, unfiltered and by host: read along an index, not sorted per page.
  index('ledger_event_idx').on(t.eventAt, t.id),
  index('ledger_host_event_idx').on(t.hostId, t.eventAt, t.id),
]);

/**
 * One row whose version triggers bump on every change to what attribution reads (accounts, their
 * identifiers, sessions and their hosts, periods): an import keeps its lookups across batches while
 * the version stays the same, and reloads them when it moves (migration 0010_attribution_inputs_triggers).
 */
export const attributionInputs = sqliteTable('attribution_inputs', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

/**
 * Row counts kept by triggers (migration 0012_row_counts_triggers), so that the unfiltered order list
 * answers its total without counting a million rows: SQLite has no constant-time count(*).
 */
export const rowCounts = sqliteTable('row_counts', {
  name: text('name').primaryKey(),
  n: integer('n').notNull(),
});
