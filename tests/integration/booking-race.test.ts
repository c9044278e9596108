import { spawn, type ChildProcess } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

let server: TestServer;
let child: ChildProcess | undefined;
beforeEach(async () => { server = await rosterServer(); });
afterEach(async () => {
  child?.kill('SIGTERM');
  await server.close();
});

/** A second server process on the same database file, as when the app runs as several processes. */
async function secondProcess(dbFile: string): Promise<string> {
  child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    env: { ...process.env, DATABASE_PATH: dbFile, PORT: '0', HOST: '127.0.0.1', SEED_DEMO: '0', LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('second process did not start')), 30_000);
    child?.stdout?.on('data', (chunk: Buffer) => {
      const match = /running at (http:\/\/localhost:\d+)/.exec(chunk.toString());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1].replace('localhost', '127.0.0.1'));
      }
    });
    child?.on('exit', (code) => reject(new Error(`second process exited with ${code}`)));
  });
}

describe('racing bookings', () => {
  it('when two processes receive concurrent bookings for the same host slot, then exactly one wins', async () => {
    const admin = await server.signIn('admin');
    const hosts = [await bookableHost(admin), await bookableHost(admin)];
    const token = (await admin.post('/api/v1/tokens', { userId: admin.user.id, name: 'race' })).body.token as string;
    const otherUrl = await secondProcess(server.deps.env.DATABASE_PATH);
    const clients = [server.url, otherUrl].map((url) => Object.assign(new ApiClient(url), { bearer: token }));

    for (const { hostId, accountId } of hosts) {
      // Twenty requests for the same slot, alternating between the two processes, all in flight at once.
      const attempts = Array.from({ length: 20 }, (_, i) =>
        (clients[i % 2] as ApiClient).post('/api/v1/sessions', booking(accountId, hostId, '2026-12-01T20:00:00+08:00', '2026-12-01T22:00:00+08:00')));
      const statuses = (await Promise.all(attempts)).map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(1);
      expect(statuses.filter((s) => s === 409)).toHaveLength(19);
      expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(1);
    }
  });
});
