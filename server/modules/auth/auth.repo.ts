import type Database from 'better-sqlite3';
import type { Locale } from '../../domain/text';
import { and, desc, eq, gt, isNull, lt, max, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { perConnection } from '../../db/per-connection';
import { apiTokens, authSessions, loginAttempts, users } from '../../db/schema';
import type { Role } from '../../domain/roles';

export function findUserByEmail(db: Db, email: string) {
  return db.select().from(users).where(eq(users.email, email)).get();
}

export function findUserById(db: Db, id: number) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function updateOwnUser(db: Db, id: number, set: Partial<Pick<typeof users.$inferInsert, 'passwordHash' | 'locale' | 'updatedAt'>>): void {
  db.update(users).set(set).where(eq(users.id, id)).run();
}

export function insertSession(db: Db, row: typeof authSessions.$inferInsert): void {
  db.insert(authSessions).values(row).run();
}

export interface SignedInUser {
  expiresAt: Date;
  lastSeenAt: Date;
  user: { id: number; email: string; name: string; role: Role; active: boolean; locale: Locale | null };
}

const sessionLookup = perConnection((sqlite) => sqlite.prepare(`SELECT s.expires_at AS expiresAt, s.last_seen_at AS lastSeenAt,
  u.id, u.email, u.name, u.role, u.active, u.locale FROM auth_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?`));

/** A browser session and its user: every signed-in request reads this. */
export function findSessionWithUser(sqlite: Database.Database, id: string): SignedInUser | undefined {
  const row = sessionLookup(sqlite).get(id) as { expiresAt: number; lastSeenAt: number; id: number; email: string; name: string; role: Role; active: number; locale: Locale | null } | undefined;
  return row && {
    expiresAt: new Date(row.expiresAt), lastSeenAt: new Date(row.lastSeenAt),
    user: { id: row.id, email: row.email, name: row.name, role: row.role, active: row.active === 1, locale: row.locale },
  };
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

/** Every session of the user but one (the one asking; none when the request came with a token). */
export function deleteSessionsOfUserExcept(db: Db, userId: number, keepId: string | undefined): void {
  db.delete(authSessions).where(keepId === undefined ? eq(authSessions.userId, userId) : and(eq(authSessions.userId, userId), ne(authSessions.id, keepId))).run();
}

export function deleteExpiredSessions(db: Db, now: Date): void {
  db.delete(authSessions).where(lt(authSessions.expiresAt, now)).run();
}

export function findActiveTokenWithUser(db: Db, tokenHash: string) {
  return db.select({ token: apiTokens, user: users }).from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt))).get();
}

export function revokeTokensOfUser(db: Db, userId: number, at: Date): void {
  db.update(apiTokens).set({ revokedAt: at }).where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt))).run();
}

export function markTokenUsed(db: Db, id: number, at: Date): void {
  db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id)).run();
}

export function recordLoginAttempt(db: Db, row: typeof loginAttempts.$inferInsert): number {
  return db.insert(loginAttempts).values(row).returning({ id: loginAttempts.id }).get().id;
}

/** A sign-in reserved as a failure (while its password is checked) turned out to succeed. */
export function markLoginSucceeded(db: Db, id: number, at: Date): void {
  db.update(loginAttempts).set({ success: true, at }).where(eq(loginAttempts.id, id)).run();
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
