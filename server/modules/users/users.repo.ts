import { and, asc, count, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contains } from '../../db/like';
import { users } from '../../db/schema';
import type { Role } from '../../domain/roles';

export type UserRow = typeof users.$inferSelect;

export function findUser(db: Db, id: number): UserRow | undefined {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function emailTaken(db: Db, email: string): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email)).get() !== undefined;
}

export function insertUser(db: Db, row: typeof users.$inferInsert): UserRow {
  return db.insert(users).values(row).returning().get();
}

export function updateUserRow(db: Db, id: number, set: Partial<typeof users.$inferInsert>): UserRow {
  return db.update(users).set(set).where(eq(users.id, id)).returning().get();
}

export function countUsers(db: Db): number {
  return db.select({ n: count() }).from(users).get()?.n ?? 0;
}

export function countActiveAdmins(db: Db): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).get()?.n ?? 0;
}

export function listUsers(db: Db, filter: { q?: string; role?: Role }, page: number, pageSize: number) {
  const where: SQL | undefined = and(
    filter.q ? or(contains(users.email, filter.q), contains(users.name, filter.q)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
  );
  const items = db.select().from(users).where(where).orderBy(users.id)
    .limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(users).where(where).get()?.n ?? 0;
  return { items, total };
}

/** Every user, inactive ones too, by name: only what names a colleague, never an email or a password hash. */
export function listStaff(db: Db) {
  return db.select({ id: users.id, name: users.name, role: users.role, active: users.active }).from(users)
    .orderBy(asc(users.name), asc(users.id)).all();
}

export function userIdByEmail(db: Db, email: string): number | null {
  return db.select({ id: users.id }).from(users).where(eq(users.email, email.toLowerCase())).get()?.id ?? null;
}

export function emailsOf(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: users.id, email: users.email }).from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u.email]));
}

export function namesOf(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids)).all().map((u) => [u.id, u.name]));
}
