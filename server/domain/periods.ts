// Settlement periods (SPEC section 3): a period is a calendar month in the agency's time zone, 'YYYY-MM',
// the zone passed in as an IANA name on every call (never assumed here).

import { addDays, assertDate, daysInMonth, formatDate, pad, type PlainDate } from './dates';
import { localDateOf, zonedWallTimeToInstant, type WallTime } from './zones';

/** A settlement period: a calendar month in the agency time zone, 'YYYY-MM'. */
export type Period = string;

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(s: string): s is Period {
  return PERIOD_PATTERN.test(s) && s >= '0001';
}

export function parsePeriod(s: string): { year: number; month: number } {
  const match = PERIOD_PATTERN.exec(s);
  if (!match || !isPeriod(s)) throw new RangeError(`"${s}" is not a period (YYYY-MM)`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

const formatPeriod = (year: number, month: number): Period => `${pad(year, 4)}-${pad(month)}`;

export function periodOfDate(date: PlainDate): Period {
  assertDate(date);
  return date.slice(0, 7);
}

export function nextPeriod(period: Period): Period {
  const { year, month } = parsePeriod(period);
  return month === 12 ? formatPeriod(year + 1, 1) : formatPeriod(year, month + 1);
}

export function previousPeriod(period: Period): Period {
  const { year, month } = parsePeriod(period);
  return month === 1 ? formatPeriod(year - 1, 12) : formatPeriod(year, month - 1);
}

export function comparePeriods(a: Period, b: Period): -1 | 0 | 1 {
  parsePeriod(a);
  parsePeriod(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

export function daysInPeriod(period: Period): number {
  const { year, month } = parsePeriod(period);
  return daysInMonth(year, month);
}

export function firstDateOfPeriod(period: Period): PlainDate {
  const { year, month } = parsePeriod(period);
  return formatDate(year, month, 1);
}

export function lastDateOfPeriod(period: Period): PlainDate {
  const { year, month } = parsePeriod(period);
  return formatDate(year, month, daysInMonth(year, month));
}

export function datesOfPeriod(period: Period): PlainDate[] {
  const { year, month } = parsePeriod(period);
  return Array.from({ length: daysInMonth(year, month) }, (_, i) => formatDate(year, month, i + 1));
}

/** SPEC: an instant belongs to the period of its local date in the agency zone. */
export function periodOf(instant: Date, timeZone: string): Period {
  return localDateOf(instant, timeZone).slice(0, 7);
}

/** A period's half-open UTC range: [local start of its 1st, local start of the next month's 1st). */
export function periodBounds(period: Period, timeZone: string): { start: Date; end: Date } {
  const first = (p: Period): WallTime => {
    const { year, month } = parsePeriod(p);
    return { y: year, m: month, d: 1, h: 0, mi: 0, s: 0 };
  };
  return {
    start: zonedWallTimeToInstant(first(period), timeZone),
    end: zonedWallTimeToInstant(first(nextPeriod(period)), timeZone),
  };
}

/** Agency dates from..to, both included, as a half-open UTC range: [local start of from, local start of the day after to). */
export function dateRangeBounds(from: PlainDate, to: PlainDate, timeZone: string): { start: Date; end: Date } {
  return { start: zonedWallTimeToInstant(`${from} 00:00`, timeZone), end: zonedWallTimeToInstant(`${addDays(to, 1)} 00:00`, timeZone) };
}

/**
 * A list's range of instants from a period and/or agency dates from..to (both included): the intersection of those
 * given, either end open when nothing bounds it (an empty range when they do not meet: start >= end).
 */
export function instantRange(q: { period?: Period; from?: PlainDate; to?: PlainDate }, timeZone: string): { start?: Date; end?: Date } {
  const month = q.period === undefined ? undefined : periodBounds(q.period, timeZone);
  const from = q.from === undefined ? undefined : dateRangeBounds(q.from, q.from, timeZone).start;
  const to = q.to === undefined ? undefined : dateRangeBounds(q.to, q.to, timeZone).end;
  const latest = (a?: Date, b?: Date) => (a === undefined || (b !== undefined && b > a) ? b : a);
  const earliest = (a?: Date, b?: Date) => (a === undefined || (b !== undefined && b < a) ? b : a);
  return { start: latest(month?.start, from), end: earliest(month?.end, to) };
}
