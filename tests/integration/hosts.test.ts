import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { buildHost, residentId } from '../factories/roster';
import { addAccount, addHost, auditOf, expectError, rosterServer } from './roster-kit';

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

const hostsTotal = async (client: Awaited<ReturnType<TestServer['signIn']>>) => (await client.get('/api/v1/hosts?archived=include')).body.total as number;

describe('hosts: create, read, change, archive', () => {
  it('when a manager adds a host, then it answers 201 with every field and the sensitive ones masked', async () => {
    const manager = await server.signIn('manager');
    const input = buildHost({ agentId: manager.user.id, idNumber: residentId('1998-03-15', 123), phone: '13812345678', categories: ['beauty', 'food', 'beauty'] });
    const res = await manager.post('/api/v1/hosts', input);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      id: expect.any(Number), stageName: input.stageName, legalName: input.legalName, status: 'prospect', agentId: manager.user.id,
      tier: 'A', categories: ['beauty', 'food'], joinDate: '2026-01-10', archived: false,
      // SPEC section 4: the last four characters only, and no birth date but the age and the minor flag.
      birthDate: null, birthDateOnFile: true, age: 28, minor: false,
      idNumber: `**************${(input.idNumber as string).slice(-4)}`, phone: '*******5678',
    });
    expect(res.body.bankAccount).toMatch(/^\*+\d{4}$/);
    expect(res.body.createdAt).toMatch(/\+08:00$/);
    const again = await manager.get(`/api/v1/hosts/${res.body.id}`);
    expect(again.body).toEqual(res.body);
  });

  it('when a host is changed and archived, then GET shows it, the default list hides it, and the audit log has masked values only', async () => {
    const admin = await server.signIn('admin');
    const host = await addHost(admin, { phone: '13900001111' });
    const patched = await admin.patch(`/api/v1/hosts/${host.id}`, { stageName: '新名字', phone: '13700002222', notes: 'moved' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ stageName: '新名字', phone: '*******2222', notes: 'moved' });
    const archived = await admin.post(`/api/v1/hosts/${host.id}/archive`);
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
    expect((await admin.get('/api/v1/hosts')).body.total).toBe(0);
    expect((await admin.get('/api/v1/hosts?archived=only')).body.items.map((h: { id: number }) => h.id)).toEqual([host.id]);
    const audit = await auditOf(admin, 'host', host.id);
    expect(audit.map((e) => e.action)).toEqual(['archive', 'update', 'create']);
    const text = JSON.stringify(audit);
    for (const clear of ['13900001111', '13700002222']) expect(text).not.toContain(clear);
    expect(audit[1]?.before).toMatchObject({ phone: '*******1111' });
    expect(audit[1]?.after).toMatchObject({ phone: '*******2222', stageName: '新名字' });
  });

  it('when the id is not a number, unknown, or the body has an unknown field, then 400 / 404 with the envelope', async () => {
    const manager = await server.signIn('manager');
    expectError(await manager.get('/api/v1/hosts/abc'), 400, 'invalid_request', ['id']);
    expectError(await manager.get('/api/v1/hosts/99999'), 404, 'not_found');
    expectError(await manager.patch('/api/v1/hosts/99999', { notes: 'x' }), 404, 'not_found');
    expectError(await manager.post('/api/v1/hosts', { ...buildHost(), nickname: 'x' }), 400, 'invalid_request');
    expectError(await manager.post('/api/v1/hosts', { stageName: 'x' }), 400, 'invalid_request', ['legalName']);
    expectError(await manager.post('/api/v1/hosts', buildHost({ categories: ['cars' as never] })), 400, 'invalid_request', ['categories', 0]);
    expectError(await manager.post('/api/v1/hosts', '{"stageName":'), 400, 'invalid_request');
    expect(await hostsTotal(manager)).toBe(0);
  });
});

describe('hosts: bad input changes nothing', () => {
  it('when the agent is not a staff user, then 422 naming agentId and no host is written', async () => {
    const manager = await server.signIn('manager');
    expectError(await manager.post('/api/v1/hosts', buildHost({ agentId: 4242 })), 422, 'unprocessable', ['agentId']);
    expect(await hostsTotal(manager)).toBe(0);
  });

  it('when the ID number is malformed or its check digit wrong, then 400 naming idNumber and no host is written', async () => {
    const manager = await server.signIn('manager');
    const good = residentId('1998-03-15', 7);
    const wrongCheck = good.slice(0, 17) + (good[17] === '1' ? '2' : '1');
    for (const idNumber of ['12345', '11010519980315007', wrongCheck, '110105199802300071', 'ABCDEFGHIJKLMNOPQR']) {
      expectError(await manager.post('/api/v1/hosts', buildHost({ idNumber })), 400, 'invalid_request', ['idNumber']);
    }
    expect(await hostsTotal(manager)).toBe(0);
    const lower = await manager.post('/api/v1/hosts', buildHost({ idNumber: '11010519491231002x', birthDate: null }));
    expect(lower.status).toBe(201);
    // The ID number carries the birth date: it fills a missing one.
    expect(lower.body).toMatchObject({ idNumber: '**************002X', birthDate: null, birthDateOnFile: true, age: 76, minor: false });
  });

  it('when the birth date is in the future or disagrees with the ID number, then 422 naming birthDate and nothing is written', async () => {
    const manager = await server.signIn('manager');
    expectError(await manager.post('/api/v1/hosts', buildHost({ birthDate: '2026-11-26', idNumber: null })), 422, 'unprocessable', ['birthDate']);
    expectError(await manager.post('/api/v1/hosts', buildHost({ birthDate: '1990-01-01', idNumber: residentId('1991-01-01') })), 422, 'unprocessable', ['birthDate']);
    expect(await hostsTotal(manager)).toBe(0);
    const host = await addHost(manager, { birthDate: '1990-01-01', idNumber: null });
    expectError(await manager.patch(`/api/v1/hosts/${host.id}`, { idNumber: residentId('1991-01-01') }), 422, 'unprocessable', ['birthDate']);
    expect((await manager.get(`/api/v1/hosts/${host.id}`)).body.idNumber).toBeNull();
    const unknown = await addHost(manager, { birthDate: null, idNumber: null });
    const filled = await manager.patch(`/api/v1/hosts/${unknown.id}`, { idNumber: residentId('1993-04-05') });
    expect(filled.body).toMatchObject({ birthDate: null, birthDateOnFile: true, age: 33 });
  });
});

describe('hosts: status and age rules', () => {
  it('when a host under 16 would be active or on trial, then 422 naming birthDate and nothing is written', async () => {
    const manager = await server.signIn('manager');
    for (const status of ['active', 'trial'] as const) {
      expectError(await manager.post('/api/v1/hosts', buildHost({ status, birthDate: '2011-01-01' })), 422, 'unprocessable', ['birthDate']);
    }
    expect(await hostsTotal(manager)).toBe(0);
    const prospect = await addHost(manager, { status: 'prospect', birthDate: '2011-01-01' });
    expectError(await manager.patch(`/api/v1/hosts/${prospect.id}`, { status: 'trial' }), 422, 'unprocessable', ['birthDate']);
    expect((await manager.get(`/api/v1/hosts/${prospect.id}`)).body.status).toBe('prospect');
  });

  it('when a host is 16 or 17, then signing needs guardian consent', async () => {
    const manager = await server.signIn('manager');
    expectError(await manager.post('/api/v1/hosts', buildHost({ status: 'active', birthDate: '2009-06-01' })), 422, 'unprocessable', ['guardianConsent']);
    expect(await hostsTotal(manager)).toBe(0);
    const ok = await manager.post('/api/v1/hosts', buildHost({ status: 'active', birthDate: '2009-06-01', guardianConsent: true }));
    expect(ok.status).toBe(201);
    expectError(await manager.patch(`/api/v1/hosts/${ok.body.id}`, { guardianConsent: false }), 422, 'unprocessable', ['guardianConsent']);
  });

  it('when it is already the 16th birthday in Shanghai but not yet in UTC, then the host may be signed', async () => {
    await server.close();
    server = await rosterServer(() => new Date('2026-11-25T17:00:00Z')); // 2026-11-26 01:00 in Shanghai
    const manager = await server.signIn('manager');
    const res = await manager.post('/api/v1/hosts', buildHost({ status: 'trial', birthDate: '2010-11-26', guardianConsent: true }));
    expect(res.status).toBe(201);
    const tooYoung = await manager.post('/api/v1/hosts', buildHost({ status: 'trial', birthDate: '2010-11-27', guardianConsent: true }));
    expectError(tooYoung, 422, 'unprocessable', ['birthDate']);
  });

  it('when a terminated host is edited back to active, then 422 naming status; a new active contract re-activates them', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager, { status: 'active' });
    expect((await manager.patch(`/api/v1/hosts/${host.id}`, { status: 'terminated' })).status).toBe(200);
    expectError(await manager.patch(`/api/v1/hosts/${host.id}`, { status: 'active' }), 422, 'unprocessable', ['status']);
    expect((await manager.get(`/api/v1/hosts/${host.id}`)).body.status).toBe('terminated');
    const contract = await manager.post('/api/v1/contracts', {
      hostId: host.id, startDate: '2026-12-01', endDate: '2027-11-30', status: 'active', terms: { hostShare: { mode: 'flat', rateBp: 4000 } },
    });
    expect(contract.status).toBe(201);
    expect((await manager.get(`/api/v1/hosts/${host.id}`)).body.status).toBe('active');
  });
});

describe('hosts: roles and reveal', () => {
  it('when a viewer or scheduler tries to add a host, then 403; when they read, then sensitive fields are masked', async () => {
    const manager = await server.signIn('manager');
    const host = await addHost(manager, { phone: '13812345678' });
    for (const role of ['viewer', 'scheduler'] as const) {
      const client = await server.signIn(role);
      expectError(await client.post('/api/v1/hosts', buildHost()), 403, 'forbidden');
      expectError(await client.patch(`/api/v1/hosts/${host.id}`, { notes: 'x' }), 403, 'forbidden');
      expect((await client.get(`/api/v1/hosts/${host.id}`)).body.phone).toBe('*******5678');
      expect((await client.get('/api/v1/hosts')).body.items[0].phone).toBe('*******5678');
    }
    expect(await hostsTotal(manager)).toBe(1);
    expectError(await server.anonymous().get('/api/v1/hosts'), 401, 'unauthenticated');
  });

  it('when finance reveals a field, then it gets the clear value and the audit log records the field but not the value', async () => {
    const manager = await server.signIn('manager');
    const idNumber = residentId('1995-07-08', 42);
    const host = await addHost(manager, { idNumber, birthDate: '1995-07-08' });
    const finance = await server.signIn('finance');
    const res = await finance.post(`/api/v1/hosts/${host.id}/reveal`, { field: 'idNumber' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ field: 'idNumber', value: idNumber });
    expectError(await manager.post(`/api/v1/hosts/${host.id}/reveal`, { field: 'idNumber' }), 403, 'forbidden');
    expectError(await finance.post(`/api/v1/hosts/${host.id}/reveal`, { field: 'legalName' }), 400, 'invalid_request', ['field']);
    expectError(await finance.post('/api/v1/hosts/9999/reveal', { field: 'phone' }), 404, 'not_found');
    const admin = await server.signIn('admin');
    const audit = await auditOf(admin, 'host', host.id);
    const reveal = audit.filter((e) => e.action === 'reveal');
    expect(reveal).toHaveLength(1);
    expect(reveal[0]).toMatchObject({ actorId: finance.user.id, after: { field: 'idNumber' } });
    expect(JSON.stringify(audit)).not.toContain(idNumber);
    // The birth date is revealed the same way, and never appears otherwise: with it, the masked ID number could be rebuilt.
    expect((await finance.post(`/api/v1/hosts/${host.id}/reveal`, { field: 'birthDate' })).body).toEqual({ field: 'birthDate', value: '1995-07-08' });
    expect(JSON.stringify(await auditOf(admin, 'host', host.id))).not.toContain('1995-07-08');
    expect(JSON.stringify((await finance.get('/api/v1/hosts?pageSize=200')).body)).not.toContain('1995-07-08');
  });
});

describe('hosts: the list', () => {
  it('when searching and filtering, then only the matching hosts come back, sorted and paged', async () => {
    const manager = await server.signIn('manager');
    const other = await server.signIn('manager');
    const a = await addHost(manager, { stageName: '小美', legalName: '王美', tier: 'S', categories: ['beauty'], joinDate: '2026-03-01', agentId: manager.user.id });
    const b = await addHost(manager, { stageName: '大厨', legalName: '李厨', tier: 'B', categories: ['food', 'home'], joinDate: '2026-01-01', agentId: other.user.id, status: 'active' });
    const c = await addHost(manager, { stageName: '100%_达人', legalName: '赵', tier: 'B', categories: ['food'], joinDate: '2026-02-01' });
    await addAccount(manager, b.id, { platform: 'kuaishou', identifiers: ['ks-778899'], handle: '@chef' });
    const ids = async (query: string) => (await manager.get(`/api/v1/hosts?${query}`)).body.items.map((h: { id: number }) => h.id);
    expect(await ids('q=小美')).toEqual([a.id]);
    expect(await ids('q=李')).toEqual([b.id]);
    expect(await ids('q=ks-7788')).toEqual([b.id]);
    expect(await ids('q=%40chef')).toEqual([b.id]);
    expect(await ids('q=100%25_')).toEqual([c.id]);
    expect(await ids('q=%25')).toEqual([c.id]);
    expect(await ids('status=active')).toEqual([b.id]);
    expect(await ids(`agentId=${other.user.id}`)).toEqual([b.id]);
    expect(await ids('platform=kuaishou')).toEqual([b.id]);
    expect(await ids('platform=douyin')).toEqual([]);
    expect(await ids('tier=B&sort=joinDate')).toEqual([b.id, c.id]);
    expect(await ids('category=food&sort=joinDate&order=desc')).toEqual([c.id, b.id]);
    expect(await ids('sort=createdAt&order=desc')).toEqual([c.id, b.id, a.id]);
    const page = await manager.get('/api/v1/hosts?sort=joinDate&page=2&pageSize=2');
    expect(page.body).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [{ id: a.id }] });
  });

  it('when the list query is malformed, then 400 naming the parameter', async () => {
    const viewer = await server.signIn('viewer');
    expectError(await viewer.get('/api/v1/hosts?pageSize=201'), 400, 'invalid_request', ['pageSize']);
    expectError(await viewer.get('/api/v1/hosts?page=0'), 400, 'invalid_request', ['page']);
    expectError(await viewer.get('/api/v1/hosts?sort=legalName'), 400, 'invalid_request', ['sort']);
    expectError(await viewer.get('/api/v1/hosts?status=retired'), 400, 'invalid_request', ['status']);
    expectError(await viewer.get('/api/v1/hosts?agentId=x'), 400, 'invalid_request', ['agentId']);
    expectError(await viewer.get('/api/v1/hosts?status=active&status=trial'), 400, 'invalid_request', ['status']);
  });
});
