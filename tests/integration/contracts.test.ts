import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { buildContract, flatTerms } from '../factories/roster';
import { addContract, addHost, auditOf, expectError, rosterServer } from './roster-kit';

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

const tiered = { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 3000 }, { fromFen: 10_000_000, rateBp: 4000 }] }, includePitFees: true };

describe('contracts', () => {
  it('when a manager adds an active contract, then 201 with version 1 of the terms, defaults filled, and the host signed', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager, { status: 'trial' });
    const res = await manager.post('/api/v1/contracts', { hostId: host.id, startDate: '2026-01-01', endDate: '2026-12-31', status: 'active', terms: tiered, number: 'HT-2026-001', exclusive: true, platforms: ['douyin', 'taobao'] });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number), hostId: host.id, number: 'HT-2026-001', startDate: '2026-01-01', endDate: '2026-12-31', status: 'active',
      exclusive: true, platforms: ['douyin', 'taobao'], currentVersion: 1,
      terms: { ...tiered, deductCosts: false, tax: 'none' },
      versions: [{ version: 1, effectiveFrom: '2026-01-01' }],
    });
    expect((await manager.get(`/api/v1/contracts/${res.body.id}`)).body).toEqual(res.body);
    expect((await manager.get(`/api/v1/hosts/${host.id}`)).body.status).toBe('active');
    const numbered = await addContract(manager, host.id, { status: 'draft', startDate: '2027-01-01', endDate: '2027-12-31' });
    expect(numbered.number).toBe(`HT${String(numbered.id).padStart(6, '0')}`);
    const admin = await server.signIn('admin');
    expect(await auditOf(admin, 'contract', res.body.id)).toMatchObject([{ action: 'create', actorId: manager.user.id, after: { number: 'HT-2026-001', status: 'active' } }]);
    expect((await auditOf(admin, 'host', host.id))[0]).toMatchObject({ action: 'update', before: { status: 'trial' }, after: { status: 'active' } });
  });

  it('when an amendment is added, then a new version applies from its date and every version is kept', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const contract = await addContract(manager, host.id);
    const res = await manager.post(`/api/v1/contracts/${contract.id}/amendments`, { effectiveFrom: '2026-11-01', terms: flatTerms(3500) });
    expect(res.status).toBe(201);
    expect(res.body.versions.map((v: { version: number; effectiveFrom: string }) => [v.version, v.effectiveFrom])).toEqual([[1, '2026-01-01'], [2, '2026-11-01']]);
    expect(res.body).toMatchObject({ currentVersion: 2, terms: { hostShare: { mode: 'flat', rateBp: 3500 } } });
    expect(res.body.versions[0].terms.hostShare.rateBp).toBe(3000);
    // History is not rewritten: an amendment before the latest version, or outside the contract, is refused.
    for (const effectiveFrom of ['2026-10-01', '2026-11-01', '2027-01-01', '2025-12-31']) {
      expectError(await manager.post(`/api/v1/contracts/${contract.id}/amendments`, { effectiveFrom, terms: flatTerms(1) }), 422, 'unprocessable', ['effectiveFrom']);
    }
    expectError(await manager.patch(`/api/v1/contracts/${contract.id}`, { terms: flatTerms(1) }), 400, 'invalid_request');
    expect((await manager.get(`/api/v1/contracts/${contract.id}`)).body.versions).toHaveLength(2);
    const admin = await server.signIn('admin');
    const audit = await auditOf(admin, 'contract', contract.id);
    expect(audit[0]).toMatchObject({
      action: 'amend',
      before: { version: 1, effectiveFrom: '2026-01-01', terms: { hostShare: { mode: 'flat', rateBp: 3000 } } },
      after: { version: 2, effectiveFrom: '2026-11-01', terms: { hostShare: { mode: 'flat', rateBp: 3500 } } },
    });
  });

  it('when two active contracts of one host would overlap, then 422 naming the other contract, and nothing is written', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const first = await addContract(manager, host.id, { startDate: '2026-01-01', endDate: '2026-06-30' });
    const res = await manager.post('/api/v1/contracts', buildContract(host.id, { startDate: '2026-06-30', endDate: '2026-12-31' }));
    expectError(res, 422, 'unprocessable', ['startDate']);
    expect(res.body.error.details[0]).toMatchObject({ contractId: first.id, number: first.number });
    expect((await manager.get(`/api/v1/contracts?hostId=${host.id}`)).body.total).toBe(1);
    // Touching is fine; a draft may overlap, but cannot then be activated.
    await addContract(manager, host.id, { startDate: '2026-07-01', endDate: '2026-12-31' });
    const draft = await addContract(manager, host.id, { status: 'draft', startDate: '2026-03-01', endDate: '2026-09-30' });
    expectError(await manager.patch(`/api/v1/contracts/${draft.id}`, { status: 'active' }), 422, 'unprocessable', ['startDate']);
    expect((await manager.get(`/api/v1/contracts/${draft.id}`)).body.status).toBe('draft');
    // Another host's contract never clashes.
    const other = await addHost(manager);
    await addContract(manager, other.id, { startDate: '2026-03-01', endDate: '2026-09-30' });
  });

  it('when the end is before the start, the tiers are out of order, or a rate exceeds 10000 bp, then a 4xx naming the field and nothing is written', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    expectError(await manager.post('/api/v1/contracts', buildContract(host.id, { startDate: '2026-05-01', endDate: '2026-04-30' })), 422, 'unprocessable', ['endDate']);
    const badTiers = { hostShare: { mode: 'tiered_whole', tiers: [{ fromFen: 0, rateBp: 3000 }, { fromFen: 0, rateBp: 4000 }] } };
    expectError(await manager.post('/api/v1/contracts', { ...buildContract(host.id), terms: badTiers }), 400, 'invalid_request', ['terms', 'hostShare', 'tiers', 1, 'fromFen']);
    expectError(await manager.post('/api/v1/contracts', { ...buildContract(host.id), terms: flatTerms(10001) }), 400, 'invalid_request', ['terms', 'hostShare', 'rateBp']);
    expectError(await manager.post('/api/v1/contracts', { ...buildContract(host.id), terms: { ...flatTerms(), includePitfees: true } }), 400, 'invalid_request');
    expectError(await manager.post('/api/v1/contracts', buildContract(9999)), 422, 'unprocessable', ['hostId']);
    expectError(await manager.post('/api/v1/contracts', { ...buildContract(host.id), startDate: '2026-02-30' }), 400, 'invalid_request', ['startDate']);
    expect((await manager.get('/api/v1/contracts')).body.total).toBe(0);
    const ok = await addContract(manager, host.id, { number: 'N-1' });
    expectError(await manager.patch(`/api/v1/contracts/${ok.id}`, { endDate: '2025-12-31' }), 422, 'unprocessable', ['endDate']);
    expectError(await manager.post('/api/v1/contracts', buildContract(host.id, { number: 'N-1', status: 'draft' })), 409, 'duplicate', ['number']);
    expect((await manager.get(`/api/v1/contracts/${ok.id}`)).body.endDate).toBe('2026-12-31');
  });

  it('when the host is under 16, then an active contract is refused with 422 naming hostId', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager, { birthDate: '2012-02-02' });
    expectError(await manager.post('/api/v1/contracts', buildContract(host.id)), 422, 'unprocessable', ['hostId']);
    expect((await manager.get('/api/v1/contracts')).body.total).toBe(0);
    expect((await manager.get(`/api/v1/hosts/${host.id}`)).body.status).toBe('prospect');
  });

  it('when status moves, then only the allowed moves pass: terminated is final', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const contract = await addContract(manager, host.id);
    expect((await manager.patch(`/api/v1/contracts/${contract.id}`, { status: 'terminated' })).status).toBe(200);
    expectError(await manager.patch(`/api/v1/contracts/${contract.id}`, { status: 'active' }), 422, 'unprocessable', ['status']);
    expectError(await manager.post(`/api/v1/contracts/${contract.id}/amendments`, { effectiveFrom: '2026-12-01', terms: flatTerms() }), 422, 'unprocessable');
  });

  it('when asking for contracts expiring within 30 days, then only active ones ending between today and today+30 come, soonest first', async () => {
    const manager = await server.signIn('manager');
    const [h1, h2, h3, h4] = [await addHost(manager), await addHost(manager), await addHost(manager), await addHost(manager)];
    const soon = await addContract(manager, h1!.id, { startDate: '2026-01-01', endDate: '2026-12-25' });
    const today = await addContract(manager, h2!.id, { startDate: '2026-01-01', endDate: '2026-11-25' });
    await addContract(manager, h3!.id, { startDate: '2026-01-01', endDate: '2026-12-26' });
    await addContract(manager, h4!.id, { startDate: '2026-01-01', endDate: '2026-11-24' });
    await addContract(manager, h4!.id, { startDate: '2026-11-25', endDate: '2026-12-01', status: 'draft' });
    const res = await manager.get('/api/v1/contracts?expiringWithinDays=30');
    expect(res.body.items.map((c: { id: number }) => c.id)).toEqual([today.id, soon.id]);
    expectError(await manager.get('/api/v1/contracts?expiringWithinDays=-1'), 400, 'invalid_request', ['expiringWithinDays']);
  });

  it('when a scheduler or viewer asks for contracts, then 403; finance may read but not write', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager);
    const contract = await addContract(manager, host.id);
    for (const role of ['scheduler', 'viewer'] as const) {
      const client = await server.signIn(role);
      expectError(await client.get('/api/v1/contracts'), 403, 'forbidden');
    }
    const finance = await server.signIn('finance');
    expect((await finance.get(`/api/v1/contracts/${contract.id}`)).status).toBe(200);
    expectError(await finance.patch(`/api/v1/contracts/${contract.id}`, { exclusive: false }), 403, 'forbidden');
    expectError(await finance.get('/api/v1/contracts/nope'), 400, 'invalid_request');
    expectError(await finance.get('/api/v1/contracts/12345'), 404, 'not_found');
  });
});
