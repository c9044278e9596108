import { and, asc, count, desc, eq, gt, gte, inArray, lt, ne, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { containsPattern } from '../../db/like';
import { hosts, sessionCrew, sessionHosts, sessions, sessionSeries } from '../../db/schema';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionHostRow = typeof sessionHosts.$inferSelect;
export type SessionCrewRow = typeof sessionCrew.$inferSelect;
export interface SessionFull extends SessionRow { hosts: SessionHostRow[]; crew: SessionCrewRow[] }

export function findSession(db: Db, id: number): SessionFull | undefined {
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  return row ? withPeople(db, [row])[0] : undefined;
}

function groupBySession<T extends { sessionId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) {
    const list = out.get(row.sessionId);
    if (list) list.push(row);
    else out.set(row.sessionId, [row]);
  }
  return out;
}

/** Attaches hosts (in their listed order) and crew to session rows, two queries for any number of rows. */
export function withPeople(db: Db, rows: SessionRow[]): SessionFull[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const hosts = db.select().from(sessionHosts).where(inArray(sessionHosts.sessionId, ids)).orderBy(asc(sessionHosts.position)).all();
  const crew = db.select().from(sessionCrew).where(inArray(sessionCrew.sessionId, ids)).all();
  const hostsOf = groupBySession(hosts);
  const crewOf = groupBySession(crew);
  return rows.map((r) => ({ ...r, hosts: hostsOf.get(r.id) ?? [], crew: crewOf.get(r.id) ?? [] }));
}

/** The account's earliest-booked non-cancelled session carrying the live-room id. */
export function sessionByLiveId(db: Db, accountId: number, liveRoomId: string): SessionFull | undefined {
  const row = db.select().from(sessions)
    .where(and(eq(sessions.platformLiveId, liveRoomId), eq(sessions.accountId, accountId), ne(sessions.status, 'cancelled')))
    .orderBy(asc(sessions.id)).limit(1).get();
  return row ? withPeople(db, [row])[0] : undefined;
}

/** The account's non-cancelled sessions. */
export function liveSessionsOfAccount(db: Db, accountId: number): SessionFull[] {
  return withPeople(db, db.select().from(sessions).where(and(eq(sessions.accountId, accountId), ne(sessions.status, 'cancelled'))).all());
}

export function updateSessionRow(db: Db, id: number, set: Partial<typeof sessions.$inferInsert>): void {
  db.update(sessions).set(set).where(eq(sessions.id, id)).run();
}

export function replacePeople(db: Db, sessionId: number, hosts?: { hostId: number; role: 'main' | 'assistant'; shareBp: number }[], crew?: { userId: number; duty: string }[]): void {
  if (hosts) {
    db.delete(sessionHosts).where(eq(sessionHosts.sessionId, sessionId)).run();
    db.insert(sessionHosts).values(hosts.map((h, position) => ({ ...h, sessionId, position }))).run();
  }
  if (crew) {
    db.delete(sessionCrew).where(eq(sessionCrew.sessionId, sessionId)).run();
    if (crew.length) db.insert(sessionCrew).values(crew.map((c) => ({ ...c, sessionId }))).run();
  }
}

export interface SessionFilter {
  from?: Date; to?: Date; hostId?: number; roomId?: number; accountId?: number; status?: SessionRow['status'];
  q?: string | undefined; order?: 'asc' | 'desc';
}

// Reads the hosts table for their names only (a label join, never a write).
function searchWhere(q: string): SQL {
  const p = containsPattern(q);
  const byId = /^#?\d{1,15}$/.test(q) ? sql` OR ${sessions.id} = ${Number(q.replace('#', ''))}` : sql``;
  return sql`(${sessions.title} LIKE ${p} ESCAPE '\\' OR ${sessions.platformLiveId} LIKE ${p} ESCAPE '\\'${byId}
    OR ${sessions.id} IN (SELECT ${sessionHosts.sessionId} FROM ${sessionHosts} JOIN ${hosts} ON ${hosts.id} = ${sessionHosts.hostId}
      WHERE ${hosts.stageName} LIKE ${p} ESCAPE '\\' OR ${hosts.legalName} LIKE ${p} ESCAPE '\\'))`;
}

export function listSessions(db: Db, f: SessionFilter, page: number, pageSize: number) {
  const where = and(
    f.to ? lt(sessions.startsAt, f.to) : undefined,
    f.from ? gt(sessions.endsAt, f.from) : undefined,
    f.roomId ? eq(sessions.roomId, f.roomId) : undefined,
    f.accountId ? eq(sessions.accountId, f.accountId) : undefined,
    f.status ? eq(sessions.status, f.status) : undefined,
    f.hostId ? inArray(sessions.id, db.select({ id: sessionHosts.sessionId }).from(sessionHosts).where(eq(sessionHosts.hostId, f.hostId))) : undefined,
    f.q ? searchWhere(f.q) : undefined,
  );
  const direction = f.order === 'desc' ? desc : asc;
  const rows = db.select().from(sessions).where(where).orderBy(direction(sessions.startsAt), direction(sessions.id))
    .limit(pageSize).offset((page - 1) * pageSize).all();
  return { items: withPeople(db, rows), total: db.select({ n: count() }).from(sessions).where(where).get()?.n ?? 0 };
}

export function insertSeries(db: Db, row: typeof sessionSeries.$inferInsert) {
  return db.insert(sessionSeries).values(row).returning().get();
}

export function findSeries(db: Db, id: number) {
  return db.select().from(sessionSeries).where(eq(sessionSeries.id, id)).get();
}

/** The series' sessions that have not started streaming. */
export function openSessionsOfSeries(db: Db, seriesId: number): SessionRow[] {
  return db.select().from(sessions).where(and(eq(sessions.seriesId, seriesId), inArray(sessions.status, ['planned', 'confirmed']))).all();
}

export function cancelSessionRows(db: Db, ids: number[], at: Date): void {
  if (ids.length) db.update(sessions).set({ status: 'cancelled', updatedAt: at }).where(inArray(sessions.id, ids)).run();
}

/** A room's or a host's sessions overlapping [from, to), cancelled ones included, by start. */
export function sessionsInWindow(db: Db, of: { roomId: number } | { hostId: number }, from: Date, to: Date): SessionFull[] {
  const target = 'roomId' in of
    ? eq(sessions.roomId, of.roomId)
    : inArray(sessions.id, db.select({ id: sessionHosts.sessionId }).from(sessionHosts).where(eq(sessionHosts.hostId, of.hostId)));
  const rows = db.select().from(sessions).where(and(target, gt(sessions.endsAt, from), lt(sessions.startsAt, to)))
    .orderBy(asc(sessions.startsAt)).all();
  return withPeople(db, rows);
}

export function sessionsByIds(db: Db, ids: number[]): SessionFull[] {
  if (ids.length === 0) return [];
  return withPeople(db, db.select().from(sessions).where(inArray(sessions.id, ids)).all());
}

/** The completed sessions of the hosts that overlap [from, to), planned or actual times (the guarantee's live days). */
export function completedSessionsOfHosts(db: Db, hostIds: number[], from: Date, to: Date): SessionFull[] {
  if (hostIds.length === 0) return [];
  const ids = db.select({ id: sessionHosts.sessionId }).from(sessionHosts).where(inArray(sessionHosts.hostId, hostIds));
  // A day's margin each side: actual times may run past the planned ones.
  const day = 24 * 60 * 60 * 1000;
  const rows = db.select().from(sessions).where(and(inArray(sessions.id, ids), eq(sessions.status, 'completed'),
    gt(sessions.endsAt, new Date(from.getTime() - day)), lt(sessions.startsAt, new Date(to.getTime() + day)))).all();
  return withPeople(db, rows);
}

/** The sessions (cancelled ones too) starting in [from, to). */
export function sessionIdsStarting(db: Db, from: Date, to: Date): number[] {
  return db.select({ id: sessions.id }).from(sessions).where(and(gte(sessions.startsAt, from), lt(sessions.startsAt, to))).all().map((r) => r.id);
}
