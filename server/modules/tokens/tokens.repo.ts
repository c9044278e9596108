import { count, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens, users } from '../../db/schema';

const columns = {
  id: apiTokens.id, userId: apiTokens.userId, userEmail: users.email, name: apiTokens.name,
  createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt, revokedAt: apiTokens.revokedAt, expiresAt: apiTokens.expiresAt,
};

export type TokenRow = { id: number; userId: number; userEmail: string; name: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null; expiresAt: Date | null };

export function insertToken(db: Db, row: typeof apiTokens.$inferInsert): number {
  return db.insert(apiTokens).values(row).returning({ id: apiTokens.id }).get().id;
}

export function findToken(db: Db, id: number): TokenRow | undefined {
  return db.select(columns).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId)).where(eq(apiTokens.id, id)).get();
}

export function revokeTokenRow(db: Db, id: number, at: Date): void {
  db.update(apiTokens).set({ revokedAt: at }).where(eq(apiTokens.id, id)).run();
}

export function listTokens(db: Db, userId: number | undefined, page: number, pageSize: number) {
  const where = userId ? eq(apiTokens.userId, userId) : undefined;
  const items = db.select(columns).from(apiTokens).innerJoin(users, eq(users.id, apiTokens.userId))
    .where(where).orderBy(desc(apiTokens.id)).limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(apiTokens).where(where).get()?.n ?? 0;
  return { items, total };
}
