import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { perConnection } from '../../db/per-connection';
import { settings } from '../../db/schema';

const reader = perConnection((sqlite) => sqlite.prepare('SELECT json_group_object(key, json(value)) FROM settings').pluck());

/** The stored settings as one JSON object text: nearly every request reads them. */
export function readSettingsText(sqlite: Database.Database): string {
  return reader(sqlite).get() as string;
}

export function writeSetting(db: Db, key: string, value: unknown, at: Date): void {
  db.insert(settings).values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: at } })
    .run();
}
