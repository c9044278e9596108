import { coversDate, type DateRange } from './contracts';
import { isValidDate, type PlainDate } from './dates';
import { datesOfPeriod, type Period } from './periods';
import { dailyMinutes } from './schedule';
import type { SessionStatus } from './session-status';

// The days a statement counts (SPEC section 8 step 6): the guarantee is prorated by the agency
// dates a contract was active, and its live-days condition counts the minutes streamed per agency day.

function assertRange(range: DateRange): void {
  if (!isValidDate(range.startDate) || !isValidDate(range.endDate)) {
    throw new RangeError(`${JSON.stringify(range)} is not a range of dates (YYYY-MM-DD)`);
  }
}

/**
 * The agency dates of the period covered by at least one of the ranges (both ends inclusive), in
 * order, each once however many ranges cover it. Which contracts count as active is the caller's call.
 */
export function activeDatesInPeriod(ranges: readonly DateRange[], period: Period): PlainDate[] {
  ranges.forEach(assertRange);
  return datesOfPeriod(period).filter((date) => ranges.some((range) => coversDate(range, date)));
}

export interface StreamedSession {
  status: SessionStatus;
  /** Planned start and end. */
  startsAt: Date;
  endsAt: Date;
  /** As recorded after the stream; each one, where recorded, replaces the planned one. */
  actualStartAt?: Date | null;
  actualEndAt?: Date | null;
}

/** The interval a completed session was live: actual start and end where recorded, else planned. */
export function liveInterval(session: StreamedSession): { startsAt: Date; endsAt: Date } {
  return { startsAt: session.actualStartAt ?? session.startsAt, endsAt: session.actualEndAt ?? session.endsAt };
}

/**
 * The minutes of the host's completed sessions inside each agency day of the period, one number per
 * date of the period (index 0 is the 1st). A session over midnight counts on both days, one that began
 * in the previous period counts for its minutes after the period began; days of 23 or 25 hours (clock
 * changes) count the minutes that really passed. Minutes are fractional for times off the minute.
 */
export function liveMinutesByDay(sessions: readonly StreamedSession[], period: Period, timeZone: string): number[] {
  const live = sessions.filter((s) => s.status === 'completed').map(liveInterval);
  const byDate = dailyMinutes(live, timeZone);
  return datesOfPeriod(period).map((date) => byDate.get(date) ?? 0);
}
