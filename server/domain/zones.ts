// Instants in a time zone (SPEC section 3): instants are UTC; the agency's zone is passed in as an IANA
// name on every call (never assumed here). Offsets, wall time <-> instant, local days, ISO-8601 instants.

import { civilOf, dayNumber, formatDate, isCivilDate, MS_PER_DAY, pad, type PlainDate } from './dates';

/** A local wall-clock time: y, m (1-12), d, h (0-23), mi, s. */
export interface WallTime { y: number; m: number; d: number; h: number; mi: number; s: number }

const floorMod = (a: number, b: number): number => ((a % b) + b) % b;

function wallToEpochMs(w: WallTime): number {
  return dayNumber(w.y, w.m, w.d) * MS_PER_DAY + ((w.h * 60 + w.mi) * 60 + w.s) * 1000;
}

function isValidWallTime(w: WallTime): boolean {
  return isCivilDate(w.y, w.m, w.d) && Number.isInteger(w.h) && Number.isInteger(w.mi) && Number.isInteger(w.s)
    && w.h >= 0 && w.h <= 23 && w.mi >= 0 && w.mi <= 59 && w.s >= 0 && w.s <= 59;
}

/** The wall time in regex groups y, m, d and optional h, mi, s; null if it never exists. */
function wallFromGroups(groups: ReadonlyArray<string | undefined>): WallTime | null {
  const [y = 0, m = 0, d = 0, h = 0, mi = 0, s = 0] = groups.map((v) => Number(v ?? 0));
  const wall = { y, m, d, h, mi, s };
  return isValidWallTime(wall) ? wall : null;
}

/** One value per zone, built on first use. */
function perZone<T>(build: (timeZone: string) => T): (timeZone: string) => T {
  const built = new Map<string, T>();
  return (timeZone) => {
    let value = built.get(timeZone);
    if (value === undefined) built.set(timeZone, (value = build(timeZone)));
    return value;
  };
}

// Building a DateTimeFormat is costly and importers convert a million rows: one per zone.
const formatterFor = perZone((timeZone) => new Intl.DateTimeFormat('en-US', {
  timeZone, calendar: 'gregory', numberingSystem: 'latn', hourCycle: 'h23', era: 'short',
  year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
}));

/** The local wall time of an instant through Intl (whole seconds; milliseconds dropped): exact but slow. */
function intlWallTimeOf(epochMs: number, timeZone: string): WallTime {
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) fields[part.type] = part.value;
  const year = Number(fields.year);
  return {
    y: fields.era === 'BC' ? 1 - year : year,
    m: Number(fields.month), d: Number(fields.day),
    h: Number(fields.hour), mi: Number(fields.minute), s: Number(fields.second),
  };
}

// A zone's offset is cached per quarter hour, so one Intl call serves every instant in it: lists and the
// scheduler format thousands of instants, and this is their hot path. Most changes fall on a quarter
// hour, but not all (St. John's changed at 00:01 local until 2011, Monrovia at 00:44:30 UTC in 1972):
// a quarter hour is cached only when its first and last seconds have the same offset (only two changes
// less than fifteen minutes apart could fool that).
const QUARTER_HOUR = 15 * 60_000;
const CACHE_FROM = Date.UTC(1970, 0, 1);

/** Values remembered per zone under a whole-number key; a zone's memory is emptied past 50,000 entries. */
function zoneMemory<V>() {
  const memoryOf = perZone(() => new Map<number, V>());
  return {
    get: (timeZone: string, key: number): V | undefined => memoryOf(timeZone).get(key),
    set(timeZone: string, key: number, value: V): V {
      const memory = memoryOf(timeZone);
      if (memory.size > 50_000) memory.clear();
      memory.set(key, value);
      return value;
    },
  };
}

const offsets = zoneMemory<number>();

/** The zone's offset from UTC at an instant, in ms (east positive). */
function offsetAt(epochMs: number, timeZone: string): number {
  const wholeSecond = epochMs - floorMod(epochMs, 1000);
  if (epochMs < CACHE_FROM) return intlOffsetAt(wholeSecond, timeZone);
  const quarter = Math.floor(epochMs / QUARTER_HOUR);
  const known = offsets.get(timeZone, quarter);
  if (known !== undefined) return known;
  const first = quarter * QUARTER_HOUR;
  const name = offsetNameAt(first, timeZone);
  if (name !== offsetNameAt(first + QUARTER_HOUR - 1000, timeZone)) return intlOffsetAt(wholeSecond, timeZone);
  return offsets.set(timeZone, quarter, offsetOfName(name) ?? intlOffsetAt(wholeSecond, timeZone));
}

const offsetNamerFor = perZone((timeZone) => new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }));

/** The zone's offset at an instant as Intl names it ('GMT-02:30'): a quarter of formatToParts' cost. */
function offsetNameAt(epochMs: number, timeZone: string): string {
  const text = offsetNamerFor(timeZone).format(epochMs);
  return text.slice(text.lastIndexOf('GMT'));
}

const OFFSET_NAME = /^GMT(?:([+-])(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** The offset in ms an Intl offset name stands for ('GMT', 'GMT+08:00', 'GMT-00:44:30'); null for any other text. */
export function offsetOfName(name: string): number | null {
  const match = OFFSET_NAME.exec(name);
  if (!match) return null;
  if (!match[1]) return 0;
  const seconds = (Number(match[2]) * 60 + Number(match[3])) * 60 + Number(match[4] ?? 0);
  return (match[1] === '-' ? -seconds : seconds) * 1000;
}

/** The zone's offset at a whole second, straight from Intl. */
function intlOffsetAt(wholeSecond: number, timeZone: string): number {
  return wallToEpochMs(intlWallTimeOf(wholeSecond, timeZone)) - wholeSecond;
}

/** The local wall time of an instant (whole seconds; milliseconds dropped). */
function wallTimeOf(epochMs: number, timeZone: string): WallTime {
  if (epochMs < CACHE_FROM) return intlWallTimeOf(epochMs, timeZone);
  const local = new Date(epochMs - floorMod(epochMs, 1000) + offsetAt(epochMs, timeZone));
  return {
    y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate(),
    h: local.getUTCHours(), mi: local.getUTCMinutes(), s: local.getUTCSeconds(),
  };
}

function assertInstant(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return ms;
}

export function localDateOf(instant: Date, timeZone: string): PlainDate {
  return localDayOf(instant, timeZone).date;
}

const WALL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Reads 'YYYY-MM-DD HH:mm:ss' (seconds optional, 'T' allowed); null when not a real time. */
export function parseWallTime(text: string): WallTime | null {
  const match = WALL_PATTERN.exec(text.trim());
  return match ? wallFromGroups(match.slice(1, 7)) : null;
}

/**
 * The instant at which a zone's clocks show a wall time. The offset is searched through Intl
 * (never a fixed +8) so DST zones work: a time repeated when clocks fall back takes the
 * earlier instant; a time skipped when they spring forward is read with the offset before
 * the gap, i.e. moved forward by the gap (as Temporal's 'compatible' does).
 */
export function zonedWallTimeToInstant(wall: string | WallTime, timeZone: string): Date {
  const parsed = typeof wall === 'string' ? parseWallTime(wall) : isValidWallTime(wall) ? wall : null;
  if (!parsed) throw new RangeError(`${JSON.stringify(wall)} is not a valid wall-clock time`);
  return new Date(instantOfWall(wallToEpochMs(parsed), timeZone));
}

/** zonedWallTimeToInstant on a wall time written as epoch ms (the wall time read as if in UTC). */
function instantOfWall(asUtc: number, timeZone: string): number {
  // The offsets a day either side cover every offset in force at this wall time; of the instants they
  // give, the ones the zone really shows as this wall time qualify, and the earliest wins.
  const before = offsetAt(asUtc - MS_PER_DAY, timeZone);
  const after = offsetAt(asUtc + MS_PER_DAY, timeZone);
  const early = asUtc - before;
  const late = asUtc - after;
  const earlyShows = asUtc - offsetAt(early, timeZone) === early;
  const lateShows = asUtc - offsetAt(late, timeZone) === late;
  if (earlyShows && lateShows) return Math.min(early, late);
  if (earlyShows) return early;
  return lateShows ? late : early;
}

/** A local date and the first instants (ms) of it and of the next date. */
export interface LocalDay {
  readonly date: PlainDate;
  readonly start: number;
  readonly nextStart: number;
}

// Days looked up by zone and day number: the daily-limit rule asks for the same few days over and over.
const days = zoneMemory<LocalDay>();

function dayOfNumber(dayNo: number, timeZone: string): LocalDay {
  const known = days.get(timeZone, dayNo);
  if (known) return known;
  const { y, m, d } = civilOf(dayNo);
  const midnight = dayNo * MS_PER_DAY;
  return days.set(timeZone, dayNo, Object.freeze({
    date: formatDate(y, m, d), start: instantOfWall(midnight, timeZone), nextStart: instantOfWall(midnight + MS_PER_DAY, timeZone),
  }));
}

/**
 * The local date of an instant with the first instants of that date and of the next one, in ms: each
 * is zonedWallTimeToInstant of the date's 00:00, so a skipped midnight resolves as it does there.
 * The daily-limit rule splits every session by local day with it: from 1970 on, a cached day is found
 * by arithmetic on the zone's offset, with nothing allocated.
 */
export function localDayOf(instant: Date, timeZone: string): LocalDay {
  const ms = assertInstant(instant);
  if (ms < CACHE_FROM) {
    const { y, m, d } = wallTimeOf(ms, timeZone);
    return dayOfNumber(dayNumber(y, m, d), timeZone);
  }
  return dayOfNumber(Math.floor((ms - floorMod(ms, 1000) + offsetAt(ms, timeZone)) / MS_PER_DAY), timeZone);
}

/** ISO-8601 with the zone's offset and whole seconds: '2026-11-11T20:00:00+08:00'. */
export function formatInstant(instant: Date, timeZone: string): string {
  const ms = assertInstant(instant);
  const offsetMin = offsetAt(ms, timeZone) / 60_000;
  const w = wallTimeOf(ms, timeZone);
  // Local mean time (before ~1900) has offsets in seconds, which ISO-8601 cannot write: use UTC.
  if (!Number.isInteger(offsetMin)) return formatInstant(instant, 'UTC');
  const abs = Math.abs(offsetMin);
  const offset = timeZone === 'UTC' ? 'Z' : `${offsetMin < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
  return `${formatDate(w.y, w.m, w.d)}T${pad(w.h)}:${pad(w.mi)}:${pad(w.s)}${offset}`;
}

const INSTANT_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2})(?::?(\d{2}))?)$/;

/** The instants the product supports, as periods are (2000-01 to 2100-12): 2000-01-01 to 2100-12-31, UTC. */
export const supportedInstants = { min: Date.UTC(2000, 0, 1), end: Date.UTC(2101, 0, 1) } as const;

/**
 * Reads an ISO-8601 instant that carries an offset or Z. SPEC: one without an offset is
 * ambiguous and refused (null), as is any impossible component (2026-02-30, 24:00) and any
 * instant outside supportedInstants (year 0001, year 9999).
 */
export function parseInstant(text: string): Date | null {
  const match = INSTANT_PATTERN.exec(text);
  if (!match) return null;
  // Groups read one by one (no arrays built): every API request with an instant comes through here.
  const wall: WallTime = { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), h: Number(match[4]), mi: Number(match[5]), s: Number(match[6] ?? 0) };
  const offH = Number(match[10] ?? 0);
  const offM = Number(match[11] ?? 0);
  if (!isValidWallTime(wall) || offH > 23 || offM > 59) return null;
  const offsetMin = match[8] ? 0 : (match[9] === '-' ? -1 : 1) * (offH * 60 + offM);
  const fraction = match[7];
  const millis = fraction === undefined ? 0 : Number(fraction.length >= 3 ? fraction.slice(0, 3) : fraction.padEnd(3, '0'));
  const ms = wallToEpochMs(wall) - offsetMin * 60_000 + millis;
  return ms >= supportedInstants.min && ms < supportedInstants.end ? new Date(ms) : null;
}
