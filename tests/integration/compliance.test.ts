import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { addContract, addHost, auditOf, expectError, rosterServer } from './roster-kit';

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

describe('qualifications', () => {
  it('when a manager records a qualification, then it is listed with its validity and audited', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const res = await manager.post(`/api/v1/hosts/${host.id}/qualifications`, { category: 'medical', certificateNumber: ' YS-2026-01 ', expiresOn: '2027-06-30' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ hostId: host.id, category: 'medical', certificateNumber: 'YS-2026-01', expiresOn: '2027-06-30', valid: true });
    expect((await manager.get(`/api/v1/hosts/${host.id}/qualifications`)).body.items).toEqual([res.body]);
    const admin = await server.signIn('admin');
    expect((await auditOf(admin, 'qualification', res.body.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('when the input is bad, the host unknown or the role read-only, then a 4xx and nothing is written', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const path = `/api/v1/hosts/${host.id}/qualifications`;
    expectError(await manager.post(path, { category: 'astrology', certificateNumber: 'x', expiresOn: '2027-01-01' }), 400, 'invalid_request', ['category']);
    expectError(await manager.post(path, { category: 'law', certificateNumber: 'x', expiresOn: '2027-13-01' }), 400, 'invalid_request', ['expiresOn']);
    expectError(await manager.post('/api/v1/hosts/999/qualifications', { category: 'law', certificateNumber: 'x', expiresOn: '2027-01-01' }), 404, 'not_found');
    const viewer = await server.signIn('viewer');
    expectError(await viewer.post(path, { category: 'law', certificateNumber: 'x', expiresOn: '2027-01-01' }), 403, 'forbidden');
    expect((await manager.get(path)).body.items).toEqual([]);
  });
});

describe('the compliance list', () => {
  it('when hosts miss records or things expire within 30 days, then each is listed per host, and compliant hosts are not', async () => {
    const manager = await server.signIn('manager');
    const fine = await addHost(manager, { stageName: 'A 合规' });
    const missing = await addHost(manager, { stageName: 'B 缺资料', birthDate: null, idNumber: null, realNameVerified: false });
    const minor = await addHost(manager, { stageName: 'C 未成年', birthDate: '2009-12-01' });
    const expiring = await addHost(manager, { stageName: 'D 到期' });
    await manager.post(`/api/v1/hosts/${fine.id}/qualifications`, { category: 'law', certificateNumber: 'L1', expiresOn: '2026-12-26' });
    const soon = (await manager.post(`/api/v1/hosts/${expiring.id}/qualifications`, { category: 'medical', certificateNumber: 'M1', expiresOn: '2026-12-25' })).body;
    const contract = await addContract(manager, expiring.id, { startDate: '2026-01-01', endDate: '2026-12-10' });
    // A renewed certificate supersedes the expired one.
    await manager.post(`/api/v1/hosts/${fine.id}/qualifications`, { category: 'finance', certificateNumber: 'F0', expiresOn: '2026-01-01' });
    await manager.post(`/api/v1/hosts/${fine.id}/qualifications`, { category: 'finance', certificateNumber: 'F1', expiresOn: '2028-01-01' });

    const res = await manager.get('/api/v1/compliance');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.items).toEqual([
      { hostId: missing.id, stageName: 'B 缺资料', status: 'prospect', issues: [{ kind: 'missing_birth_date' }, { kind: 'not_real_name_verified' }] },
      { hostId: minor.id, stageName: 'C 未成年', status: 'prospect', issues: [{ kind: 'missing_guardian_consent', age: 16 }] },
      { hostId: expiring.id, stageName: 'D 到期', status: 'active', issues: [
        { kind: 'qualification_expiring', qualificationId: soon.id, category: 'medical', expiresOn: '2026-12-25', expired: false },
        { kind: 'contract_expiring', contractId: contract.id, number: contract.number, endDate: '2026-12-10' },
      ] },
    ]);
    expect((await manager.get('/api/v1/compliance?withinDays=31')).body.total).toBe(4);
    expect((await manager.get(`/api/v1/compliance?hostId=${minor.id}`)).body.items).toHaveLength(1);
  });

  it('when a viewer reads the compliance list, then contract expiries are left out, as contracts are not theirs to read', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    await addContract(manager, host.id, { startDate: '2026-01-01', endDate: '2026-12-01' });
    expect((await manager.get('/api/v1/compliance')).body.total).toBe(1);
    const viewer = await server.signIn('viewer');
    const res = await viewer.get('/api/v1/compliance');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(0);
    expectError(await viewer.get('/api/v1/compliance?withinDays=abc'), 400, 'invalid_request', ['withinDays']);
  });
});
