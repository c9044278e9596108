import { backupDatabase } from '../db/backup';
import { readEnv } from '../env';

// npm run backup -- <file>: a consistent online copy of DATABASE_PATH, safe while the server runs.
const target = process.argv.slice(2).find((a) => a !== '--');
if (!target) {
  console.error('Usage: npm run backup -- <backup file>');
  process.exit(2);
}
const { DATABASE_PATH } = readEnv();
backupDatabase(DATABASE_PATH, target).then(
  (r) => console.log(`Backed up ${DATABASE_PATH} to ${r.file}: ${r.pages} pages, ${r.bytes} bytes, integrity ok.`),
  (err: unknown) => { console.error(`Backup failed: ${err instanceof Error ? err.message : String(err)}`); process.exit(1); },
);
