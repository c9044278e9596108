import { and, asc, eq, gt, inArray, lt } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarFeeds, hosts, platformAccounts, rooms, sessionHosts, sessions } from '../../db/schema';
import { withPeople } from '../sessions/sessions.repo';

export type FeedKind = 'host' | 'room';

export function findFeed(db: Db, kind: FeedKind, targetId: number) {
  return db.select().from(calendarFeeds).where(and(eq(calendarFeeds.kind, kind), eq(calendarFeeds.targetId, targetId))).get();
}

export function findFeedByToken(db: Db, token: string) {
  return db.select().from(calendarFeeds).where(eq(calendarFeeds.token, token)).get();
}

export function saveFeedToken(db: Db, kind: FeedKind, targetId: number, token: string, at: Date): void {
  db.insert(calendarFeeds).values({ kind, targetId, token, createdAt: at })
    .onConflictDoUpdate({ target: [calendarFeeds.kind, calendarFeeds.targetId], set: { token, createdAt: at } }).run();
}

/** The sessions a feed shows, cancelled ones included so that subscribed calendars drop them. */
export function feedSessions(db: Db, kind: FeedKind, targetId: number, from: Date, to: Date) {
  const target = kind === 'room'
    ? eq(sessions.roomId, targetId)
    : inArray(sessions.id, db.select({ id: sessionHosts.sessionId }).from(sessionHosts).where(eq(sessionHosts.hostId, targetId)));
  const rows = db.select().from(sessions).where(and(target, gt(sessions.endsAt, from), lt(sessions.startsAt, to)))
    .orderBy(asc(sessions.startsAt)).all();
  return withPeople(db, rows);
}

export function namesFor(db: Db, hostIds: number[], roomIds: number[], accountIds: number[]) {
  const byId = <T extends { id: number }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  return {
    hosts: byId(hostIds.length ? db.select({ id: hosts.id, name: hosts.stageName }).from(hosts).where(inArray(hosts.id, hostIds)).all() : []),
    rooms: byId(roomIds.length ? db.select({ id: rooms.id, name: rooms.name, location: rooms.location }).from(rooms).where(inArray(rooms.id, roomIds)).all() : []),
    accounts: byId(accountIds.length ? db.select({ id: platformAccounts.id, platform: platformAccounts.platform, handle: platformAccounts.handle }).from(platformAccounts).where(inArray(platformAccounts.id, accountIds)).all() : []),
  };
}
