import { asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { brands } from '../../db/schema';
import { contains } from '../../db/like';

export type BrandRow = typeof brands.$inferSelect;

export function findBrand(db: Db, id: number): BrandRow | undefined {
  return db.select().from(brands).where(eq(brands.id, id)).get();
}

export function insertBrand(db: Db, row: typeof brands.$inferInsert): BrandRow {
  return db.insert(brands).values(row).returning().get();
}

export function updateBrandRow(db: Db, id: number, set: Partial<typeof brands.$inferInsert>): BrandRow {
  return db.update(brands).set(set).where(eq(brands.id, id)).returning().get();
}

export function listBrands(db: Db, q: string | undefined, page: number, pageSize: number) {
  const where = q ? contains(brands.name, q) : undefined;
  const items = db.select().from(brands).where(where).orderBy(asc(brands.name), asc(brands.id))
    .limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(brands).where(where).get()?.n ?? 0;
  return { items, total };
}

export function brandNames(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: brands.id, name: brands.name }).from(brands).where(inArray(brands.id, ids)).all().map((b) => [b.id, b.name]));
}
