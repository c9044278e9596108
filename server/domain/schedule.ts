import { BP_PER_UNIT } from './money';
import type { PlainDate } from './dates';
import { localDayOf } from './zones';
import { occupiesTime, type SessionStatus } from './session-status';
import { text, type Text } from './text';

// Scheduling rules (SPEC section 5). A session occupies the half-open interval [start, end), so a
// stream that ends as the next begins shares no instant with it and back-to-back bookings pass.
// Instants are compared as epoch milliseconds and days are read in the agency zone passed in, so
// the process time zone never changes an answer.

export interface Interval {
  start: Date;
  end: Date;
}

export interface SessionLike {
  /** null for a session not stored yet (a new booking, or the occurrences of a series). */
  id: number | null;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  accountId: number;
  /** null for a session outside any studio (外景). */
  roomId: number | null;
  hostIds: readonly number[];
  crewUserIds: readonly number[];
}

export interface RoomLike {
  id: number;
  bufferMinutes: number;
}

/** A problem with an input, shaped as an API error detail so that a route can answer with it as is. */
export interface Problem {
  path: (string | number)[];
  code: string;
  message: Text;
}

interface ConflictBase {
  rule: 'host' | 'crew' | 'account' | 'room';
  sessionId: number | null;
  /** The other session's own interval, without any buffer, as the scheduler sees it. */
  startsAt: Date;
  endsAt: Date;
}

export type Conflict =
  | (ConflictBase & { rule: 'host'; hostIds: number[] })
  | (ConflictBase & { rule: 'crew'; crewUserIds: number[] })
  | (ConflictBase & { rule: 'account'; accountId: number })
  | (ConflictBase & { rule: 'room'; roomId: number; bufferMinutes: number });

export const MAX_SESSION_MINUTES = 24 * 60;
const MS_PER_MINUTE = 60_000;
const MS_PER_HOUR = 60 * MS_PER_MINUTE;

/** Whether two half-open intervals share an instant; touching ones do not, and an empty one never does. */
export function overlaps(a: Interval, b: Interval): boolean {
  return Math.max(a.start.getTime(), b.start.getTime()) < Math.min(a.end.getTime(), b.end.getTime());
}

export function validateSessionTimes(startsAt: Date, endsAt: Date): Problem[] {
  const problems: Problem[] = [];
  const start = startsAt.getTime();
  const end = endsAt.getTime();
  if (Number.isNaN(start)) problems.push({ path: ['startsAt'], code: 'invalid_instant', message: text('The start is not a valid instant.', '开始时间无效。') });
  if (Number.isNaN(end)) problems.push({ path: ['endsAt'], code: 'invalid_instant', message: text('The end is not a valid instant.', '结束时间无效。') });
  if (problems.length > 0) return problems;
  if (end <= start) {
    problems.push({ path: ['endsAt'], code: 'end_not_after_start', message: text('The session must end after it starts.', '场次的结束时间须晚于开始时间。') });
  } else if (end - start > MAX_SESSION_MINUTES * MS_PER_MINUTE) {
    problems.push({ path: ['endsAt'], code: 'too_long', message: text(`A session lasts at most ${MAX_SESSION_MINUTES / 60} hours.`, `单个场次最长 ${MAX_SESSION_MINUTES / 60} 小时。`) });
  }
  return problems;
}

function bufferOf(rooms: ReadonlyMap<number, RoomLike>, roomId: number): number {
  const room = rooms.get(roomId);
  // A missing room would silently drop its buffer and let a changeover clash through: a caller bug.
  if (!room) throw new RangeError(`room ${roomId} was not passed to the conflict check`);
  if (!Number.isSafeInteger(room.bufferMinutes) || room.bufferMinutes < 0) {
    throw new RangeError(`room ${roomId} has an invalid buffer of ${room.bufferMinutes} minutes`);
  }
  return room.bufferMinutes;
}

/** The interval a session holds, extended after its end by a buffer (the room's changeover). */
function heldInterval(session: SessionLike, bufferMinutes = 0): Interval {
  return { start: session.startsAt, end: new Date(session.endsAt.getTime() + bufferMinutes * MS_PER_MINUTE) };
}

// Unsaved sessions (id null) are told apart by identity, so a series can be checked against itself.
function isSameSession(a: SessionLike, b: SessionLike): boolean {
  return a === b || (a.id !== null && a.id === b.id);
}

const shared = (a: readonly number[], b: readonly number[]): number[] =>
  [...new Set(a.filter((x) => b.includes(x)))].sort((x, y) => x - y);

function conflictsWith(candidate: SessionLike, other: SessionLike, roomBuffer: number): Conflict[] {
  const base = { sessionId: other.id, startsAt: other.startsAt, endsAt: other.endsAt };
  const found: Conflict[] = [];
  if (overlaps(heldInterval(candidate), heldInterval(other))) {
    const hostIds = shared(candidate.hostIds, other.hostIds);
    if (hostIds.length > 0) found.push({ ...base, rule: 'host', hostIds });
    const crewUserIds = shared(candidate.crewUserIds, other.crewUserIds);
    if (crewUserIds.length > 0) found.push({ ...base, rule: 'crew', crewUserIds });
    if (candidate.accountId === other.accountId) found.push({ ...base, rule: 'account', accountId: other.accountId });
  }
  // Both sessions are in the same room, so the same changeover follows each of them.
  const roomId = candidate.roomId;
  if (roomId !== null && roomId === other.roomId && overlaps(heldInterval(candidate, roomBuffer), heldInterval(other, roomBuffer))) {
    found.push({ ...base, rule: 'room', roomId, bufferMinutes: roomBuffer });
  }
  return found;
}

/**
 * Every conflict of a candidate booking (SPEC: a refusal lists them all): one entry per rule and
 * other session, ordered by the other session's start, then id, then rule. Cancelled sessions hold
 * nothing, so a cancelled candidate conflicts with nothing either. The candidate's stored self (same
 * id) is skipped, so an update can be checked against the stored rows.
 */
export function findConflicts(candidate: SessionLike, others: readonly SessionLike[], rooms: ReadonlyMap<number, RoomLike>): Conflict[] {
  if (!occupiesTime(candidate.status)) return [];
  const roomBuffer = candidate.roomId === null ? 0 : bufferOf(rooms, candidate.roomId);
  const ordered = [...others].sort((a, b) =>
    a.startsAt.getTime() - b.startsAt.getTime() || (a.id ?? Infinity) - (b.id ?? Infinity));
  return ordered
    .filter((other) => !isSameSession(candidate, other) && occupiesTime(other.status))
    .flatMap((other) => conflictsWith(candidate, other, roomBuffer));
}

/**
 * The window a repository loads other sessions from: `startsAt < to AND endsAt > from` holds every
 * session that can conflict under any buffer up to maxBufferMinutes. Because a session lasts at most
 * 24 hours, those sessions also start after `startsAfter`, which bounds an index range on startsAt.
 */
export function queryWindow(candidate: { startsAt: Date; endsAt: Date }, maxBufferMinutes: number): { from: Date; to: Date; startsAfter: Date } {
  if (!Number.isFinite(maxBufferMinutes) || maxBufferMinutes < 0) {
    throw new RangeError(`maxBufferMinutes must be a non-negative number, got ${maxBufferMinutes}`);
  }
  const buffer = maxBufferMinutes * MS_PER_MINUTE;
  const from = candidate.startsAt.getTime() - buffer;
  return {
    from: new Date(from),
    to: new Date(candidate.endsAt.getTime() + buffer),
    startsAfter: new Date(from - MAX_SESSION_MINUTES * MS_PER_MINUTE),
  };
}

export const hostRoles = ['main', 'assistant'] as const;
export type HostRole = (typeof hostRoles)[number];

/** The hosts of a session and their revenue shares: the session's orders are divided by these. */
export function checkShares(hosts: readonly { hostId: number; role: HostRole; shareBp: number }[], path: (string | number)[] = ['hosts']): Problem[] {
  if (hosts.length === 0) return [{ path, code: 'no_hosts', message: text('A session needs at least one host.', '场次至少需要一位主播。') }];
  const problems: Problem[] = [];
  const seen = new Set<number>();
  hosts.forEach((host, i) => {
    if (!Number.isSafeInteger(host.shareBp) || host.shareBp < 0 || host.shareBp > BP_PER_UNIT) {
      problems.push({ path: [...path, i, 'shareBp'], code: 'invalid_share', message: text(`A share is a whole number of bp from 0 to ${BP_PER_UNIT}.`, `分成须为 0 至 ${BP_PER_UNIT} 的整数（单位 bp）。`) });
    }
    if (seen.has(host.hostId)) problems.push({ path: [...path, i, 'hostId'], code: 'duplicate_host', message: text('A host is listed twice.', '同一主播被重复列出。') });
    seen.add(host.hostId);
  });
  if (!hosts.some((host) => host.role === 'main')) {
    problems.push({ path, code: 'no_main_host', message: text('A session needs a main host.', '场次需要一位主播（不能只有副播）。') });
  }
  const total = hosts.reduce((sum, host) => sum + host.shareBp, 0);
  // Only worth saying once every share is valid; otherwise the sum is noise.
  if (problems.every((p) => p.code !== 'invalid_share') && total !== BP_PER_UNIT) {
    problems.push({ path, code: 'shares_not_whole', message: text(`The shares add up to ${total} bp, not ${BP_PER_UNIT}.`, `分成合计为 ${total} bp，应为 ${BP_PER_UNIT}。`) });
  }
  return problems;
}

/**
 * The staff of a session, each listed once: a person holds the session's crew row once, so two
 * duties of one person go in one entry. Each repeat is named at its own index, like duplicate_host.
 */
export function checkCrew(crew: readonly { userId: number }[], path: (string | number)[] = ['crew']): Problem[] {
  const seen = new Set<number>();
  return crew.flatMap((member, i) => {
    const repeated = seen.has(member.userId);
    seen.add(member.userId);
    return repeated
      ? [{ path: [...path, i, 'userId'], code: 'duplicate_crew', message: text('A staff member is listed twice in the crew; give one entry with both duties.', '同一工作人员被重复列出；请合并为一项并写明全部职责。') }]
      : [];
  });
}

/** What a booking books, as far as who may be booked goes: who streams, on which account, when. */
export interface BookedSlot {
  startsAt: Date;
  endsAt: Date;
  accountId: number;
  hostIds: readonly number[];
}

const sameMembers = (a: readonly number[], b: readonly number[]): boolean => {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
};

/**
 * Whether an update books something new: other times, another account or other hosts. SPEC's
 * eligibility rule is about booking, so only then are the hosts' eligibility and qualifications
 * checked again: a session whose host was suspended since can still go live, be completed or be
 * retitled. Shares and roles among the same hosts, the crew, the room and the words book nothing new.
 */
export function rebooks(before: BookedSlot, after: BookedSlot): boolean {
  return before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime()
    || before.accountId !== after.accountId || !sameMembers(before.hostIds, after.hostIds);
}

/** The parts of [start, end) that fall on each agency day, in ms. */
function splitByLocalDay(start: number, end: number, timeZone: string): [PlainDate, number][] {
  const parts: [PlainDate, number][] = [];
  for (let cursor = start; cursor < end;) {
    // A skipped local midnight resolves to the first instant of the day, so 23- and 25-hour days split right.
    const { date, nextStart: nextDay } = localDayOf(new Date(cursor), timeZone);
    // A fall-back across midnight could repeat part of a day after the next began: step on regardless.
    const until = Math.min(end, nextDay > cursor ? nextDay : cursor + MS_PER_HOUR);
    parts.push([date, until - cursor]);
    cursor = until;
  }
  return parts;
}

/**
 * Minutes streamed per agency day, a session crossing local midnight counted on both days (SPEC:
 * the daily limit is per agency day). Minutes are fractional only for instants off the minute.
 */
export function dailyMinutes(sessions: readonly { startsAt: Date; endsAt: Date }[], timeZone: string): Map<PlainDate, number> {
  const totals = new Map<PlainDate, number>();
  for (const session of sessions) {
    for (const [date, ms] of splitByLocalDay(session.startsAt.getTime(), session.endsAt.getTime(), timeZone)) {
      totals.set(date, (totals.get(date) ?? 0) + ms);
    }
  }
  return new Map([...totals].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, ms]) => [date, ms / MS_PER_MINUTE]));
}

export interface DailyLimitWarning {
  hostId: number;
  date: PlainDate;
  /** The host's minutes that day with the candidate booked. */
  minutes: number;
  limit: number;
}

/**
 * SPEC: past maxDailyMinutes a booking still succeeds, with a warning. One warning per host of the
 * candidate and agency day the candidate touches where that host's total exceeds the limit (reaching
 * it exactly is allowed). hostSessions may hold sessions of other hosts and the candidate's stored self.
 */
export function dailyLimitWarnings(hostSessions: readonly SessionLike[], candidate: SessionLike, maxDailyMinutes: number, timeZone: string): DailyLimitWarning[] {
  if (!occupiesTime(candidate.status)) return [];
  // Only sessions overlapping the candidate's agency days add minutes to them: skip the rest unsplit.
  const days = dailyLimitWindow(candidate, timeZone);
  const relevant = hostSessions.filter((s) => !isSameSession(candidate, s) && occupiesTime(s.status)
    && s.startsAt < days.to && s.endsAt > days.from && s.hostIds.some((h) => candidate.hostIds.includes(h)));
  // No day can exceed the limit if all the minutes together do not: skip splitting by local day.
  const totalMs = [...relevant, candidate].reduce((sum, s) => sum + (s.endsAt.getTime() - s.startsAt.getTime()), 0);
  if (totalMs <= maxDailyMinutes * MS_PER_MINUTE) return [];
  const candidateDays = [...dailyMinutes([candidate], timeZone).keys()];
  const warnings: DailyLimitWarning[] = [];
  for (const hostId of [...new Set(candidate.hostIds)].sort((a, b) => a - b)) {
    const totals = dailyMinutes([...relevant.filter((s) => s.hostIds.includes(hostId)), candidate], timeZone);
    for (const date of candidateDays) {
      const minutes = totals.get(date) ?? 0;
      if (minutes > maxDailyMinutes) warnings.push({ hostId, date, minutes, limit: maxDailyMinutes });
    }
  }
  return warnings;
}

/**
 * The daily-limit warnings of a recurring booking: each occurrence counted with the host's stored
 * sessions and the series' other occurrences, one warning per host and agency day (an occurrence
 * crossing midnight shares a day with the next one), ordered by day, then host. hostSessions may
 * hold the occurrences once stored, and a session more than once: each is counted once.
 */
export function seriesDailyLimitWarnings(hostSessions: readonly SessionLike[], occurrences: readonly SessionLike[], maxDailyMinutes: number, timeZone: string): DailyLimitWarning[] {
  const own = new Set(occurrences.flatMap((o) => (o.id === null ? [] : [o.id])));
  const stored = new Map(hostSessions.flatMap((s) => (s.id === null || own.has(s.id) ? [] : [[s.id, s] as const])));
  const unsaved = hostSessions.filter((s) => s.id === null && !occurrences.includes(s));
  const pool = [...stored.values(), ...unsaved, ...occurrences];
  const warnings = new Map<string, DailyLimitWarning>();
  for (const occurrence of occurrences) {
    for (const w of dailyLimitWarnings(pool, occurrence, maxDailyMinutes, timeZone)) {
      const key = `${w.date} ${w.hostId}`;
      if (!warnings.has(key)) warnings.set(key, w);
    }
  }
  return [...warnings.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.hostId - b.hostId));
}

/**
 * The instants whose sessions can add minutes to the agency days a candidate touches: from its first
 * day's local midnight to the midnight after its last day, an hour wider on each side so that a
 * clock change at midnight cannot leave a part of those days outside.
 */
export function dailyLimitWindow(candidate: { startsAt: Date; endsAt: Date }, timeZone: string): { from: Date; to: Date } {
  const first = localDayOf(candidate.startsAt, timeZone);
  const last = localDayOf(new Date(Math.max(candidate.startsAt.getTime(), candidate.endsAt.getTime() - 1)), timeZone);
  return { from: new Date(first.start - MS_PER_HOUR), to: new Date(last.nextStart + MS_PER_HOUR) };
}
