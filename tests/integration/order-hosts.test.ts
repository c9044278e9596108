import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import fs from 'node:fs';
import path from 'node:path';
import { expected, fixtureDir, waitForImport } from './import-kit';
import { expectOrderHostsRecomputed } from './order-hosts-kit';
import { addAccount, addHost } from './roster-kit';

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

interface Order { id: number; accountId: number | null; sessionId: number | null; liveRoomId: string | null; paidAt: string | null; status: string; hosts: { hostId: number; shareBp: number }[] }
const douyinAccounts = expected.douyinAccounts as { buyinId: string; shortId: string }[];

/** A sample file through POST /imports, waited for generously: the parse worker starts slowly on a busy machine. */
async function importSample(file: string) {
  const res = await admin.upload('/api/v1/imports', { name: file, bytes: fs.readFileSync(path.join(fixtureDir, file)) });
  expect(res.status, JSON.stringify(res.body)).toBe(202);
  return waitForImport(admin, res.body.id as number, 60_000);
}

async function allOrders(): Promise<Order[]> {
  const res = await admin.get('/api/v1/orders?pageSize=200');
  expect(res.status).toBe(200);
  return res.body.items as Order[];
}

/** GET /orders?hostId= lists exactly the orders whose hosts name the host, in the unfiltered list's order, with their count. */
async function expectHostListsMatch(hostIds: number[]) {
  const orders = await allOrders();
  for (const hostId of hostIds) {
    const mine = orders.filter((o) => o.hosts.some((h) => h.hostId === hostId)).map((o) => o.id);
    const res = await admin.get(`/api/v1/orders?hostId=${hostId}&pageSize=200`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((o: Order) => o.id)).toEqual(mine);
    expect(res.body.total).toBe(mine.length);
  }
}

describe('order_hosts: an order\'s hosts as rows, kept by the orders\' own writes', () => {
  it('when orders are imported, re-attributed by sessions and by assigning an account, refunded and updated, then order_hosts equals a recomputation from orders.hosts after each step', async () => {
    // Two of the three sample accounts are known: the third's orders wait unmatched.
    const [a0, a1] = douyinAccounts as [typeof douyinAccounts[0], typeof douyinAccounts[0]];
    const host0 = await addHost(admin, { status: 'trial' });
    const host1 = await addHost(admin, { status: 'trial' });
    const guest = await addHost(admin, { status: 'trial' });
    const account0 = await addAccount(admin, host0.id, { platform: 'douyin', identifiers: [a0.buyinId, a0.shortId] });
    await addAccount(admin, host1.id, { platform: 'douyin', identifiers: [a1.buyinId, a1.shortId] });
    const hostIds = [host0.id, host1.id, guest.id];

    expect((await importSample('douyin-api.v1.json')).status).toBe('succeeded');
    const afterImport = expectOrderHostsRecomputed(server.deps.sqlite);
    expect(afterImport).toBeGreaterThan(0);
    expect((await allOrders()).some((o) => o.accountId === null)).toBe(true);
    await expectHostListsMatch(hostIds);

    // A session of two hosts takes the orders of a live room (re-attribution: new hosts, new shares).
    const roomOrder = (await allOrders()).find((o) => o.accountId === account0.id && o.liveRoomId !== null);
    if (!roomOrder?.paidAt) throw new Error('the sample has no order of account 0 in a live room');
    const start = new Date(Date.parse(roomOrder.paidAt) + 2 * 86_400_000);
    const booked = await admin.post('/api/v1/sessions', {
      accountId: account0.id, platformLiveId: roomOrder.liveRoomId, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 7_200_000).toISOString(),
      hosts: [{ hostId: host0.id, role: 'main', shareBp: 6667 }, { hostId: guest.id, role: 'assistant', shareBp: 3333 }],
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const shared = (await allOrders()).filter((o) => o.sessionId === booked.body.id);
    expect(shared.length).toBeGreaterThan(0);
    expect(shared.every((o) => o.hosts.length === 2)).toBe(true);
    expectOrderHostsRecomputed(server.deps.sqlite);
    await expectHostListsMatch(hostIds);

    // The newer export: statuses move, settled amounts appear, refunds arrive.
    expect((await importSample('douyin-api.v2.json')).status).toBe('succeeded');
    expect((await allOrders()).some((o) => o.status === 'invalid' && o.hosts.length > 0)).toBe(true);
    expectOrderHostsRecomputed(server.deps.sqlite);

    // The session's shares change, then it is cancelled: its orders go back to the account's host alone.
    const reshared = await admin.patch(`/api/v1/sessions/${booked.body.id}`, { hosts: [{ hostId: host0.id, role: 'main', shareBp: 5000 }, { hostId: guest.id, role: 'assistant', shareBp: 5000 }] });
    expect(reshared.status, JSON.stringify(reshared.body)).toBe(200);
    expectOrderHostsRecomputed(server.deps.sqlite);
    expect((await admin.patch(`/api/v1/sessions/${booked.body.id}`, { status: 'cancelled' })).status).toBe(200);
    expect((await allOrders()).filter((o) => o.hosts.some((h) => h.hostId === guest.id))).toEqual([]);
    expectOrderHostsRecomputed(server.deps.sqlite);
    await expectHostListsMatch(hostIds);

    // The unmatched queue: assigning the unknown account's order attributes every order naming its identifier.
    const unmatched = (await allOrders()).find((o) => o.accountId === null);
    if (!unmatched) throw new Error('no unmatched order left');
    const host2 = await addHost(admin, { status: 'trial' });
    const account2 = await addAccount(admin, host2.id, { platform: 'douyin', identifiers: ['dy-not-in-the-sample'] });
    const assigned = await admin.post(`/api/v1/orders/${unmatched.id}/assign`, { accountId: account2.id });
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(200);
    expect(assigned.body.attributed).toBeGreaterThan(0);
    expectOrderHostsRecomputed(server.deps.sqlite);
    await expectHostListsMatch([...hostIds, host2.id]);
  }, 180_000);
});
