import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { settings } from '../../db/schema';

export function readSettingsRows(db: Db): Record<string, unknown> {
  return Object.fromEntries(db.select().from(settings).all().map((row) => [row.key, row.value]));
}

export function writeSetting(db: Db, key: string, value: unknown, at: Date): void {
  db.insert(settings).values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: at } })
    .run();
}
