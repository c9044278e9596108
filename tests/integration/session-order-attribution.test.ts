import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { importFile, ledgerSum, registerAccounts } from './import-kit';
import { addAccount, addHost } from './roster-kit';

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

interface Order { id: number; accountId: number | null; sessionId: number | null; liveRoomId: string | null; paidAt: string; hosts: { hostId: number }[] }

/** Imports the Douyin API sample with its accounts; returns the first order `pick` accepts and its account. */
async function importedOrder(pick: (o: Order) => boolean) {
  await registerAccounts(admin, 'douyin-api');
  expect((await importFile(admin, 'douyin-api.v1.json')).status).toBe('succeeded');
  const order = ((await admin.get('/api/v1/orders?pageSize=200')).body.items as Order[]).find(pick);
  if (!order) throw new Error('no sample order fits the test');
  const account = (await admin.get(`/api/v1/accounts/${order.accountId}`)).body as { id: number; hostId: number };
  const now = async () => (await admin.get(`/api/v1/orders/${order.id}`)).body as Order;
  return { order, account, now };
}

// SPEC section 6: an order goes to the session whose platformLiveId equals its live-room id, whenever it was
// paid (replays, late payments), and attribution follows when a session's live-room id changes.
describe('orders follow a session\'s live-room id', () => {
  it('when a session away from an order\'s pay time takes, drops and takes back its live-room id, then the order follows each time', async () => {
    const { order, account, now: orderNow } = await importedOrder((o) => o.liveRoomId !== null && o.accountId !== null && o.paidAt !== null);
    // Two days after the payment: no window holds it.
    const start = new Date(Date.parse(order.paidAt) + 2 * 86_400_000);
    const slot = { startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString() };

    const booked = await admin.post('/api/v1/sessions', { accountId: account.id, hosts: [{ hostId: account.hostId, role: 'main', shareBp: 10000 }], ...slot, platformLiveId: order.liveRoomId });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    expect((await orderNow()).sessionId).toBe(booked.body.id);

    expect((await admin.patch(`/api/v1/sessions/${booked.body.id}`, { platformLiveId: 'another-room' })).status).toBe(200);
    expect((await orderNow()).sessionId).toBe(order.sessionId);

    expect((await admin.patch(`/api/v1/sessions/${booked.body.id}`, { platformLiveId: order.liveRoomId })).status).toBe(200);
    expect((await orderNow()).sessionId).toBe(booked.body.id);
  });
});

// SPEC section 6: the account first, then *its* session by live-room id. Another account's session that carries
// the same id (nothing makes ids unique across accounts) sold nothing for this one.
describe('a live-room id names a session of the order\'s own account', () => {
  it('when another account\'s session carries the order\'s live-room id, then a re-import leaves the order where it was', async () => {
    const { order, now: orderNow } = await importedOrder((o) => o.liveRoomId !== null && o.accountId !== null);
    const otherHost = await addHost(admin, { status: 'trial' });
    const other = await addAccount(admin, otherHost.id, { platform: 'douyin', identifiers: ['someone-else-entirely'] });
    const start = new Date(Date.parse(order.paidAt) + 2 * 86_400_000);
    const booked = await admin.post('/api/v1/sessions', {
      accountId: other.id, hosts: [{ hostId: otherHost.id, role: 'main', shareBp: 10000 }], platformLiveId: order.liveRoomId,
      startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString(),
    });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);

    const again = await importFile(admin, 'douyin-api.v1.json');
    expect(again).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0 });
    expect(await orderNow()).toMatchObject({ accountId: order.accountId, sessionId: order.sessionId, hosts: order.hosts });
  });
});

// An archived account keeps its identifiers, so its orders keep finding it (accounts.service archiveAccount).
describe('orders of an archived account', () => {
  it('when the account is archived and its file imported again, then its orders and its host\'s ledger do not move', async () => {
    const { order, account, now: orderNow } = await importedOrder((o) => o.accountId !== null);
    const before = await ledgerSum(admin, `hostId=${account.hostId}`);
    expect((await admin.post(`/api/v1/accounts/${account.id}/archive`)).status).toBe(200);

    const again = await importFile(admin, 'douyin-api.v1.json');
    expect(again).toMatchObject({ status: 'succeeded', inserted: 0, updated: 0 });
    expect((await orderNow()).accountId).toBe(account.id);
    expect(await ledgerSum(admin, `hostId=${account.hostId}`)).toBe(before);
    expect(order.accountId).toBe(account.id);
  });
});

// Booking a series and cancelling it change sessions too: attribution follows (SPEC section 6).
describe('orders follow a series', () => {
  it('when a series is entered over a past stream and then cancelled, then the order paid in it goes to the occurrence and back', async () => {
    const { order, account, now: orderNow } = await importedOrder((o) => o.liveRoomId === null && o.accountId !== null && o.sessionId === null && o.paidAt !== null);
    // paidAt is written in the agency zone: '2025-06-03T20:15:00+08:00'. The occurrence runs from the hour before.
    const [date, time] = order.paidAt.slice(0, 16).split('T') as [string, string];
    const hour = Number(time.slice(0, 2));
    expect(hour, 'an order paid after 01:00 local').toBeGreaterThan(0);
    const weekday = ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
    const rule = { weekdays: [weekday], startTime: `${String(hour - 1).padStart(2, '0')}:00`, durationMinutes: 180, fromDate: date, untilDate: date };

    const series = await admin.post('/api/v1/sessions/series', { accountId: account.id, hosts: [{ hostId: account.hostId, role: 'main', shareBp: 10000 }], rule });
    expect(series.status, JSON.stringify(series.body)).toBe(201);
    expect(series.body.sessionIds).toHaveLength(1);
    expect((await orderNow()).sessionId).toBe(series.body.sessionIds[0]);

    expect((await admin.post(`/api/v1/sessions/series/${series.body.id}/cancel`, {})).status).toBe(200);
    expect((await orderNow()).sessionId).toBeNull();
  });
});
