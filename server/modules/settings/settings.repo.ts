import type Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { settings } from '../../db/schema';

const readers = new WeakMap<Database.Database, Database.Statement>();

/**
 * The stored settings as one JSON object text. Nearly every request reads them, so the statement is
 * prepared once per connection; inside a transaction it sees the transaction's own writes.
 */
export function readSettingsText(sqlite: Database.Database): string {
  let reader = readers.get(sqlite);
  if (!reader) {
    reader = sqlite.prepare('SELECT json_group_object(key, json(value)) FROM settings').pluck();
    readers.set(sqlite, reader);
  }
  return reader.get() as string;
}

export function writeSetting(db: Db, key: string, value: unknown, at: Date): void {
  db.insert(settings).values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: at } })
    .run();
}
