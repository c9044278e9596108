import { bookingIssue, bookingIssueMessages } from '../../domain/booking';
import { formatInstant, localDateOf } from '../../domain/zones';
import { joinTexts, text, type Text } from '../../domain/text';
import {
  checkCrew, checkShares, dailyLimitWarnings, dailyLimitWindow, findConflicts, queryWindow, seriesDailyLimitWarnings, validateSessionTimes,
  type DailyLimitWarning, type RoomLike, type SessionLike,
} from '../../domain/schedule';
import type { Db } from '../../db/client';
import { AppError } from '../../errors';
import type { Category } from '../../domain/roster';
import { checkQualifications } from '../compliance/compliance.service';
import type { Settings } from '../../shared/api/settings';
import type { BookingStatements } from './booking-statements';
import { conflictDetails } from './conflict-details';
import type { AppDeps } from '../../deps';

// The booking rules of SPEC section 5, applied inside the write transaction: the pure domain decides,
// this file only loads what it needs to decide on.

export interface Candidate {
  id: number | null;
  accountId: number;
  roomId: number | null;
  hosts: { hostId: number; role: 'main' | 'assistant'; shareBp: number }[];
  crew: { userId: number; duty: string }[];
  startsAt: Date;
  endsAt: Date;
  status: SessionLike['status'];
}

/** What the booking rules read: the prepared statements of the booking path, and drizzle for the rest. */
export interface BookingReader {
  db: Db;
  /** What the session's deals sell (through the deals module: see Ports in server/deps.ts). */
  categoriesSoldIn(sessionId: number): readonly (Category | null)[];
  statements: BookingStatements;
  timezone: string;
}

export function bookingReader(deps: Pick<AppDeps, 'ports'>, tx: Db, statements: BookingStatements, timezone: string): BookingReader {
  // A cancelled deal sells nothing: only the standing ones need qualified hosts.
  const categoriesSoldIn = (sessionId: number) => deps.ports.dealsOfSession(tx, sessionId).filter((d) => d.status !== 'cancelled').map((d) => d.category);
  return { db: tx, statements, timezone, categoriesSoldIn };
}

type Problem = { path: (string | number)[]; message: Text };
const unprocessable = (problems: Problem[]) => new AppError('unprocessable',
  joinTexts(problems.map((p) => p.message)), problems);

const peopleProblems = (c: Pick<Candidate, 'hosts' | 'crew'>) => [...checkShares(c.hosts), ...checkCrew(c.crew)];

/** The hosts with their shares, and the crew, each listed once (422): needs nothing read. */
export function checkPeople(c: Pick<Candidate, 'hosts' | 'crew'>): void {
  const problems = peopleProblems(c);
  if (problems.length) throw unprocessable(problems);
}

/** The times and the people (422): needs nothing read. */
export function checkShape(c: Candidate): void {
  const problems = [...validateSessionTimes(c.startsAt, c.endsAt), ...peopleProblems(c)];
  if (problems.length) throw unprocessable(problems);
}

/** What an update keeps of the stored booking: an account or room archived since may stay on it. */
export interface Kept { accountId: number; roomId: number | null }

/**
 * Every reference exists and may be used (an account or room the update keeps may have been archived
 * since); unless `eligibility` is off (an update that books nothing new), every host may be booked on the
 * session's agency date and is qualified for what it sells. Returns the candidate's room, whose buffer
 * the conflict check needs.
 */
function checkReferences(r: BookingReader, c: Candidate, eligibility: boolean, kept: Kept | undefined): RoomLike | undefined {
  const { statements: q, timezone } = r;
  const problems: Problem[] = [];
  if (c.accountId !== kept?.accountId && !q.accountUsable(c.accountId)) {
    problems.push({ path: ['accountId'], message: text(`Platform account ${c.accountId} does not exist or is archived`, `平台账号 ${c.accountId} 不存在或已归档`) });
  }
  const room = c.roomId === null ? undefined : q.room(c.roomId);
  if ((c.roomId !== null && !room) || (c.roomId !== kept?.roomId && room && !room.active)) {
    problems.push({ path: ['roomId'], message: text(`Room ${c.roomId} does not exist or is archived`, `直播间 ${c.roomId} 不存在或已归档`) });
  }
  const date = localDateOf(c.startsAt, timezone);
  c.hosts.forEach((h, i) => {
    const host = q.host(h.hostId);
    if (!host) return problems.push({ path: ['hosts', i, 'hostId'], message: text(`Host ${h.hostId} does not exist`, `主播 ${h.hostId} 不存在`) });
    const issue = eligibility ? bookingIssue(host, date) : null;
    if (issue) problems.push({ path: ['hosts', i, 'hostId'], message: text(`${host.stageName} ${bookingIssueMessages[issue].en} (${date})`, `${host.stageName} ${bookingIssueMessages[issue].zh}（${date}）`), reason: issue } as never);
  });
  c.crew.forEach((m, i) => {
    if (!q.userExists(m.userId)) problems.push({ path: ['crew', i, 'userId'], message: text(`Staff user ${m.userId} does not exist`, `用户 ${m.userId} 不存在`) });
  });
  if (problems.length) throw unprocessable(problems);
  // A session already sold to deals in a regulated category keeps needing qualified hosts.
  if (eligibility && c.id !== null) {
    checkQualifications(r.db, r.categoriesSoldIn(c.id), [{ sessionId: c.id, startsAt: c.startsAt, hostIds: c.hosts.map((h) => h.hostId), path: ['hosts'] }], timezone);
  }
  return room;
}

function candidateLike(c: Candidate): SessionLike {
  return { id: c.id, startsAt: c.startsAt, endsAt: c.endsAt, status: c.status, accountId: c.accountId, roomId: c.roomId, hostIds: c.hosts.map((h) => h.hostId), crewUserIds: c.crew.map((m) => m.userId) };
}

/**
 * The sessions both checks look at, in one query: those that can conflict with the candidate (any
 * room buffer included), and its hosts' sessions on the agency days it touches, for the daily limit.
 */
function loadNeighbours(q: BookingStatements, c: Candidate, timezone: string): SessionLike[] {
  const like = candidateLike(c);
  const conflicts = queryWindow(c, q.maxBufferMinutes());
  const window = dailyLimitWindow(c, timezone);
  const days = queryWindow({ startsAt: window.from, endsAt: window.to }, 0);
  return q.neighbourhood({
    startsAfter: new Date(Math.min(conflicts.startsAfter.getTime(), days.startsAfter.getTime())),
    from: new Date(Math.min(conflicts.from.getTime(), days.from.getTime())),
    to: new Date(Math.max(conflicts.to.getTime(), days.to.getTime())),
    accountId: c.accountId, roomId: c.roomId, hostIds: like.hostIds, crewUserIds: like.crewUserIds,
  });
}

/** 409 listing every conflict, each with its rule, the other session (its title, room and hosts) and its interval. */
function checkConflicts(r: BookingReader, c: Candidate, room: RoomLike | undefined, neighbours: readonly SessionLike[]): void {
  const conflicts = findConflicts(candidateLike(c), neighbours, new Map(room ? [[room.id, room]] : []));
  if (conflicts.length) {
    const details = conflictDetails(conflicts, r.statements, (d) => formatInstant(d, r.timezone));
    throw new AppError('schedule_conflict', text(`The booking conflicts with ${conflicts.length} existing booking(s)`, `该排期与 ${conflicts.length} 个已有排期冲突`), details);
  }
}

/**
 * All booking rules in order: shape (422), references and eligibility (422), conflicts (409).
 * `eligibility: false` skips who may be booked, for an update that keeps the hosts, account and
 * times (see `rebooks`). Returns the neighbours it read.
 */
export function checkBooking(r: BookingReader, c: Candidate, { eligibility = true, kept }: { eligibility?: boolean; kept?: Kept } = {}): SessionLike[] {
  checkShape(c);
  const room = checkReferences(r, c, eligibility, kept);
  const neighbours = loadNeighbours(r.statements, c, r.timezone);
  checkConflicts(r, c, room, neighbours);
  return neighbours;
}

const warningView = (w: DailyLimitWarning) =>
  ({ code: 'daily_limit_exceeded', ...w, message: `Host ${w.hostId} streams ${w.minutes} minutes on ${w.date}, over the limit of ${w.limit}` });

/** Past the daily limit the booking still succeeds; the answer carries a warning per host and day. */
export function dailyWarnings(c: Candidate, neighbours: readonly SessionLike[], settings: Settings) {
  return dailyLimitWarnings(neighbours, candidateLike(c), settings.maxDailyMinutes, settings.timezone).map(warningView);
}

/** The same warnings for a series: its occurrences count with each other, one warning per host and day. */
export function seriesDailyWarnings(occurrences: readonly Candidate[], neighbours: readonly SessionLike[], settings: Settings) {
  return seriesDailyLimitWarnings(neighbours, occurrences.map(candidateLike), settings.maxDailyMinutes, settings.timezone).map(warningView);
}
