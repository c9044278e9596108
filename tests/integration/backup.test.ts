import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { composeDeps } from '../../server/compose';
import { backupDatabase, restoreDatabase } from '../../server/db/backup';
import { openDb } from '../../server/db/client';
import { migrateDb } from '../../server/db/migrate';
import { searchOrders } from '../../server/modules/ledger/ledger.service';
import { writeDouyinExport } from '../factories/douyin-export';
import { startTestServer, type TestServer } from '../helpers/server';
import { addAccount, addHost } from './roster-kit';
import { waitForImport } from './import-kit';

// Backups (issue 15): a consistent online copy while an import writes, and a restore that the app can open.

let server: TestServer;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mcn-backup-test-'));
afterEach(async () => { await server?.close(); });

const count = (file: string, table: string) => {
  const db = new Database(file, { readonly: true });
  try { return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number; } finally { db.close(); }
};

describe('backup and restore', () => {
  it('when a backup is taken during a busy import, then the copy is whole and consistent, and restoring it gives a database the app serves', async () => {
    server = await startTestServer();
    const admin = await server.signIn('admin');
    const host = await addHost(admin, { status: 'trial' });
    await addAccount(admin, host.id, { platform: 'douyin', identifiers: ['dy90000001'] });
    const csv = path.join(dir, 'big.csv');
    await writeDouyinExport(csv, { count: 20_000, accounts: [{ shortId: 'dy90000001', nickname: '备份直播间' }], from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-20T00:00:00Z'), now: new Date('2026-11-25T00:00:00Z') });
    const upload = await admin.upload('/api/v1/imports', { name: 'big.csv', bytes: fs.readFileSync(csv) });
    expect(upload.status).toBe(202);
    // Wait until the import is writing, then copy while it goes on.
    for (let i = 0; i < 200 && count(server.deps.env.DATABASE_PATH, 'orders') === 0; i += 1) await new Promise((r) => setTimeout(r, 25));
    const target = path.join(dir, 'during-import.db');
    const report = await backupDatabase(server.deps.env.DATABASE_PATH, target);
    expect(report.pages).toBeGreaterThan(0);
    const done = await waitForImport(admin, upload.body.id as number, 60_000);
    expect(done.status).toBe('succeeded');

    // The copy is one moment of the database: every order it holds has its ledger, and no more orders than in the end.
    const copied = count(target, 'orders');
    expect(copied).toBeGreaterThan(0);
    expect(copied).toBeLessThanOrEqual(20_000);
    const copy = new Database(target, { readonly: true });
    const orphans = copy.prepare("SELECT count(*) FROM orders o WHERE o.status = 'settled' AND o.account_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_entries l WHERE l.order_id = o.id)").pluck().get();
    copy.close();
    expect(orphans).toBe(0);

    const restored = path.join(dir, 'restored.db');
    await restoreDatabase(target, restored);
    // What the server does at start: open and migrate; then the orders list answers from the restored file.
    const handle = openDb(restored);
    migrateDb(handle.db);
    const deps = composeDeps({ db: handle.db, sqlite: handle.sqlite, env: server.deps.env, logger: server.deps.logger, clock: server.deps.clock });
    expect(searchOrders(deps, { page: 1, pageSize: 1 } as never).total).toBe(copied);
    handle.close();
    await expect(backupDatabase(restored, target)).rejects.toThrow(/exists/);
  }, 90_000);
});
