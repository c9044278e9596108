import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { buildBrand, buildDeal } from '../factories/roster';
import { expectError, rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

async function sessionFor(hostId: number, accountId: number, day = '01') {
  const res = await admin.post('/api/v1/sessions', booking(accountId, hostId, `2026-12-${day}T20:00:00+08:00`, `2026-12-${day}T22:00:00+08:00`));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id as number;
}

describe('deals sold in sessions', () => {
  it('when a deal names its sessions, then they are kept in order and shown on the deal', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const s1 = await sessionFor(hostId, accountId, '01');
    const s2 = await sessionFor(hostId, accountId, '02');
    const brand = (await admin.post('/api/v1/brands', buildBrand())).body;
    const deal = await admin.post('/api/v1/deals', buildDeal(brand.id, { sessionIds: [s2, s1], category: 'beauty', status: 'confirmed' }));
    expect(deal.status, JSON.stringify(deal.body)).toBe(201);
    expect(deal.body.sessionIds).toEqual([s2, s1]);
    expect((await admin.patch(`/api/v1/deals/${deal.body.id}`, { sessionIds: [s1] })).body.sessionIds).toEqual([s1]);
  });

  it('when a regulated category is sold by a host without a valid qualification, then 422 names the host, and nothing is linked', async () => {
    const { hostId, accountId } = await bookableHost(admin, { stageName: '无证主播' });
    const sessionId = await sessionFor(hostId, accountId);
    const brand = (await admin.post('/api/v1/brands', buildBrand())).body;
    const refused = await admin.post('/api/v1/deals', buildDeal(brand.id, { sessionIds: [sessionId], category: 'medical' }));
    expectError(refused, 422, 'unprocessable', ['sessionIds', 0]);
    expect(refused.body.error.details[0]).toMatchObject({ hostId, category: 'medical' });
    expect((await admin.get('/api/v1/deals')).body.total).toBe(0);

    // A certificate that has expired by the session date does not count; a valid one does.
    await admin.post(`/api/v1/hosts/${hostId}/qualifications`, { category: 'medical', certificateNumber: 'YX-001', expiresOn: '2026-11-30' });
    expectError(await admin.post('/api/v1/deals', buildDeal(brand.id, { sessionIds: [sessionId], category: 'medical' })), 422, 'unprocessable');
    await admin.post(`/api/v1/hosts/${hostId}/qualifications`, { category: 'medical', certificateNumber: 'YX-002', expiresOn: '2027-06-30' });
    expect((await admin.post('/api/v1/deals', buildDeal(brand.id, { sessionIds: [sessionId], category: 'medical' }))).status).toBe(201);
  });

  it('when a session sold to a regulated deal gets an unqualified host, then the change is refused', async () => {
    const qualified = await bookableHost(admin);
    const other = await bookableHost(admin);
    await admin.post(`/api/v1/hosts/${qualified.hostId}/qualifications`, { category: 'finance', certificateNumber: 'JR-1', expiresOn: '2027-06-30' });
    const sessionId = await sessionFor(qualified.hostId, qualified.accountId);
    const brand = (await admin.post('/api/v1/brands', buildBrand())).body;
    expect((await admin.post('/api/v1/deals', buildDeal(brand.id, { sessionIds: [sessionId], category: 'finance' }))).status).toBe(201);
    const res = await admin.patch(`/api/v1/sessions/${sessionId}`, { hosts: [{ hostId: other.hostId, role: 'main', shareBp: 10000 }] });
    expectError(res, 422, 'unprocessable', ['hosts']);
    expect((await admin.get(`/api/v1/sessions/${sessionId}`)).body.hosts[0].hostId).toBe(qualified.hostId);
  });
});
