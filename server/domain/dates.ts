// Plain calendar dates ('YYYY-MM-DD'): arithmetic on day numbers of the proleptic Gregorian calendar,
// free of any time zone (for instants in a zone, see zones.ts; for months, periods.ts).

/** A calendar date, 'YYYY-MM-DD'. */
export type PlainDate = string;

// The calendar arithmetic below is exported for zones.ts and periods.ts, which build on it.

export const MS_PER_DAY = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function daysInMonth(y: number, m: number): number {
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return m === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** Whether y-m-d (whole numbers) is a day of years 1 to 9999. */
export function isCivilDate(y: number, m: number, d: number): boolean {
  return Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d)
    && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil): plain
// integer arithmetic, so years below 100 are not remapped to 19xx as Date.UTC does.
export function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

// Date's UTC getters are exact for any epoch day; only Date.UTC remaps years below 100.
export function civilOf(days: number): { y: number; m: number; d: number } {
  const date = new Date(days * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export const formatDate = (y: number, m: number, d: number): PlainDate => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

export function isValidDate(date: string): boolean {
  const match = DATE_PATTERN.exec(date);
  return match !== null && isCivilDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function assertDate(date: PlainDate): void {
  if (!isValidDate(date)) throw new RangeError(`"${date}" is not a valid date (YYYY-MM-DD)`);
}

function dateDayNumber(date: PlainDate): number {
  assertDate(date);
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

export function addDays(date: PlainDate, n: number): PlainDate {
  if (!Number.isInteger(n)) throw new RangeError(`days to add must be an integer, got ${n}`);
  const { y, m, d } = civilOf(dateDayNumber(date) + n);
  return formatDate(y, m, d);
}

/** The number of dates from a to b, both included; an empty range (b before a) has none. */
export function daysBetweenInclusive(a: PlainDate, b: PlainDate): number {
  return Math.max(0, dateDayNumber(b) - dateDayNumber(a) + 1);
}
