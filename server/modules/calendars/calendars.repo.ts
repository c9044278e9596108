import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { calendarFeeds } from '../../db/schema';

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
