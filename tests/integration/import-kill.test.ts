import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/api-client';
import { templateDbPath, testTmpDir } from '../helpers/paths';
import { startTestServer, type TestServer } from '../helpers/server';
import { writeDouyinExport } from '../factories/douyin-export';
import { waitForImport } from './import-kit';

const rows = 20_000;
const accounts = [{ shortId: 'dy90000001', nickname: '压测直播间' }];
let child: ChildProcess | undefined;
let clean: TestServer | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await clean?.close();
});

function startProcess(dbFile: string): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, DATABASE_PATH: dbFile, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', LOG_LEVEL: 'silent', ADMIN_EMAIL: 'root@example.test', ADMIN_PASSWORD: 'root-password-1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    child?.stdout?.on('data', (chunk: Buffer) => {
      const match = /running at http:\/\/localhost:(\d+)/.exec(chunk.toString());
      if (match) resolve(`http://127.0.0.1:${match[1]}`);
    });
    child?.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

async function adminOf(url: string): Promise<ApiClient> {
  const client = new ApiClient(url);
  await client.login('root@example.test', 'root-password-1');
  return client;
}

async function prepare(client: ApiClient): Promise<void> {
  const host = (await client.post('/api/v1/hosts', { stageName: '压测', legalName: '压测', status: 'trial' })).body;
  expect((await client.post(`/api/v1/hosts/${host.id}/accounts`, { platform: 'douyin', identifiers: [accounts[0]!.shortId] })).status).toBe(201);
}

async function summary(client: ApiClient) {
  const all = await client.get('/api/v1/orders?pageSize=1');
  const settled = await client.get('/api/v1/orders?pageSize=1&status=settled');
  const ledger = await client.get('/api/v1/ledger?pageSize=1');
  return { orders: all.body.total, settled: settled.body.total, ledgerEntries: ledger.body.total, ledgerFen: ledger.body.sumFen };
}

describe('a server killed during a big import', () => {
  it('when it is killed mid-import, then the database is intact, the import is marked failed after restart with counts equal to the rows written, and a re-import reaches a clean import\'s totals', async () => {
    const file = path.join(testTmpDir, `kill-${process.pid}.csv`);
    await writeDouyinExport(file, { count: rows, accounts, from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-11-20T00:00:00Z'), now: new Date('2026-11-25T00:00:00Z') });
    const bytes = fs.readFileSync(file);
    // A folder of its own: the restart sweeps the uploads folder beside the database, and the other test
    // servers of this run keep theirs beside their databases in testTmpDir.
    const dbFile = path.join(fs.mkdtempSync(path.join(testTmpDir, 'kill-')), 'db.db');
    fs.copyFileSync(templateDbPath(), dbFile);

    const first = await adminOf(await startProcess(dbFile));
    await prepare(first);
    const started = await first.upload('/api/v1/imports', { name: 'big.csv', bytes });
    expect(started.status).toBe(202);
    for (let i = 0; i < 400; i += 1) {
      const state = (await first.get(`/api/v1/imports/${started.body.id}`)).body;
      if (state.rowsRead >= 2_000) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    child?.kill('SIGKILL');
    await new Promise((r) => child?.once('exit', r));

    const db = new Database(dbFile);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
    // The killed import's upload is left on disk; the next start removes it (issue 15).
    const uploads = path.join(path.dirname(dbFile), 'uploads');
    const leftOver = () => (fs.existsSync(uploads) ? fs.readdirSync(uploads).filter((f) => f.endsWith('.upload')).length : 0);
    expect(leftOver()).toBeGreaterThan(0);

    const second = await adminOf(await startProcess(dbFile));
    expect(leftOver()).toBe(0);
    const interrupted = (await second.get(`/api/v1/imports/${started.body.id}`)).body;
    expect(interrupted.status).toBe('failed');
    expect(interrupted.rowsRead).toBeLessThan(rows);
    // Each batch's counts commit with its rows (issue 15 item 8): the killed import counts exactly the orders it wrote.
    const written = (await summary(second)).orders;
    expect(written).toBeGreaterThan(0);
    expect(interrupted.inserted).toBe(written);
    expect(interrupted.rowsRead).toBe(interrupted.inserted + interrupted.updated + interrupted.unchanged + interrupted.rejected);
    const again = await second.upload('/api/v1/imports', { name: 'big.csv', bytes });
    expect((await waitForImport(second, again.body.id, 60_000)).status).toBe('succeeded');

    clean = await startTestServer();
    const reference = await clean.signIn('admin');
    await prepare(reference);
    const once = await reference.upload('/api/v1/imports', { name: 'big.csv', bytes });
    expect((await waitForImport(reference, once.body.id, 60_000)).status).toBe('succeeded');
    const want = await summary(reference);
    expect(want.orders).toBe(rows);
    expect(await summary(second)).toEqual(want);
    fs.rmSync(file, { force: true });
  }, 180_000);
});
