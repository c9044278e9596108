import type { Db } from '../../db/client';
import { text } from '../../domain/text';
import { AppError } from '../../errors';
import { closedPeriods as readClosedPeriods, closePeriodRow, findPeriod, periodRows } from './periods.repo';

// The settlement periods (SPEC section 8): a calendar month is open until finance closes it; then
// nothing booked in it changes. Every write into a period asks here, inside its own transaction.

/** The closed periods, read once per batch: a ledger entry is booked in the first open period. */
export function closedPeriods(tx: Db): Set<string> {
  return readClosedPeriods(tx);
}

export function isPeriodClosed(tx: Db, period: string): boolean {
  return findPeriod(tx, period)?.status === 'closed';
}

/** 409 period_locked when the period is closed: the one guard of every write that books into a period. */
export function assertPeriodOpen(tx: Db, period: string): void {
  if (isPeriodClosed(tx, period)) {
    throw new AppError('period_locked', text(`Period ${period} is closed: nothing booked in it can change`, `结算周期 ${period} 已关闭：其中的内容不能再修改`), [{ path: ['period'], message: text(`Period ${period} is closed`, `结算周期 ${period} 已关闭`), period }]);
  }
}

/** Locks the period, inside the caller's transaction (the settlement module checks its statements first). */
export function lockPeriod(tx: Db, period: string, closedBy: number, at: Date) {
  return closePeriodRow(tx, period, closedBy, at);
}

/** The periods that have a row (closed ones); a period without one is open. */
export function storedPeriods(db: Db) {
  return periodRows(db);
}
