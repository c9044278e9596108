import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { addHost, expectError, rosterServer } from './roster-kit';

// Issue 17 item 9: a host's tier (级别) is one of a list the admin keeps in the settings, not free text.

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

describe('host tiers', () => {
  it('when nothing is set, then the agency\'s tiers are S, A, B and C and a host can have one of them', async () => {
    const manager = await server.signIn('manager');
    expect((await manager.get('/api/v1/settings')).body.hostTiers).toEqual(['S', 'A', 'B', 'C']);
    expect((await addHost(manager, { tier: 'S' })).tier).toBe('S');
    expect((await addHost(manager, { tier: null })).tier).toBeNull();
  });

  it('when a host is given a tier not in the list, then 422 names the field, in the request\'s language, and nothing is stored', async () => {
    const manager = await server.signIn('manager');
    const res = await manager.post('/api/v1/hosts', { stageName: '小美', legalName: '王美', status: 'prospect', tier: '超级' }, { 'accept-language': 'zh-CN' });
    expectError(res, 422, 'unprocessable', ['tier']);
    expect(res.body.error.details[0].message).toBe('请从机构设定的级别中选择：S、A、B、C');
    const english = await manager.post('/api/v1/hosts', { stageName: '小美', legalName: '王美', status: 'prospect', tier: 'a' }, { 'accept-language': 'en' });
    expectError(english, 422, 'unprocessable', ['tier']);
    expect(english.body.error.details[0].message).toBe("Choose one of the agency's tiers: S, A, B, C");
    expect((await manager.get('/api/v1/hosts')).body.total).toBe(0);
  });

  it('when the admin changes the list, then new tiers are accepted, old ones refused, and hosts keep the tier they had', async () => {
    const admin = await server.signIn('admin');
    const before = await addHost(admin, { tier: 'A' });
    const set = await admin.patch('/api/v1/settings', { hostTiers: ['头部', '腰部', '尾部'] });
    expect(set.status).toBe(200);
    expect(set.body.hostTiers).toEqual(['头部', '腰部', '尾部']);

    expect((await addHost(admin, { tier: '腰部' })).tier).toBe('腰部');
    expectError(await admin.post('/api/v1/hosts', { stageName: '新人', legalName: '张三', status: 'prospect', tier: 'A' }), 422, 'unprocessable', ['tier']);

    // The host given 'A' before still shows it, and may be edited without choosing a new tier.
    expect((await admin.get(`/api/v1/hosts/${before.id}`)).body.tier).toBe('A');
    expect((await admin.patch(`/api/v1/hosts/${before.id}`, { notes: 'still A' })).status).toBe(200);
    expect((await admin.patch(`/api/v1/hosts/${before.id}`, { tier: 'A' })).status).toBe(200);
    expectError(await admin.patch(`/api/v1/hosts/${before.id}`, { tier: 'B' }), 422, 'unprocessable', ['tier']);
    expect((await admin.patch(`/api/v1/hosts/${before.id}`, { tier: '头部' })).body.tier).toBe('头部');
    expect((await admin.patch(`/api/v1/hosts/${before.id}`, { tier: null })).body.tier).toBeNull();
  });

  it.each([
    [[], 'an empty list'],
    [['S', 'S'], 'a tier twice'],
    [['S', ''], 'an empty tier'],
    [['S', 'x'.repeat(33)], 'a tier longer than 32 characters'],
  ])('when the admin sets %j (%s), then 400 names hostTiers and the list stays', async (hostTiers) => {
    const admin = await server.signIn('admin');
    expectError(await admin.patch('/api/v1/settings', { hostTiers }), 400, 'invalid_request');
    const res = await admin.patch('/api/v1/settings', { hostTiers });
    expect(res.body.error.details.map((d: { path: unknown[] }) => d.path[0])).toContain('hostTiers');
    expect((await admin.get('/api/v1/settings')).body.hostTiers).toEqual(['S', 'A', 'B', 'C']);
  });

  it('when someone other than an admin tries to change the list, then 403', async () => {
    const manager = await server.signIn('manager');
    expect((await manager.patch('/api/v1/settings', { hostTiers: ['X'] })).status).toBe(403);
  });
});
