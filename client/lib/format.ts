/** Money and time as people read them. Money is integer fen (SPEC 3); instants show in the agency time zone. */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Integer fen -> '¥1,234.56' / '-¥12.30', with integer arithmetic only. */
export function formatMoney(fen: number | bigint): string {
  if (typeof fen === 'number' && !Number.isSafeInteger(fen)) {
    throw new RangeError(`Money must be a whole number of fen, got ${fen}`);
  }
  const value = BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}¥${yuan}.${cents}`;
}

type WallClock = { year: string; month: string; day: string; hour: string; minute: string; second: string };

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value;
  return { year: parts.year ?? '', month: parts.month ?? '', day: parts.day ?? '', hour: parts.hour ?? '', minute: parts.minute ?? '', second: parts.second ?? '' };
}

function toEpochMs(instant: string | Date): number {
  return instant instanceof Date ? instant.getTime() : Date.parse(instant);
}

/** An instant as 'YYYY-MM-DD HH:mm' on the agency's clock; an unreadable value is shown as it came. */
export function formatInstant(instant: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = toEpochMs(instant);
  if (Number.isNaN(ms)) return String(instant);
  const w = wallClock(ms, isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE);
  return `${w.year}-${w.month}-${w.day} ${w.hour}:${w.minute}`;
}

/** The agency-local date 'YYYY-MM-DD' of an instant. */
export function formatLocalDate(instant: string | Date, timeZone: string = DEFAULT_TIME_ZONE): string {
  const ms = toEpochMs(instant);
  if (Number.isNaN(ms)) return String(instant);
  const w = wallClock(ms, timeZone);
  return `${w.year}-${w.month}-${w.day}`;
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(epochMs: number, timeZone: string): number {
  const w = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(Number(w.year), Number(w.month) - 1, Number(w.day), Number(w.hour), Number(w.minute), Number(w.second));
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The first instant of an agency-local date, as ISO-8601 with the zone's offset ('2026-11-11T00:00:00+08:00'):
 * the API rejects instants without an offset.
 */
export function startOfLocalDay(date: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Expected YYYY-MM-DD, got ${date}`);
  const guess = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  let epochMs = guess - offsetMinutes(guess, timeZone) * 60_000;
  epochMs = guess - offsetMinutes(epochMs, timeZone) * 60_000;
  const w = wallClock(epochMs, timeZone);
  return `${w.year}-${w.month}-${w.day}T${w.hour}:${w.minute}:${w.second}${formatOffset(offsetMinutes(epochMs, timeZone))}`;
}

/** The calendar date n days after 'YYYY-MM-DD'. */
export function addDays(date: string, days: number): string {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`Expected YYYY-MM-DD, got ${date}`);
  const d = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days));
  return d.toISOString().slice(0, 10);
}
