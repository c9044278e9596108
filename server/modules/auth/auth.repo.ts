import { and, desc, eq, gt, isNull, lt, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { apiTokens, authSessions, loginAttempts, users } from '../../db/schema';

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function insertSession(db: Db, row: typeof authSessions.$inferInsert): void {
  db.insert(authSessions).values(row).run();
}

export function findSessionWithUser(db: Db, id: string) {
  return db.select({ session: authSessions, user: users }).from(authSessions)
    .innerJoin(users, eq(users.id, authSessions.userId)).where(eq(authSessions.id, id)).get();
}

export function touchSession(db: Db, id: string, lastSeenAt: Date, expiresAt: Date): void {
  db.update(authSessions).set({ lastSeenAt, expiresAt }).where(eq(authSessions.id, id)).run();
}

export function deleteSession(db: Db, id: string): void {
  db.delete(authSessions).where(eq(authSessions.id, id)).run();
}

export function deleteSessionsOfUser(db: Db, userId: number): void {
  db.delete(authSessions).where(eq(authSessions.userId, userId)).run();
}

export function deleteExpiredSessions(db: Db, now: Date): void {
  db.delete(authSessions).where(lt(authSessions.expiresAt, now)).run();
}

export function findActiveTokenWithUser(db: Db, tokenHash: string) {
  return db.select({ token: apiTokens, user: users }).from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt))).get();
}

export function markTokenUsed(db: Db, id: number, at: Date): void {
  db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id)).run();
}

export function recordLoginAttempt(db: Db, row: typeof loginAttempts.$inferInsert): void {
  db.insert(loginAttempts).values(row).run();
}

/** The id of the email's last successful sign-in: failures before it no longer count. */
export function lastSuccessfulLoginId(db: Db, email: string): number {
  return db.select({ id: max(loginAttempts.id) }).from(loginAttempts)
    .where(and(eq(loginAttempts.email, email), eq(loginAttempts.success, true))).get()?.id ?? 0;
}

/** The instants of recent failed sign-ins for an email or from an address, oldest first. */
export function recentFailures(db: Db, by: 'email' | 'ip', value: string, since: Date, limit: number, afterId = 0): Date[] {
  const column = by === 'email' ? loginAttempts.email : loginAttempts.ip;
  return db.select({ at: loginAttempts.at }).from(loginAttempts)
    .where(and(eq(column, value), eq(loginAttempts.success, false), gt(loginAttempts.at, since), gt(loginAttempts.id, afterId)))
    .orderBy(desc(loginAttempts.id)).limit(limit).all().map((r) => r.at).reverse();
}
