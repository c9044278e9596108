import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';

/** The project's migrations/ folder, found from this file whether it runs from server/db or from the bundle in dist/server. */
function findMigrations(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'migrations');
    if (fs.existsSync(path.join(candidate, 'meta', '_journal.json'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`No migrations folder above ${from}`);
  }
}

export const migrationsFolder = findMigrations(path.dirname(fileURLToPath(import.meta.url)));

export function migrateDb(db: Db): void {
  migrate(db, { migrationsFolder });
}
