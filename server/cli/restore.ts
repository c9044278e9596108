import { restoreDatabase } from '../db/backup';
import { readEnv } from '../env';

// npm run restore -- <file>: puts a backup back as DATABASE_PATH. Stop the server first.
const source = process.argv.slice(2).find((a) => a !== '--');
if (!source) {
  console.error('Usage: npm run restore -- <backup file>   (stop the server first)');
  process.exit(2);
}
const { DATABASE_PATH } = readEnv();
restoreDatabase(source, DATABASE_PATH).then(
  (r) => console.log(`Restored ${source} to ${r.file}: ${r.pages} pages. Start the server: it migrates an older backup.`),
  (err: unknown) => { console.error(`Restore failed: ${err instanceof Error ? err.message : String(err)}`); process.exit(1); },
);
