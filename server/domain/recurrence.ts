import { addDays, daysBetweenInclusive, isValidDate, type PlainDate } from './dates';
import { zonedWallTimeToInstant } from './zones';
import { MAX_SESSION_MINUTES, type Problem } from './schedule';
import { text } from './text';

// Recurring bookings (SPEC section 5): a rule of weekdays, a start time and a duration, between two
// agency dates, becomes one session per occurrence. The wall-clock start is read in the agency zone
// on each date, so a 20:00 stream stays at 20:00 local across a DST change in zones that have one;
// the duration is elapsed time, as every session is a pair of instants.

/** Over a year of dailies is a typo, not a plan, and would be written in one transaction. */
export const MAX_SERIES_DAYS = 366;
/** A second guard on the size of one all-or-nothing write, in case MAX_SERIES_DAYS ever grows. */
export const MAX_OCCURRENCES = 400;

export interface SeriesRule {
  /** ISO weekdays: Monday = 1 ... Sunday = 7. */
  weekdays: readonly number[];
  /** Local wall-clock start, 'HH:mm'. */
  startTime: string;
  durationMinutes: number;
  fromDate: PlainDate;
  /** Inclusive. */
  untilDate: PlainDate;
  timeZone: string;
}

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
  /** The agency date the occurrence was generated for. */
  localDate: PlainDate;
}

export interface SeriesLimits {
  maxDays: number;
  maxOccurrences: number;
}

export type SeriesExpansion = { ok: true; occurrences: Occurrence[] } | { ok: false; problems: Problem[] };

const TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const MS_PER_MINUTE = 60_000;
const DEFAULT_LIMITS: SeriesLimits = { maxDays: MAX_SERIES_DAYS, maxOccurrences: MAX_OCCURRENCES };

function isValidTimeZone(timeZone: unknown): boolean {
  if (typeof timeZone !== 'string' || timeZone === '') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** ISO weekday of a calendar date; the date is read as UTC only to count days, not as an instant. */
export function isoWeekday(date: PlainDate): number {
  const sundayFirst = new Date(`${date}T00:00:00Z`).getUTCDay();
  return sundayFirst === 0 ? 7 : sundayFirst;
}

function weekdayProblems(weekdays: readonly number[]): Problem[] {
  if (!Array.isArray(weekdays) || weekdays.length === 0) {
    return [{ path: ['weekdays'], code: 'no_weekdays', message: text('Choose at least one weekday.', '请至少选择一个星期几。') }];
  }
  return weekdays.flatMap((day, i) => (Number.isInteger(day) && day >= 1 && day <= 7 ? [] :
    [{ path: ['weekdays', i], code: 'invalid_weekday', message: text('A weekday is 1 (Monday) to 7 (Sunday).', '星期几须为 1（周一）至 7（周日）。') }]));
}

function dateProblems(rule: SeriesRule, limits: SeriesLimits): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['fromDate', 'untilDate'] as const) {
    if (!isValidDate(rule[field])) problems.push({ path: [field], code: 'invalid_date', message: text('Not a date (YYYY-MM-DD).', '不是有效日期（YYYY-MM-DD）。') });
  }
  if (problems.length > 0) return problems;
  if (rule.untilDate < rule.fromDate) {
    problems.push({ path: ['untilDate'], code: 'until_before_from', message: text('The series must end on or after its first date.', '周期排期的结束日期不能早于开始日期。') });
  } else if (daysBetweenInclusive(rule.fromDate, rule.untilDate) > limits.maxDays) {
    problems.push({ path: ['untilDate'], code: 'series_too_long', message: text(`A series spans at most ${limits.maxDays} days.`, `周期排期最长 ${limits.maxDays} 天。`) });
  }
  return problems;
}

/** Every problem of a rule at once, each naming its field, so an API can answer 400/422 in one go. */
export function validateSeries(rule: SeriesRule, limits: SeriesLimits = DEFAULT_LIMITS): Problem[] {
  const problems = weekdayProblems(rule.weekdays);
  if (typeof rule.startTime !== 'string' || !TIME_PATTERN.test(rule.startTime)) {
    problems.push({ path: ['startTime'], code: 'invalid_time', message: text('The start time is HH:mm, 00:00 to 23:59.', '开始时间格式为 HH:mm，范围 00:00 至 23:59。') });
  }
  const duration = rule.durationMinutes;
  if (!Number.isInteger(duration) || duration < 1 || duration > MAX_SESSION_MINUTES) {
    problems.push({ path: ['durationMinutes'], code: 'invalid_duration', message: text(`The duration is 1 to ${MAX_SESSION_MINUTES} whole minutes.`, `时长须为 1 至 ${MAX_SESSION_MINUTES} 的整数分钟。`) });
  }
  problems.push(...dateProblems(rule, limits));
  if (!isValidTimeZone(rule.timeZone)) {
    problems.push({ path: ['timeZone'], code: 'invalid_time_zone', message: text('Not an IANA time zone.', '不是有效的 IANA 时区。') });
  }
  return problems;
}

function datesOfSeries(rule: SeriesRule): PlainDate[] {
  const weekdays = new Set(rule.weekdays);
  const dates: PlainDate[] = [];
  // 'YYYY-MM-DD' strings of four-digit years sort as the dates they name.
  for (let date = rule.fromDate; date <= rule.untilDate; date = addDays(date, 1)) {
    if (weekdays.has(isoWeekday(date))) dates.push(date);
  }
  return dates;
}

/**
 * The occurrences of a rule in date order, or the problems that stop it: all or nothing, like the
 * booking it feeds. A start time that a spring-forward skips is moved forward by the gap, and one
 * that a fall-back repeats takes the earlier instant (zonedWallTimeToInstant's reading).
 */
export function expandSeries(rule: SeriesRule, limits: SeriesLimits = DEFAULT_LIMITS): SeriesExpansion {
  const problems = validateSeries(rule, limits);
  if (problems.length > 0) return { ok: false, problems };
  const dates = datesOfSeries(rule);
  // Booking nothing is surely a mistake (a Tuesday-only rule over one Monday): say so rather than succeed.
  if (dates.length === 0) {
    return { ok: false, problems: [{ path: ['weekdays'], code: 'no_occurrences', message: text('None of the chosen weekdays falls between the dates.', '所选的星期几在这段日期内一天也没有。') }] };
  }
  if (dates.length > limits.maxOccurrences) {
    return { ok: false, problems: [{ path: ['untilDate'], code: 'too_many_occurrences', message: text(`A series has at most ${limits.maxOccurrences} occurrences; it would have ${dates.length}.`, `周期排期最多 ${limits.maxOccurrences} 个场次；按此规则将有 ${dates.length} 个。`) }] };
  }
  const occurrences = dates.map((localDate) => {
    const startsAt = zonedWallTimeToInstant(`${localDate} ${rule.startTime}`, rule.timeZone);
    return { startsAt, endsAt: new Date(startsAt.getTime() + rule.durationMinutes * MS_PER_MINUTE), localDate };
  });
  return { ok: true, occurrences };
}
