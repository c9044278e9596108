import { and, asc, count, countDistinct, eq, gt, gte, inArray, lt, lte, ne, notInArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessionHosts, sessions } from '../../db/schema';

// What the dashboard and the reports count of the schedule (issue 16): sessions in a window, who is
// live now, and a host's completed sessions with the time they streamed.

const DAY_MS = 86_400_000;

/** Sessions (not cancelled) that start in [from, to). */
export function sessionCountBetween(db: Db, from: Date, to: Date): number {
  return db.select({ n: count() }).from(sessions)
    .where(and(gte(sessions.startsAt, from), lt(sessions.startsAt, to), ne(sessions.status, 'cancelled'))).get()?.n ?? 0;
}

/**
 * Sessions on air at `now`: marked live, or planned or confirmed with now inside [start, end). A session
 * lasts at most 24 hours (SPEC section 5), so only those starting in the last day are read.
 */
export function liveNow(db: Db, now: Date): { sessions: number; hosts: number } {
  const onAir = and(
    gt(sessions.startsAt, new Date(now.getTime() - DAY_MS)), lte(sessions.startsAt, now),
    or(eq(sessions.status, 'live'), and(notInArray(sessions.status, ['cancelled', 'completed']), gt(sessions.endsAt, now))),
  );
  const row = db.select({ sessions: countDistinct(sessions.id), hosts: countDistinct(sessionHosts.hostId) })
    .from(sessions).leftJoin(sessionHosts, eq(sessionHosts.sessionId, sessions.id)).where(onAir).get();
  return { sessions: row?.sessions ?? 0, hosts: row?.hosts ?? 0 };
}

/** The host's completed sessions that start in [from, to), with planned and actual times. */
export function completedSessionsOfHost(db: Db, hostId: number, from: Date, to: Date) {
  return db.select({
    id: sessions.id, startsAt: sessions.startsAt, endsAt: sessions.endsAt, actualStartAt: sessions.actualStartAt, actualEndAt: sessions.actualEndAt,
  }).from(sessionHosts).innerJoin(sessions, eq(sessions.id, sessionHosts.sessionId))
    .where(and(eq(sessionHosts.hostId, hostId), gte(sessionHosts.sessionStartsAt, from), lt(sessionHosts.sessionStartsAt, to), eq(sessions.status, 'completed')))
    .orderBy(asc(sessions.startsAt)).all();
}

/** Title, start and account of the sessions named (the report by session). */
export function sessionSummaries(db: Db, ids: number[]): Map<number, { id: number; title: string; startsAt: Date; accountId: number }> {
  if (ids.length === 0) return new Map();
  const rows = db.select({ id: sessions.id, title: sessions.title, startsAt: sessions.startsAt, accountId: sessions.accountId })
    .from(sessions).where(inArray(sessions.id, ids)).all();
  return new Map(rows.map((r) => [r.id, r]));
}
