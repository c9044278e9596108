import type { HostShare } from './attribution';
import { allocate, assertFen, sumFen, type Fen } from './money';
import { nextPeriod, periodOf, type Period } from './periods';

// The commission ledger (SPEC section 6) is append-only: an order change never edits an
// entry, it appends the difference between what each host should now have and what the
// host's entries already sum to. Computing entries as "target minus booked" (rather than from
// the kind of change) makes every path the same one: first settlement, refund, amended
// amount, re-attribution, and a replay of an unchanged export (which yields nothing).

export const orderStatuses = ['pending', 'paid', 'received', 'settled', 'invalid'] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export interface HostPart {
  hostId: number;
  partFen: Fen;
}

export interface LedgerEntry {
  orderId: number;
  hostId: number;
  amountFen: Fen;
  /** The settlement or refund instant that caused the entry. */
  eventAt: Date;
  bookingPeriod: Period;
}

export interface OrderVersion {
  status: OrderStatus;
  settledCommissionFen: Fen;
  /** The order's hosts from attribution, in listed order; empty while the order is unmatched. */
  hosts: readonly HostShare[];
  /** The settlement or refund instant of this version. */
  eventAt: Date;
}

export interface LedgerChange {
  orderId: number;
  /** Per host, the current sum of the host's entries for this order (absent = 0). */
  previous: ReadonlyMap<number, Fen>;
  next: OrderVersion;
  /** The agency time zone (IANA name). */
  timeZone: string;
  /** Whether a period is still open for booking (not locked by a closed settlement). */
  openPeriod: (period: Period) => boolean;
}

/** How far ahead to look for an open period: 100 years of locked months is a bug, not data. */
const MAX_PERIODS_AHEAD = 1200;

/**
 * Each host's part of an amount by allocate over the session shares, in listed order: the
 * fen left over go to the largest dropped fractions, ties to the earlier-listed host, and a
 * host with a 0 share gets 0. No hosts (an unmatched order): no parts.
 */
export function hostParts(settledCommissionFen: Fen, hosts: readonly HostShare[]): HostPart[] {
  if (hosts.length === 0) return [];
  const parts = allocate(settledCommissionFen, hosts.map((h) => h.shareBp));
  return hosts.map((h, i) => ({ hostId: h.hostId, partFen: parts[i] ?? 0 }));
}

/**
 * What each host's entries for the order must sum to after this version: settled orders share
 * their settled commission; anything else (not yet settled, refunded, invalid) owes nobody.
 * A host listed twice (bad data) gets the sum of both parts, so the total still reconciles.
 */
export function targetParts(next: OrderVersion): Map<number, Fen> {
  const targets = new Map<number, Fen>();
  if (next.status !== 'settled') return targets;
  for (const { hostId, partFen } of hostParts(assertFen(next.settledCommissionFen, 'settled commission'), next.hosts)) {
    targets.set(hostId, sumFen([targets.get(hostId) ?? 0, partFen]));
  }
  return targets;
}

/**
 * The period an entry is booked in: the event's period in the agency zone if it is open, else
 * the first open period after it, so that locked statements never change and a late refund
 * lands in the next open period.
 */
export function bookingPeriod(eventAt: Date, timeZone: string, isOpen: (period: Period) => boolean): Period {
  let period = periodOf(eventAt, timeZone);
  for (let i = 0; i < MAX_PERIODS_AHEAD; i += 1) {
    if (isOpen(period)) return period;
    period = nextPeriod(period);
  }
  throw new RangeError(`no open period within ${MAX_PERIODS_AHEAD} months of ${periodOf(eventAt, timeZone)}`);
}

/**
 * The entries that bring each host's sum to its target: one per host whose sum changes,
 * reversals of hosts no longer attributed first (in the order of `previous`), then the
 * current hosts in listed order. None when nothing changes, so applying a version twice is
 * harmless.
 */
export function ledgerEntriesFor(change: LedgerChange): LedgerEntry[] {
  const targets = targetParts(change.next);
  const hostIds = [...change.previous.keys()].filter((id) => !targets.has(id));
  hostIds.push(...targets.keys());
  const deltas = hostIds
    .map((hostId) => ({ hostId, amountFen: sumFen([targets.get(hostId) ?? 0, -(change.previous.get(hostId) ?? 0)]) }))
    .filter((d) => d.amountFen !== 0);
  if (deltas.length === 0) return [];
  const { eventAt } = change.next;
  const period = bookingPeriod(eventAt, change.timeZone, change.openPeriod);
  return deltas.map(({ hostId, amountFen }) => ({
    orderId: change.orderId, hostId, amountFen, eventAt, bookingPeriod: period,
  }));
}

/** The running per-host sums after appending entries: what the next call takes as `previous`. */
export function applyEntries(previous: ReadonlyMap<number, Fen>, entries: readonly LedgerEntry[]): Map<number, Fen> {
  const sums = new Map(previous);
  for (const e of entries) sums.set(e.hostId, sumFen([sums.get(e.hostId) ?? 0, e.amountFen]));
  return sums;
}
