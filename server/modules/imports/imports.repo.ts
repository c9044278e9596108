import { count, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { imports } from '../../db/schema';

export type ImportRow = typeof imports.$inferSelect;

export function insertImport(db: Db, row: typeof imports.$inferInsert): ImportRow {
  return db.insert(imports).values(row).returning().get();
}

export function updateImportRow(db: Db, id: number, set: Partial<typeof imports.$inferInsert>): void {
  db.update(imports).set(set).where(eq(imports.id, id)).run();
}

export function findImport(db: Db, id: number): ImportRow | undefined {
  return db.select().from(imports).where(eq(imports.id, id)).get();
}

export function listImports(db: Db, status: ImportRow['status'] | undefined, page: number, pageSize: number) {
  const where = status ? eq(imports.status, status) : undefined;
  const items = db.select().from(imports).where(where).orderBy(desc(imports.id)).limit(pageSize).offset((page - 1) * pageSize).all();
  return { items, total: db.select({ n: count() }).from(imports).where(where).get()?.n ?? 0 };
}

/** Imports a stopped process left queued or running: they will never finish. */
export function unfinishedImports(db: Db): ImportRow[] {
  return db.select().from(imports).where(inArray(imports.status, ['queued', 'running'])).all();
}

export function importCountByStatus(db: Db, status: ImportRow['status']): number {
  return db.select({ n: count() }).from(imports).where(eq(imports.status, status)).get()?.n ?? 0;
}
