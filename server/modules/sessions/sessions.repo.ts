import { and, asc, count, eq, gt, inArray, lt, ne, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { sessionCrew, sessionHosts, sessions } from '../../db/schema';
import type { SessionLike } from '../../domain/schedule';

export type SessionRow = typeof sessions.$inferSelect;
export type SessionHostRow = typeof sessionHosts.$inferSelect;
export type SessionCrewRow = typeof sessionCrew.$inferSelect;
export interface SessionFull extends SessionRow { hosts: SessionHostRow[]; crew: SessionCrewRow[] }

export function findSession(db: Db, id: number): SessionFull | undefined {
  const row = db.select().from(sessions).where(eq(sessions.id, id)).get();
  return row ? withPeople(db, [row])[0] : undefined;
}

/** Attaches hosts (in their listed order) and crew to session rows, two queries for any number of rows. */
export function withPeople(db: Db, rows: SessionRow[]): SessionFull[] {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const hosts = db.select().from(sessionHosts).where(inArray(sessionHosts.sessionId, ids)).orderBy(asc(sessionHosts.position)).all();
  const crew = db.select().from(sessionCrew).where(inArray(sessionCrew.sessionId, ids)).all();
  return rows.map((r) => ({ ...r, hosts: hosts.filter((h) => h.sessionId === r.id), crew: crew.filter((c) => c.sessionId === r.id) }));
}

export function toSessionLike(s: SessionFull): SessionLike {
  return {
    id: s.id, startsAt: s.startsAt, endsAt: s.endsAt, status: s.status, accountId: s.accountId, roomId: s.roomId,
    hostIds: s.hosts.map((h) => h.hostId), crewUserIds: s.crew.map((c) => c.userId),
  };
}

export interface Neighbourhood {
  startsAfter: Date;
  to: Date;
  from: Date;
  accountId?: number;
  roomId?: number | null;
  hostIds?: readonly number[];
  crewUserIds?: readonly number[];
}

/**
 * Non-cancelled sessions in a time window that share the account, room, a host or a crew member.
 * The window bounds an index range on starts_at (a session lasts at most 24 hours).
 */
export function sessionsNear(db: Db, n: Neighbourhood): SessionFull[] {
  const query = sessionsNearQuery(db, n);
  return query ? withPeople(db, query.all()) : [];
}

/** The query behind sessionsNear, exposed so a test can prove its plan is an index range, not a scan. */
export function sessionsNearQuery(db: Db, n: Neighbourhood) {
  const shared: SQL[] = [];
  if (n.accountId) shared.push(eq(sessions.accountId, n.accountId));
  if (n.roomId) shared.push(eq(sessions.roomId, n.roomId));
  if (n.hostIds?.length) {
    shared.push(inArray(sessions.id, db.select({ id: sessionHosts.sessionId }).from(sessionHosts).where(inArray(sessionHosts.hostId, [...n.hostIds]))));
  }
  if (n.crewUserIds?.length) {
    shared.push(inArray(sessions.id, db.select({ id: sessionCrew.sessionId }).from(sessionCrew).where(inArray(sessionCrew.userId, [...n.crewUserIds]))));
  }
  if (shared.length === 0) return null;
  return db.select().from(sessions).where(and(
    gt(sessions.startsAt, n.startsAfter), lt(sessions.startsAt, n.to), gt(sessions.endsAt, n.from),
    ne(sessions.status, 'cancelled'), or(...shared),
  ));
}

export function insertSession(db: Db, row: typeof sessions.$inferInsert): SessionRow {
  return db.insert(sessions).values(row).returning().get();
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
}

export function listSessions(db: Db, f: SessionFilter, page: number, pageSize: number) {
  const where = and(
    f.to ? lt(sessions.startsAt, f.to) : undefined,
    f.from ? gt(sessions.endsAt, f.from) : undefined,
    f.roomId ? eq(sessions.roomId, f.roomId) : undefined,
    f.accountId ? eq(sessions.accountId, f.accountId) : undefined,
    f.status ? eq(sessions.status, f.status) : undefined,
    f.hostId ? inArray(sessions.id, db.select({ id: sessionHosts.sessionId }).from(sessionHosts).where(eq(sessionHosts.hostId, f.hostId))) : undefined,
  );
  const rows = db.select().from(sessions).where(where).orderBy(asc(sessions.startsAt), asc(sessions.id))
    .limit(pageSize).offset((page - 1) * pageSize).all();
  return { items: withPeople(db, rows), total: db.select({ n: count() }).from(sessions).where(where).get()?.n ?? 0 };
}
