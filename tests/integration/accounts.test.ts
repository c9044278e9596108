import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { addAccount, addHost, auditOf, expectError, rosterServer } from './roster-kit';

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

describe('platform accounts', () => {
  it('when a manager adds an account, then 201 with trimmed, de-duplicated identifiers, listed under the host', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const res = await manager.post(`/api/v1/hosts/${host.id}/accounts`, {
      platform: 'douyin', identifiers: ['7000000000511587049', ' dy57695176 ', 'dy57695176'], handle: '@mei', followers: 120000,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: expect.any(Number), hostId: host.id, platform: 'douyin', identifiers: ['7000000000511587049', 'dy57695176'], handle: '@mei', followers: 120000, archived: false });
    const list = await manager.get(`/api/v1/hosts/${host.id}/accounts`);
    expect(list.body).toMatchObject({ total: 1, page: 1, items: [res.body] });
    expect((await manager.get(`/api/v1/accounts/${res.body.id}`)).body).toEqual(res.body);
    expectError(await manager.get('/api/v1/accounts/424242'), 404, 'not_found');
  });

  it('when an identifier is already used on the same platform, then 409 duplicate naming the identifier and its host, and nothing is written', async () => {
    const manager = await server.signIn('manager');
    const first = await addHost(manager, { stageName: '先来' });
    const second = await addHost(manager);
    const owner = await addAccount(manager, first.id, { platform: 'kuaishou', identifiers: ['ks-1'] });
    const res = await manager.post(`/api/v1/hosts/${second.id}/accounts`, { platform: 'kuaishou', identifiers: ['ks-new', ' ks-1'] });
    expectError(res, 409, 'duplicate', ['identifiers', 1]);
    expect(res.body.error.details[0]).toMatchObject({ identifier: 'ks-1', hostId: first.id, accountId: owner.id, stageName: '先来' });
    expect((await manager.get(`/api/v1/hosts/${second.id}/accounts`)).body.total).toBe(0);
    // The new identifier of the refused request was not kept either.
    expect((await manager.post(`/api/v1/hosts/${second.id}/accounts`, { platform: 'kuaishou', identifiers: ['ks-new'] })).status).toBe(201);
    // The same identifier on another platform is another account's business.
    expect((await manager.post(`/api/v1/hosts/${second.id}/accounts`, { platform: 'taobao', identifiers: ['ks-1'] })).status).toBe(201);
  });

  it('when an account is changed, then its identifiers are replaced; a clash with another account is 409 and changes nothing', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const a = await addAccount(manager, host.id, { platform: 'jd', identifiers: ['pos-1', 'pos-2'] });
    const b = await addAccount(manager, host.id, { platform: 'jd', identifiers: ['pos-3'] });
    const res = await manager.patch(`/api/v1/accounts/${a.id}`, { identifiers: ['pos-2', 'pos-9'], followers: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ identifiers: ['pos-2', 'pos-9'], followers: 5 });
    expectError(await manager.patch(`/api/v1/accounts/${b.id}`, { identifiers: ['pos-9'], handle: 'x' }), 409, 'duplicate', ['identifiers', 0]);
    const list = (await manager.get(`/api/v1/hosts/${host.id}/accounts`)).body.items;
    expect(list.find((x: { id: number }) => x.id === b.id)).toMatchObject({ identifiers: ['pos-3'], handle: b.handle });
    // The freed identifier can be used again.
    expect((await manager.patch(`/api/v1/accounts/${b.id}`, { identifiers: ['pos-1'] })).status).toBe(200);
  });

  it('when an account is archived, then it is flagged, and its identifiers stay reserved', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const account = await addAccount(manager, host.id, { platform: 'wechat', identifiers: ['finder-1'] });
    const res = await manager.post(`/api/v1/accounts/${account.id}/archive`);
    expect(res.status).toBe(200);
    expect(res.body.archived).toBe(true);
    expect((await manager.get(`/api/v1/hosts/${host.id}/accounts?archived=exclude`)).body.total).toBe(0);
    expectError(await manager.post(`/api/v1/hosts/${host.id}/accounts`, { platform: 'wechat', identifiers: ['finder-1'] }), 409, 'duplicate');
    const admin = await server.signIn('admin');
    expect((await auditOf(admin, 'account', account.id)).map((e) => e.action)).toEqual(['archive', 'create']);
  });

  it('when the input is malformed, the host or account unknown, or the role read-only, then a 4xx and nothing is written', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const path = `/api/v1/hosts/${host.id}/accounts`;
    expectError(await manager.post(path, { platform: 'tiktok', identifiers: ['x'] }), 400, 'invalid_request', ['platform']);
    expectError(await manager.post(path, { platform: 'douyin', identifiers: [] }), 400, 'invalid_request', ['identifiers']);
    expectError(await manager.post(path, { platform: 'douyin', identifiers: ['  '] }), 400, 'invalid_request', ['identifiers', 0]);
    expectError(await manager.post(path, { platform: 'douyin', identifiers: ['a'], followers: -1 }), 400, 'invalid_request', ['followers']);
    expectError(await manager.post(path, { platform: 'douyin', identifiers: ['a'], owner: 1 }), 400, 'invalid_request');
    expectError(await manager.post('/api/v1/hosts/9999/accounts', { platform: 'douyin', identifiers: ['a'] }), 404, 'not_found');
    expectError(await manager.patch('/api/v1/accounts/9999', { handle: 'x' }), 404, 'not_found');
    expectError(await manager.patch('/api/v1/accounts/abc', { handle: 'x' }), 400, 'invalid_request', ['id']);
    const viewer = await server.signIn('viewer');
    expectError(await viewer.post(path, { platform: 'douyin', identifiers: ['a'] }), 403, 'forbidden');
    expect((await viewer.get(path)).body.total).toBe(0);
  });
});
