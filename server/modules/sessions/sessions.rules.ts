import { bookingIssue, bookingIssueMessages } from '../../domain/booking';
import { localDateOf } from '../../domain/periods';
import { checkShares, dailyLimitWarnings, findConflicts, queryWindow, validateSessionTimes, type SessionLike } from '../../domain/schedule';
import type { Db } from '../../db/client';
import { AppError } from '../../http/errors';
import { findAccount } from '../accounts/accounts.repo';
import { categoriesSoldIn } from '../deals/deals.repo';
import { checkQualifications } from '../deals/qualification-check';
import { activeContractsOfHost } from '../contracts/contracts.repo';
import { findHost, userExists } from '../hosts/hosts.repo';
import type { Settings } from '../settings/settings.schemas';
import { findRoom, maxBufferMinutes } from '../rooms/rooms.repo';
import { sessionsNear, toSessionLike } from './sessions.repo';

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

const unprocessable = (problems: { path: (string | number)[]; message: string }[]) =>
  new AppError('unprocessable', problems.map((p) => p.message).join('; '), problems);

export function checkShape(c: Candidate): void {
  const problems = [...validateSessionTimes(c.startsAt, c.endsAt), ...checkShares(c.hosts)];
  if (problems.length) throw unprocessable(problems);
}

/** Every reference exists and may be used; every host may be booked on the session's agency date. */
export function checkReferences(db: Db, c: Candidate, timezone: string): void {
  const problems: { path: (string | number)[]; message: string }[] = [];
  const account = findAccount(db, c.accountId);
  if (!account || account.archivedAt) problems.push({ path: ['accountId'], message: `Platform account ${c.accountId} does not exist or is archived` });
  if (c.roomId !== null) {
    const room = findRoom(db, c.roomId);
    if (!room || !room.active) problems.push({ path: ['roomId'], message: `Room ${c.roomId} does not exist or is archived` });
  }
  const date = localDateOf(c.startsAt, timezone);
  c.hosts.forEach((h, i) => {
    const host = findHost(db, h.hostId);
    if (!host) return problems.push({ path: ['hosts', i, 'hostId'], message: `Host ${h.hostId} does not exist` });
    const issue = bookingIssue({ status: host.status, archived: host.archivedAt !== null, contracts: activeContractsOfHost(db, host.id) }, date);
    if (issue) problems.push({ path: ['hosts', i, 'hostId'], message: `${host.stageName} ${bookingIssueMessages[issue]} (${date})`, reason: issue } as never);
  });
  c.crew.forEach((m, i) => {
    if (!userExists(db, m.userId)) problems.push({ path: ['crew', i, 'userId'], message: `Staff user ${m.userId} does not exist` });
  });
  if (problems.length) throw unprocessable(problems);
  // A session already sold to deals in a regulated category keeps needing qualified hosts.
  if (c.id !== null) {
    checkQualifications(db, categoriesSoldIn(db, c.id), [{ sessionId: c.id, startsAt: c.startsAt, hostIds: c.hosts.map((h) => h.hostId), path: ['hosts'] }], timezone);
  }
}

function candidateLike(c: Candidate): SessionLike {
  return { id: c.id, startsAt: c.startsAt, endsAt: c.endsAt, status: c.status, accountId: c.accountId, roomId: c.roomId, hostIds: c.hosts.map((h) => h.hostId), crewUserIds: c.crew.map((m) => m.userId) };
}

/** 409 listing every conflict, each with its rule, the other session and its interval. */
export function checkConflicts(db: Db, c: Candidate, format: (d: Date) => string): void {
  const like = candidateLike(c);
  const window = queryWindow(c, maxBufferMinutes(db));
  const others = sessionsNear(db, { ...window, accountId: c.accountId, roomId: c.roomId, hostIds: like.hostIds, crewUserIds: like.crewUserIds });
  const rooms = new Map<number, { id: number; bufferMinutes: number }>();
  for (const id of new Set([c.roomId, ...others.map((o) => o.roomId)])) {
    const room = id === null ? undefined : findRoom(db, id);
    if (room) rooms.set(room.id, room);
  }
  const conflicts = findConflicts(like, others.map(toSessionLike), rooms);
  if (conflicts.length) {
    const details = conflicts.map((x) => ({ ...x, message: `${x.rule} conflict with session ${x.sessionId}`, startsAt: format(x.startsAt), endsAt: format(x.endsAt) }));
    throw new AppError('schedule_conflict', `The booking conflicts with ${conflicts.length} existing booking(s)`, details);
  }
}

/** Past the daily limit the booking still succeeds; the answer carries a warning per host and day. */
export function dailyWarnings(db: Db, c: Candidate, settings: Settings) {
  const day = 24 * 60 * 60 * 1000;
  const hostIds = c.hosts.map((h) => h.hostId);
  const nearby = sessionsNear(db, { startsAfter: new Date(c.startsAt.getTime() - 2 * day), from: new Date(c.startsAt.getTime() - day), to: new Date(c.endsAt.getTime() + day), hostIds });
  return dailyLimitWarnings(nearby.map(toSessionLike), candidateLike(c), settings.maxDailyMinutes, settings.timezone)
    .map((w) => ({ code: 'daily_limit_exceeded', ...w, message: `Host ${w.hostId} streams ${w.minutes} minutes on ${w.date}, over the limit of ${w.limit}` }));
}
