import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { expected, fixtureDir, waitForImport } from './import-kit';
import { addAccount, addContract, addHost } from './roster-kit';

// Issue 17 item 5: an import's result says where its orders went: to a session, to a host without a session,
// or left unmatched.

let server: TestServer;
let admin: ApiClient;
let finance: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  finance = await server.signIn('finance');
}, 60_000);
afterAll(() => server.close());

async function runImport(file: string) {
  const upload = await finance.upload('/api/v1/imports', { name: file, bytes: fs.readFileSync(path.join(fixtureDir, file)) });
  const done = await waitForImport(finance, upload.body.id, 60_000);
  expect(done.status).toBe('succeeded');
  return done;
}

type Order = { importId: number | null; accountId: number | null; sessionId: number | null; accountIdentifiers: string[]; liveRoomId: string | null };

describe('GET /imports/:id attribution', () => {
  it('when an import writes orders of a session, of a host without one, and of an unknown account, then it counts each, as the orders say', async () => {
    // Two of the file's three accounts are known; one live room of the first is a booked session.
    const [first, second] = expected.douyinAccounts as { buyinId: string; shortId: string }[];
    const host = await addHost(admin, { status: 'active' });
    await addContract(admin, host.id, { startDate: '2026-01-01', endDate: '2027-12-31' });
    const account = await addAccount(admin, host.id, { platform: 'douyin', identifiers: [first!.buyinId, first!.shortId] });
    const other = await addHost(admin, { status: 'trial' });
    await addAccount(admin, other.id, { platform: 'douyin', identifiers: [second!.buyinId, second!.shortId] });
    const rows = (JSON.parse(fs.readFileSync(path.join(fixtureDir, 'douyin-api.v1.json'), 'utf8')) as { data: { orders: Record<string, unknown>[] } }[])
      .flatMap((r) => r.data.orders);
    const live = rows.find((o) => o.author_buyin_id === first!.buyinId && o.media_type === 'live')!;
    const booked = await admin.post('/api/v1/sessions', {
      accountId: account.id, hosts: [{ hostId: host.id, role: 'main', shareBp: 10000 }], platformLiveId: String(live.media_id),
      startsAt: '2026-12-20T12:00:00Z', endsAt: '2026-12-20T14:00:00Z',
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);

    const done = await runImport('douyin-api.v1.json');
    const orders = ((await finance.get('/api/v1/orders?pageSize=200')).body.items as Order[]).filter((o) => o.importId === done.id);
    const want = {
      toSession: orders.filter((o) => o.sessionId !== null).length,
      toHostOnly: orders.filter((o) => o.accountId !== null && o.sessionId === null).length,
      leftUnmatched: orders.filter((o) => o.accountId === null).length,
    };
    expect(done.attribution).toEqual(want);
    expect(want.toSession).toBeGreaterThan(0);
    expect(want.toHostOnly).toBeGreaterThan(0);
    expect(want.leftUnmatched).toBeGreaterThan(0);
    expect(want.toSession + want.toHostOnly + want.leftUnmatched).toBe(done.inserted + done.updated);
    expect(done.createdBy).toBe((await finance.get('/api/v1/auth/me')).body.user?.id ?? (await finance.get('/api/v1/auth/me')).body.id);
  });

  it('when the same file comes again, then it wrote nothing and counts nothing; an import still running shows no counts', async () => {
    const again = await runImport('douyin-api.v1.json');
    expect(again.unchanged).toBeGreaterThan(0);
    expect(again.attribution).toEqual({ toSession: 0, toHostOnly: 0, leftUnmatched: 0 });
    const queued = await finance.upload('/api/v1/imports', { name: 'jd-api.json', bytes: fs.readFileSync(path.join(fixtureDir, 'jd-api.json')) });
    const early = (await finance.get(`/api/v1/imports/${queued.body.id}`)).body;
    if (early.status === 'queued' || early.status === 'running') expect(early.attribution).toBeNull();
    const jd = await waitForImport(finance, queued.body.id, 60_000);
    expect(jd.attribution).toEqual({ toSession: 0, toHostOnly: 0, leftUnmatched: jd.inserted });
  });
});
