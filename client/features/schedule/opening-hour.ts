import { DAY_END_MIN, DAY_START_MIN } from './time';

// Where the grid opens: on the hours the agency actually streams, not at the top of the day (06:00) while
// its sessions run in the evening. Pure, so the choice can be tested apart from the scrolling.

/** The agency's prime time, where an empty view opens when no session anywhere says otherwise. */
export const PRIME_TIME_START_MIN = 19 * 60 + 30;
const LEAD_MIN = 30;
const STEP_MIN = 30;

/**
 * Within the grid, and no lower than lets the view end at the grid's end: there the top is wherever that
 * is, not a half hour, or a start in the grid's last half hour would fall just below the view.
 */
const clampTop = (minute: number, viewMinutes: number) =>
  Math.max(DAY_START_MIN, Math.min(minute, DAY_END_MIN - viewMinutes));

/**
 * The minute (from 00:00 of the column's day) to put at the top of a view `viewMinutes` tall: the
 * earliest half-hour, 30 minutes before a session's start, from which the view shows the most starts.
 * The visible sessions decide; without any, the agency's sessions around them (the loaded window); without
 * those, prime time. Start minutes outside the grid's span are ignored.
 */
export function openingMinute(visibleStarts: readonly number[], agencyStarts: readonly number[], viewMinutes: number): number {
  const inGrid = (starts: readonly number[]) => starts.filter((m) => m >= DAY_START_MIN && m < DAY_END_MIN);
  const starts = inGrid(visibleStarts).length > 0 ? inGrid(visibleStarts) : inGrid(agencyStarts);
  if (starts.length === 0) return clampTop(PRIME_TIME_START_MIN - LEAD_MIN, viewMinutes);
  const span = Math.max(viewMinutes - LEAD_MIN, STEP_MIN);
  const candidates = [...new Set(starts.map((m) => clampTop(Math.floor((m - LEAD_MIN) / STEP_MIN) * STEP_MIN, viewMinutes)))].sort((a, b) => a - b);
  let best = candidates[0] ?? DAY_START_MIN;
  let bestCount = -1;
  for (const top of candidates) {
    const count = starts.filter((m) => m >= top && m < top + span).length;
    if (count > bestCount) [best, bestCount] = [top, count];
  }
  return best;
}
