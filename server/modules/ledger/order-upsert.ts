import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { attributeOrder, type Attribution, type AttributionContext, type HostShare } from '../../domain/attribution';
import { ledgerEntriesFor, type OrderStatus } from '../../domain/ledger';
import { isOlderState } from '../../domain/order-freshness';
import type { NormalizedOrder } from '../../importers';
import { orderStatements, type OrderStatements } from './order-statements';
import type { PreparedOrder } from '../../importers/prepared-order';
import { extend } from '../../shared/extend';
import { closedPeriods } from '../periods/periods.service';
import { updateOrderRow, type OrderRow } from './orders.repo';

export type UpsertOutcome = 'inserted' | 'updated' | 'unchanged';

export interface UpsertContext {
  attribution: AttributionContext;
  statements: OrderStatements;
  timeZone: string;
  now: Date;
  importId: number | null;
  /** Closed periods, read once per batch: an entry is booked in the first open period. */
  closed: Set<string>;
  /** Ids of the header rows met so far (see rawHeadersIdOf). */
  headerIds: { byArray: WeakMap<readonly string[], number>; byJson: Map<string, number> };
}

export function upsertContext(db: Db, sqlite: Database.Database, attribution: AttributionContext, timeZone: string, now: Date, importId: number | null): UpsertContext {
  return { attribution, statements: orderStatements(sqlite), timeZone, now, importId, closed: closedPeriods(db), headerIds: { byArray: new WeakMap(), byJson: new Map() } };
}

function attributionColumns(a: Attribution) {
  return {
    accountId: a.kind === 'unmatched' ? null : a.accountId,
    sessionId: a.kind === 'session' ? a.sessionId : null,
    hosts: a.kind === 'unmatched' ? [] : a.hosts,
  };
}

interface LedgerState { status: OrderStatus; settledCommissionFen: number; hosts: readonly HostShare[]; settledAt: Date | null; refundedAt: Date | null; paidAt: Date | null }

/** The instant a ledger change happens at: the refund for a refunded order, the settlement otherwise. */
function eventAt(o: LedgerState, now: Date): Date {
  if (o.status === 'invalid') return o.refundedAt ?? o.settledAt ?? now;
  return o.settledAt ?? o.paidAt ?? now;
}

/** Appends the ledger entries that bring each host's sum for the order to its part of the settled commission. */
function bookLedger(orderId: number, state: LedgerState, ctx: UpsertContext, isNew: boolean): void {
  // A new order has no entries yet: no need to ask.
  const previous = isNew ? new Map<number, number>() : ctx.statements.ledgerSums(orderId);
  const entries = ledgerEntriesFor({
    orderId, previous, timeZone: ctx.timeZone, openPeriod: (p) => !ctx.closed.has(p),
    next: { status: state.status, settledCommissionFen: state.settledCommissionFen, hosts: state.hosts, eventAt: eventAt(state, ctx.now) },
  });
  ctx.statements.append(entries, ctx.now);
}

/**
 * The stored id of a CSV/XLSX header row. The rows of one batch share one array, so the JSON text
 * is built once a batch, and the database asked once an import (kept with the context, which lives
 * no longer than the import: an id from a rolled-back batch is never reused).
 */
function rawHeadersIdOf(headers: readonly string[] | null, ctx: UpsertContext): number | null {
  if (!headers) return null;
  const { byArray, byJson } = ctx.headerIds;
  let id = byArray.get(headers);
  if (id === undefined) {
    const json = JSON.stringify(headers);
    id = byJson.get(json) ?? ctx.statements.rawHeadersId(json);
    byJson.set(json, id);
    byArray.set(headers, id);
  }
  return id;
}

/**
 * One imported row: insert, update or leave it; then the ledger follows the order's new state. A row that is an
 * older state of the stored order (an old file imported again) leaves it as it is.
 */
export function upsertOrder(order: PreparedOrder, ctx: UpsertContext): UpsertOutcome {
  const existing = ctx.statements.findByKey(order.platform, order.rowKey);
  if (existing && isOlderState({ status: order.status, sourceUpdatedAt: order.sourceUpdatedAt?.getTime() ?? null }, existing)) return 'unchanged';
  const attribution = attributionColumns(attributeOrder(order, ctx.attribution));
  const sameAttribution = existing && existing.accountId === attribution.accountId && existing.sessionId === attribution.sessionId
    && existing.hosts === JSON.stringify(attribution.hosts);
  if (existing && existing.digest === order.digest && sameAttribution) return 'unchanged';
  // extend, not a spread-then-add literal: see server/shared/extend.ts. accountIdentifier is not a column.
  const columns = extend(order, extend(attribution, { rawHeadersId: rawHeadersIdOf(order.rawHeaders, ctx), importId: ctx.importId ?? existing?.importId ?? null, updatedAt: ctx.now }));
  const id = existing ? existing.id : ctx.statements.insert(columns, ctx.now);
  if (existing) ctx.statements.update(existing.id, columns);
  bookLedger(id, columns, ctx, !existing);
  return existing ? 'updated' : 'inserted';
}

/** Attribution again for a stored order (an account or session changed): reversal and new entries, never edits. */
export function reattributeOrder(db: Db, row: OrderRow, ctx: UpsertContext): boolean {
  const platform = row.platform as NormalizedOrder['platform'];
  const attribution = attributionColumns(attributeOrder({ platform, accountIdentifiers: row.accountIdentifiers, liveRoomId: row.liveRoomId, paidAt: row.paidAt }, ctx.attribution));
  if (row.accountId === attribution.accountId && row.sessionId === attribution.sessionId && JSON.stringify(row.hosts) === JSON.stringify(attribution.hosts)) return false;
  updateOrderRow(db, row.id, { ...attribution, updatedAt: ctx.now });
  bookLedger(row.id, { ...row, ...attribution }, ctx, false);
  return true;
}
