import fs from 'node:fs';
import path from 'node:path';
import { openDb } from '../../server/db/client';
import { migrateDb } from '../../server/db/migrate';
import { templateDbPath, testTmpDir } from './paths';

/** Migrates one template database per run; every test copies it instead of migrating again. */
export default function setup(): () => void {
  fs.mkdirSync(testTmpDir, { recursive: true });
  const template = templateDbPath();
  process.env.MCN_TEST_TEMPLATE_DB = template;
  const files = [template, `${template}-wal`, `${template}-shm`];
  for (const f of files) fs.rmSync(f, { force: true });
  const handle = openDb(template);
  migrateDb(handle.db);
  handle.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  handle.sqlite.pragma('journal_mode = DELETE');
  handle.close();
  if (!fs.existsSync(path.resolve('dist/client/index.html'))) {
    console.warn('dist/client is not built: browser tests need `npm run build` first (npm test does it).');
  }
  return () => {
    for (const f of files) fs.rmSync(f, { force: true });
  };
}
