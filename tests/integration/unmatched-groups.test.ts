import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { fixtureDir, waitForImport } from './import-kit';
import { addAccount, addHost, expectError } from './roster-kit';

// Issue 17 item 6: the unmatched queue by platform and unknown identifier; assigning a group attributes all its
// orders, to an existing account or to one created for the host there and then.

let server: TestServer;
let admin: ApiClient;
let finance: ApiClient;
beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  finance = await server.signIn('finance');
  for (const file of ['jd-api.json', 'wechat-api.json']) {
    const upload = await finance.upload('/api/v1/imports', { name: file, bytes: fs.readFileSync(path.join(fixtureDir, file)) });
    expect((await waitForImport(finance, upload.body.id, 60_000)).status).toBe('succeeded');
  }
}, 120_000);
afterAll(() => server.close());

type Group = { platform: string; identifier: string; identifiers: string[]; orders: number; gmvFen: number; lastPaidAt: string | null };
type Order = { id: number; platform: string; status: string; gmvFen: number; accountId: number | null; accountIdentifiers: string[]; hosts: { hostId: number }[] };
const groups = async (query = '') => (await finance.get(`/api/v1/orders/unmatched-groups?pageSize=200&${query}`)).body as { items: Group[]; total: number; orders: number };
const unmatchedOrders = async () => (await finance.get('/api/v1/orders?unmatched=true&pageSize=200')).body.items as Order[];

describe('GET /orders/unmatched-groups', () => {
  it('when orders wait for unknown accounts, then there is one group per platform and identifier with its count and GMV, largest GMV first', async () => {
    const orders = await unmatchedOrders();
    const page = await groups();
    expect(page.orders).toBe(orders.length);
    expect(page.total).toBe(page.items.length);
    expect(page.items.reduce((t, g) => t + g.orders, 0)).toBe(orders.length);
    for (const g of page.items) {
      const mine = orders.filter((o) => o.platform === g.platform && o.accountIdentifiers[0] === g.identifier);
      expect(g.orders, g.identifier).toBe(mine.length);
      expect(g.gmvFen, g.identifier).toBe(mine.filter((o) => o.status !== 'invalid').reduce((t, o) => t + o.gmvFen, 0));
      expect(g.identifiers[0]).toBe(g.identifier);
    }
    const gmv = page.items.map((g) => g.gmvFen);
    expect(gmv).toEqual([...gmv].sort((a, b) => b - a));
    expect(new Set(page.items.map((g) => g.platform))).toEqual(new Set(['jd', 'wechat']));
    expect((await groups('platform=jd')).items.every((g) => g.platform === 'jd')).toBe(true);
    expectError(await finance.get('/api/v1/orders/unmatched-groups?platform=myspace'), 400, 'invalid_request');
  });
});

describe('POST /orders/unmatched-groups/assign', () => {
  it('when finance assigns a group to an existing account, then every order of the group is attributed and the group leaves the queue', async () => {
    const [group] = (await groups('platform=jd')).items;
    const host = await addHost(admin, { status: 'trial', stageName: '京东主播' });
    const account = await addAccount(admin, host.id, { platform: 'jd', identifiers: ['jd-placeholder'] });
    const res = await finance.post('/api/v1/orders/unmatched-groups/assign', { platform: 'jd', identifier: group!.identifier, accountId: account.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toEqual({ accountId: account.id, created: false, attributed: group!.orders });
    expect((await groups()).items.find((g) => g.identifier === group!.identifier)).toBeUndefined();
    const attributed = (await finance.get(`/api/v1/orders?accountId=${account.id}&pageSize=200`)).body;
    expect(attributed.total).toBe(group!.orders);
    expect((await admin.get(`/api/v1/accounts/${account.id}`)).body.identifiers).toEqual(['jd-placeholder', group!.identifier]);
    // Twice is a conflict: nothing waits for it any more.
    expectError(await finance.post('/api/v1/orders/unmatched-groups/assign', { platform: 'jd', identifier: group!.identifier, accountId: account.id }), 409, 'state_conflict');
  });

  it('when the host has no account on the platform, then finance creates it from the queue with every identifier of the group', async () => {
    const [group] = (await groups('platform=wechat')).items;
    const host = await addHost(admin, { status: 'trial', stageName: '视频号新人' });
    const before = (await groups()).orders;
    const res = await finance.post('/api/v1/orders/unmatched-groups/assign', { platform: 'wechat', identifier: group!.identifier, newAccount: { hostId: host.id, handle: '新人的视频号' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ created: true, attributed: group!.orders });
    const account = (await admin.get(`/api/v1/accounts/${res.body.accountId}`)).body;
    expect(account).toMatchObject({ hostId: host.id, platform: 'wechat', handle: '新人的视频号', identifiers: group!.identifiers });
    expect((await groups()).orders).toBe(before - group!.orders);
    const orders = (await finance.get(`/api/v1/orders?accountId=${account.id}&pageSize=200`)).body.items as Order[];
    expect(orders.every((o) => o.hosts[0]?.hostId === host.id)).toBe(true);
    const audit = (await admin.get('/api/v1/audit-log?entity=account&pageSize=5')).body.items[0];
    expect(audit).toMatchObject({ action: 'create', entityId: String(account.id) });
  });

  it('when the body names both or neither, an account on another platform, an unknown host, or a viewer asks, then it is refused and nothing changes', async () => {
    const [group] = (await groups()).items;
    const host = await addHost(admin, { status: 'trial' });
    const douyin = await addAccount(admin, host.id, { platform: 'douyin' });
    const body = { platform: group!.platform, identifier: group!.identifier };
    expectError(await finance.post('/api/v1/orders/unmatched-groups/assign', { ...body, accountId: douyin.id, newAccount: { hostId: host.id } }), 400, 'invalid_request', ['accountId']);
    expectError(await finance.post('/api/v1/orders/unmatched-groups/assign', body), 400, 'invalid_request', ['accountId']);
    expectError(await finance.post('/api/v1/orders/unmatched-groups/assign', { ...body, accountId: douyin.id }), 422, 'unprocessable');
    expect((await finance.post('/api/v1/orders/unmatched-groups/assign', { ...body, newAccount: { hostId: 999_999 } })).status).toBe(404);
    const viewer = await server.signIn('viewer');
    expectError(await viewer.post('/api/v1/orders/unmatched-groups/assign', { ...body, newAccount: { hostId: host.id } }), 403, 'forbidden');
    expect((await groups()).items.find((g) => g.identifier === group!.identifier)?.orders).toBe(group!.orders);
  });
});
