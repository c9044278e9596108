import { addDays, dayNumber } from './dates';
import { mulDivRound, ratioToBp } from './money';

// The dashboard's and reports' derived figures (issue 16): rates and changes computed exactly in
// integers and rounded once, half away from zero, as every amount of SPEC section 3 is.

/** Fen per hour live: amountFen x 60 / minutes, rounded once; null when the host was never live. */
export function perHourLive(amountFen: number, minutes: number): number | null {
  if (minutes <= 0) return null;
  return mulDivRound(amountFen, 60, minutes);
}

/** Refunds as a share of what was sold in basis points (10000 = all of it), rounded once; null when nothing was sold. */
export function refundRateBp(refundsFen: number, soldFen: number): number | null {
  if (soldFen <= 0) return null;
  return ratioToBp(refundsFen, soldFen);
}

/** The change from `previous` to `current` in basis points of `previous`; null when there was nothing before. */
export function changeBp(current: number, previous: number): number | null {
  if (previous === 0) return null;
  return ratioToBp(current - previous, Math.abs(previous));
}

/** Whole minutes of [start, end), never negative. */
export function minutesBetween(start: Date, end: Date): number {
  return Math.max(0, Math.floor((end.getTime() - start.getTime()) / 60_000));
}

/** Adds the numeric fields of `add` into `into` (the named ones only). */
export function addInto<K extends string>(into: Record<K, number>, add: Partial<Record<K, number>>, keys: readonly K[]): Record<K, number> {
  for (const k of keys) into[k] += add[k] ?? 0;
  return into;
}

/** The n largest by `by`, ties to the smaller key, so the same figures always give the same list. */
export function topBy<T extends { key: number }>(rows: readonly T[], n: number, by: (row: T) => number): T[] {
  return [...rows].sort((a, b) => by(b) - by(a) || a.key - b.key).slice(0, n);
}

export interface MoneyTotals { orders: number; gmvFen: number; estimatedCommissionFen: number; settledCommissionFen: number; refunds: number; refundsFen: number }
export const moneyKeys = ['orders', 'gmvFen', 'estimatedCommissionFen', 'settledCommissionFen', 'refunds', 'refundsFen'] as const;
export const zeroMoney = (): MoneyTotals => ({ orders: 0, gmvFen: 0, estimatedCommissionFen: 0, settledCommissionFen: 0, refunds: 0, refundsFen: 0 });

/** A row of the ledger's money for one interval (`bucket`, its index) and one key of a dimension. */
export interface BucketRow { bucket: number; key: string | number | null }

/**
 * Folds the ledger's rows per interval (paid, settled and refunded, each with its own fields) into totals
 * per group, where `groupOf` names the group of a row from its interval's index and its key.
 */
export function foldMoney<G extends string | number>(
  rows: { paid: readonly (BucketRow & Partial<MoneyTotals>)[]; settled: readonly (BucketRow & Partial<MoneyTotals>)[]; refunds: readonly (BucketRow & Partial<MoneyTotals>)[] },
  groupOf: (bucket: number, key: string | number | null) => G | null,
): Map<G, MoneyTotals> {
  const out = new Map<G, MoneyTotals>();
  for (const row of [...rows.paid, ...rows.settled, ...rows.refunds]) {
    const group = groupOf(row.bucket, row.key);
    if (group === null) continue;
    addInto(out.get(group) ?? out.set(group, zeroMoney()).get(group)!, row, moneyKeys);
  }
  return out;
}

/** The Monday of a date's week ('YYYY-MM-DD'; weeks run Monday to Sunday, as in China). */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const n = dayNumber(y, m, d);
  const weekday = (((n + 3) % 7) + 7) % 7; // 1970-01-01, day 0, was a Thursday: Monday is 0
  return addDays(date, -weekday);
}
