import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { perConnection } from '../../db/per-connection';
import { settings } from '../../db/schema';

const reader = perConnection((sqlite) => ({
  text: sqlite.prepare('SELECT json_group_object(key, json(value)) FROM settings').pluck(),
  version: sqlite.prepare('SELECT version FROM settings_version WHERE id = 1').pluck(),
}));

/** The stored settings as one JSON object text. */
export function readSettingsText(sqlite: Database.Database): string {
  return reader(sqlite).text.get() as string;
}

/** A number that moves whenever a setting is written or removed (triggers of migration 0016). */
export function readSettingsVersion(sqlite: Database.Database): number {
  return reader(sqlite).version.get() as number;
}

export function writeSetting(db: Db, key: string, value: unknown, at: Date): void {
  db.insert(settings).values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: at } })
    .run();
}
