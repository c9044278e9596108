import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contains } from '../../db/like';
import { rooms } from '../../db/schema';

export type RoomRow = typeof rooms.$inferSelect;

export function findRoom(db: Db, id: number): RoomRow | undefined {
  return db.select().from(rooms).where(eq(rooms.id, id)).get();
}

export function roomNameTaken(db: Db, name: string, exceptId = 0): boolean {
  return db.select({ id: rooms.id }).from(rooms).where(and(eq(rooms.name, name), ne(rooms.id, exceptId))).get() !== undefined;
}

export function insertRoom(db: Db, row: typeof rooms.$inferInsert): RoomRow {
  return db.insert(rooms).values(row).returning().get();
}

export function updateRoomRow(db: Db, id: number, set: Partial<typeof rooms.$inferInsert>): RoomRow {
  return db.update(rooms).set(set).where(eq(rooms.id, id)).returning().get();
}

/** The largest changeover buffer of any room: how far past a window the conflict check must look. */
export function listRooms(db: Db, f: { q?: string; active?: boolean }, page: number, pageSize: number) {
  const where = and(f.q ? contains(rooms.name, f.q) : undefined, f.active === undefined ? undefined : eq(rooms.active, f.active));
  const items = db.select().from(rooms).where(where).orderBy(rooms.name).limit(pageSize).offset((page - 1) * pageSize).all();
  return { items, total: db.select({ n: count() }).from(rooms).where(where).get()?.n ?? 0 };
}

export function roomsByIds(db: Db, ids: number[]): Map<number, RoomRow> {
  if (ids.length === 0) return new Map();
  return new Map(db.select().from(rooms).where(inArray(rooms.id, ids)).all().map((r) => [r.id, r]));
}
