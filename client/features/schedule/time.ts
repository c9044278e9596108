import { addDays, type PlainDate } from '../../../server/domain/dates';
import { formatInstant, localDateOf, zonedWallTimeToInstant } from '../../../server/domain/zones';
import { isoWeekday } from '../../../server/domain/recurrence';

// The calendar's clock: every position is minutes since 00:00 of a column's agency date, read in the
// agency zone (never the browser's), so a scheduler abroad sees Beijing hours.

/** The grid runs from 06:00 to 02:00 the next morning (night streams are common), in 30-minute rows. */
export const DAY_START_MIN = 6 * 60;
export const DAY_END_MIN = 26 * 60;
export const ROW_MIN = 30;
export const ROW_PX = 24;
export const PX_PER_MIN = ROW_PX / ROW_MIN;
export const SNAP_MIN = 15;
export const GRID_PX = (DAY_END_MIN - DAY_START_MIN) * PX_PER_MIN;

const pad = (n: number) => String(n).padStart(2, '0');

export const snap = (minutes: number, step = SNAP_MIN) => Math.round(minutes / step) * step;
export const clampToGrid = (minutes: number) => Math.min(DAY_END_MIN, Math.max(DAY_START_MIN, minutes));

/** '2026-12-14' -> the Monday of its week. */
export function weekStartOf(date: PlainDate): PlainDate {
  return addDays(date, 1 - isoWeekday(date));
}

export const weekDays = (monday: PlainDate): PlainDate[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

export const todayIn = (timeZone: string): PlainDate => localDateOf(new Date(), timeZone);

/** The wall clock of an instant: its agency date and the minutes since that date's 00:00. */
export function wallOf(instant: string | Date, timeZone: string): { date: PlainDate; minutes: number } {
  const text = formatInstant(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return { date: text.slice(0, 10), minutes: Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16)) };
}

const dayDiff = (from: PlainDate, to: PlainDate) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Minutes of an instant counted from 00:00 of `day` (negative before, over 1440 on later days). */
export function minutesOnDay(instant: string | Date, day: PlainDate, timeZone: string): number {
  const wall = wallOf(instant, timeZone);
  return dayDiff(day, wall.date) * 1440 + wall.minutes;
}

/** The instant at `minutes` past 00:00 of `day` on the agency's clock. */
export function instantAt(day: PlainDate, minutes: number, timeZone: string): Date {
  const date = addDays(day, Math.floor(minutes / 1440));
  const m = ((minutes % 1440) + 1440) % 1440;
  return zonedWallTimeToInstant(`${date} ${pad(Math.floor(m / 60))}:${pad(m % 60)}`, timeZone);
}

export const iso = (instant: Date, timeZone: string) => formatInstant(instant, timeZone);

/** An instant as a datetime-local value ('YYYY-MM-DDTHH:mm'), on the agency's clock. */
export const toLocalInput = (instant: string | Date, timeZone: string) =>
  formatInstant(typeof instant === 'string' ? new Date(instant) : instant, timeZone).slice(0, 16);

/** A datetime-local value read as agency wall time; null when empty or not a real time. */
export function fromLocalInput(value: string, timeZone: string): Date | null {
  if (!value) return null;
  try {
    return zonedWallTimeToInstant(value, timeZone);
  } catch {
    return null;
  }
}

export const minuteLabel = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;

/** '10:00 – 12:00' for a session, with the date of the end when it differs. */
export function timeRange(startsAt: string, endsAt: string, timeZone: string, withDate = false): string {
  const from = formatInstant(new Date(startsAt), timeZone);
  const to = formatInstant(new Date(endsAt), timeZone);
  const start = withDate ? `${from.slice(0, 10)} ${from.slice(11, 16)}` : from.slice(11, 16);
  const end = to.slice(0, 10) === from.slice(0, 10) ? to.slice(11, 16) : `${to.slice(0, 10)} ${to.slice(11, 16)}`;
  return `${start} – ${end}`;
}
