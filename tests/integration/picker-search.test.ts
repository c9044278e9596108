import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { addAccount, addHost, expectError, rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

// The server searches behind the UI's pickers: part of a name, a handle or an identifier finds the thing.

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((i) => i.id).sort((a, b) => a - b);

describe('GET /hosts?q=&statuses=', () => {
  it('when q is part of a stage name, a legal name, a handle or an identifier, then that host is found', async () => {
    const lin = await addHost(admin, { stageName: '林小仙', legalName: '林晓娴', status: 'active' });
    const other = await addHost(admin, { stageName: '阿杰', legalName: '王杰', status: 'active' });
    await addAccount(admin, lin.id, { platform: 'douyin', identifiers: ['7000000000511587049', 'dy57695176'], handle: 'xiaoxian_live' });
    for (const q of ['小仙', '晓娴', 'xiaoxian', '0511587', 'dy5769']) expect(ids(await admin.get(`/api/v1/hosts?q=${encodeURIComponent(q)}`)), q).toEqual([lin.id]);
    expect(ids(await admin.get(`/api/v1/hosts?q=${encodeURIComponent('杰')}`))).toEqual([other.id]);
  });

  it('when statuses lists some statuses, then only hosts in them are offered; an unknown status is 400', async () => {
    const active = await addHost(admin, { stageName: '甲', status: 'active' });
    const trial = await addHost(admin, { stageName: '乙', status: 'trial' });
    await addHost(admin, { stageName: '丙', status: 'terminated' });
    await addHost(admin, { stageName: '丁', status: 'suspended' });
    expect(ids(await admin.get('/api/v1/hosts?statuses=trial,active&pageSize=200'))).toEqual([active.id, trial.id].sort((a, b) => a - b));
    expectError(await admin.get('/api/v1/hosts?statuses=active,gone'), 400, 'invalid_request');
  });
});

describe('GET /sessions?q=&order=', () => {
  it('when q is part of the title, a host name, the live-room id or the number, then the session is found, newest first with order=desc', async () => {
    const a = await bookableHost(admin, { stageName: '林小仙', legalName: '林晓娴' });
    const b = await bookableHost(admin, { stageName: '阿杰', legalName: '王杰' });
    const early = await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, '2026-12-01T12:00:00Z', '2026-12-01T14:00:00Z', { title: '双十二预热', platformLiveId: '7312345678' }));
    const late = await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, '2026-12-02T12:00:00Z', '2026-12-02T14:00:00Z', { title: '年货节' }));
    const others = await admin.post('/api/v1/sessions', booking(b.accountId, b.hostId, '2026-12-03T12:00:00Z', '2026-12-03T14:00:00Z', { title: '美妆专场' }));
    expect([early.status, late.status, others.status]).toEqual([201, 201, 201]);
    expect(ids(await admin.get(`/api/v1/sessions?q=${encodeURIComponent('预热')}`))).toEqual([early.body.id]);
    expect(ids(await admin.get('/api/v1/sessions?q=12345'))).toEqual([early.body.id]);
    expect(ids(await admin.get(`/api/v1/sessions?q=${encodeURIComponent('晓娴')}`))).toEqual([early.body.id, late.body.id]);
    expect(ids(await admin.get(`/api/v1/sessions?q=${others.body.id}`))).toContain(others.body.id);
    const newest = await admin.get(`/api/v1/sessions?q=${encodeURIComponent('小仙')}&order=desc`);
    expect(newest.body.items.map((s: { id: number }) => s.id)).toEqual([late.body.id, early.body.id]);
  });

  it('when q holds LIKE wildcards, then they are taken literally', async () => {
    const a = await bookableHost(admin);
    await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, '2026-12-01T12:00:00Z', '2026-12-01T14:00:00Z', { title: '普通场' }));
    expect((await admin.get('/api/v1/sessions?q=%25')).body.total).toBe(0);
  });
});
