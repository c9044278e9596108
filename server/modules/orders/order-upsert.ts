import crypto from 'node:crypto';
import type { Db } from '../../db/client';
import { attributeOrder, type Attribution, type AttributionContext } from '../../domain/attribution';
import { ledgerEntriesFor } from '../../domain/ledger';
import type { NormalizedOrder } from '../../importers';
import { appendLedger, closedPeriods, findOrderByKey, insertOrder, ledgerSums, updateOrderRow, type OrderRow } from './orders.repo';

export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

export interface UpsertContext {
  attribution: AttributionContext;
  timeZone: string;
  now: Date;
  importId: number | null;
  /** Closed periods, read once per batch: an entry is booked in the first open period. */
  closed: Set<string>;
}

export function upsertContext(db: Db, attribution: AttributionContext, timeZone: string, now: Date, importId: number | null): UpsertContext {
  return { attribution, timeZone, now, importId, closed: closedPeriods(db) };
}

/** The platform's facts about the row; an export that repeats them exactly changes nothing. */
function digestOf(order: NormalizedOrder): string {
  const { raw, ...fields } = order;
  return crypto.createHash('sha1').update(JSON.stringify([fields, raw])).digest('base64');
}

function attributionColumns(a: Attribution) {
  return {
    accountId: a.kind === 'unmatched' ? null : a.accountId,
    sessionId: a.kind === 'session' ? a.sessionId : null,
    hosts: a.kind === 'unmatched' ? [] : a.hosts,
  };
}

/** The instant a ledger change happens at: the refund for a refunded order, the settlement otherwise. */
function eventAt(o: Pick<OrderRow, 'status' | 'settledAt' | 'refundedAt' | 'paidAt'>, now: Date): Date {
  if (o.status === 'invalid') return o.refundedAt ?? o.settledAt ?? now;
  return o.settledAt ?? o.paidAt ?? now;
}

/** Appends the ledger entries that bring each host's sum for the order to its part of the settled commission. */
export function bookLedger(db: Db, order: OrderRow, ctx: UpsertContext): void {
  const entries = ledgerEntriesFor({
    orderId: order.id, previous: ledgerSums(db, order.id), timeZone: ctx.timeZone,
    openPeriod: (p) => !ctx.closed.has(p),
    next: { status: order.status, settledCommissionFen: order.settledCommissionFen, hosts: order.hosts, eventAt: eventAt(order, ctx.now) },
  });
  appendLedger(db, entries, ctx.now);
}

/** One imported row: insert, update or leave it; then the ledger follows the order's new state. */
export function upsertOrder(db: Db, order: NormalizedOrder, ctx: UpsertContext): UpsertOutcome {
  const existing = findOrderByKey(db, order.platform, order.rowKey);
  const digest = digestOf(order);
  const attribution = attributionColumns(attributeOrder(order, ctx.attribution));
  const sameAttribution = existing && existing.accountId === attribution.accountId && existing.sessionId === attribution.sessionId
    && JSON.stringify(existing.hosts) === JSON.stringify(attribution.hosts);
  if (existing && existing.digest === digest && sameAttribution) return 'unchanged';
  const { raw, accountIdentifier: _preferred, ...fields } = order;
  const columns = { ...fields, ...attribution, raw, digest, importId: ctx.importId ?? existing?.importId ?? null, updatedAt: ctx.now };
  let row: OrderRow;
  if (existing) {
    updateOrderRow(db, existing.id, columns);
    row = { ...existing, ...columns };
  } else {
    row = insertOrder(db, { ...columns, createdAt: ctx.now });
  }
  bookLedger(db, row, ctx);
  return existing ? 'updated' : 'inserted';
}

/** Attribution again for a stored order (an account or session changed): reversal and new entries, never edits. */
export function reattributeOrder(db: Db, row: OrderRow, ctx: UpsertContext): boolean {
  const platform = row.platform as NormalizedOrder['platform'];
  const attribution = attributionColumns(attributeOrder({ platform, accountIdentifiers: row.accountIdentifiers, liveRoomId: row.liveRoomId, paidAt: row.paidAt }, ctx.attribution));
  if (row.accountId === attribution.accountId && row.sessionId === attribution.sessionId && JSON.stringify(row.hosts) === JSON.stringify(attribution.hosts)) return false;
  updateOrderRow(db, row.id, { ...attribution, updatedAt: ctx.now });
  bookLedger(db, { ...row, ...attribution }, ctx);
  return true;
}
