import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { addAccount, addHost, expectError, rosterServer } from './roster-kit';
import { addRoom, bookableHost, booking } from './schedule-kit';

let server: TestServer;
let admin: ApiClient & { user: { id: number; email: string } };
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

const at = (hm: string, day = '2026-12-01') => `${day}T${hm}:00+08:00`;

describe('booking a session', () => {
  it('when the slot is free, then 201 with the session in the agency offset, and it is audited', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const roomId = await addRoom(admin, 'A1');
    const res = await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-01T12:00:00Z', '2026-12-01T14:00:00Z', { roomId, title: '双十二预热' }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ accountId, roomId, status: 'planned', startsAt: at('20:00'), endsAt: at('22:00'), hosts: [{ hostId, role: 'main', shareBp: 10000 }], warnings: [] });
    const audit = await admin.get(`/api/v1/audit-log?entity=session&entityId=${res.body.id}`);
    expect(audit.body.items[0].action).toBe('create');
  });

  it('when a second booking overlaps on host, account and room, then 409 lists every rule with the other session and nothing is written', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const roomId = await addRoom(admin, 'A1');
    const first = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00'), { roomId }));
    const clash = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('21:00'), at('23:00'), { roomId }));
    expectError(clash, 409, 'schedule_conflict');
    const rules = clash.body.error.details.map((d: { rule: string }) => d.rule).sort();
    expect(rules).toEqual(['account', 'host', 'room']);
    for (const d of clash.body.error.details) expect(d).toMatchObject({ sessionId: first.body.id, startsAt: at('20:00'), endsAt: at('22:00') });
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(1);
  });

  it('when sessions only touch, then no conflict; when the room has a buffer, then the room rule alone refuses', async () => {
    const a = await bookableHost(admin);
    const b = await bookableHost(admin);
    const roomId = await addRoom(admin, 'B2', 15);
    expect((await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, at('18:00'), at('20:00'), { roomId }))).status).toBe(201);
    expect((await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, at('20:00'), at('21:00')))).status).toBe(201);
    const buffered = await admin.post('/api/v1/sessions', booking(b.accountId, b.hostId, at('20:10'), at('21:00'), { roomId }));
    expectError(buffered, 409, 'schedule_conflict');
    expect(buffered.body.error.details.map((d: { rule: string }) => d.rule)).toEqual(['room']);
    expect((await admin.post('/api/v1/sessions', booking(b.accountId, b.hostId, at('20:15'), at('21:00'), { roomId }))).status).toBe(201);
  });

  it('when the crew member is already on another session, then the crew rule refuses', async () => {
    const a = await bookableHost(admin);
    const b = await bookableHost(admin);
    const crew = [{ userId: admin.user.id, duty: '场控' }];
    expect((await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, at('10:00'), at('12:00'), { crew }))).status).toBe(201);
    const res = await admin.post('/api/v1/sessions', booking(b.accountId, b.hostId, at('11:00'), at('13:00'), { crew }));
    expect(res.body.error.details.map((d: { rule: string }) => d.rule)).toEqual(['crew']);
  });

  it('when the first session is cancelled, then its slot can be booked again', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const first = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00')));
    expect((await admin.patch(`/api/v1/sessions/${first.body.id}`, { status: 'cancelled' })).status).toBe(200);
    expect((await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00')))).status).toBe(201);
    expectError(await admin.patch(`/api/v1/sessions/${first.body.id}`, { status: 'planned' }), 409, 'state_conflict');
  });

  it('when a session is moved onto another, then 409; moved to a free slot, then 200', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    await admin.post('/api/v1/sessions', booking(accountId, hostId, at('10:00'), at('12:00')));
    const second = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('14:00'), at('16:00')));
    expectError(await admin.patch(`/api/v1/sessions/${second.body.id}`, { startsAt: at('11:00') }), 409, 'schedule_conflict');
    const moved = await admin.patch(`/api/v1/sessions/${second.body.id}`, { startsAt: at('12:00'), endsAt: at('13:30') });
    expect(moved.status).toBe(200);
    expect(moved.body.startsAt).toBe(at('12:00'));
  });

  it('when a session moves to another day, then its host and crew are held there and freed from the old slot', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const other = await bookableHost(admin);
    const crew = [{ userId: admin.user.id, duty: '场控' }];
    const s = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('10:00'), at('12:00'), { crew }));
    expect((await admin.patch(`/api/v1/sessions/${s.body.id}`, { startsAt: at('10:00', '2026-12-05'), endsAt: at('12:00', '2026-12-05') })).status).toBe(200);
    // Same host, another account: only the host and crew rules can refuse, and they look the people up by the session's start.
    const sameHost = { accountId: other.accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }] };
    const clash = await admin.post('/api/v1/sessions', { ...sameHost, crew, startsAt: at('11:00', '2026-12-05'), endsAt: at('13:00', '2026-12-05') });
    expectError(clash, 409, 'schedule_conflict');
    expect(clash.body.error.details.map((d: { rule: string }) => d.rule).sort()).toEqual(['crew', 'host']);
    expect((await admin.post('/api/v1/sessions', { ...sameHost, crew, startsAt: at('10:00'), endsAt: at('12:00') })).status).toBe(201);
  });

  it('when the host streams past the daily limit, then the booking succeeds with a warning', async () => {
    await admin.patch('/api/v1/settings', { maxDailyMinutes: 180 });
    const { hostId, accountId } = await bookableHost(admin);
    expect((await admin.post('/api/v1/sessions', booking(accountId, hostId, at('08:00'), at('10:00')))).body.warnings).toEqual([]);
    const res = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('12:00'), at('14:00')));
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([expect.objectContaining({ code: 'daily_limit_exceeded', hostId, date: '2026-12-01', minutes: 240, limit: 180 })]);
  });
});

describe('who may be booked', () => {
  it('when the host has no active contract on the date, or is suspended, then 422 naming the host', async () => {
    const prospect = await addHost(admin);
    const account = await addAccount(admin, prospect.id);
    expectError(await admin.post('/api/v1/sessions', booking(account.id, prospect.id, at('20:00'), at('21:00'))), 422, 'unprocessable', ['hosts', 0, 'hostId']);
    const { hostId, accountId } = await bookableHost(admin);
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { status: 'suspended' })).status).toBe(200);
    expectError(await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('21:00'))), 422, 'unprocessable', ['hosts', 0, 'hostId']);
    expect((await admin.get('/api/v1/sessions')).body.total).toBe(0);
  });

  it('when the host is suspended after booking, then the session can still go on, be completed and retitled, but not be moved', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const s = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00')));
    const patch = (body: Record<string, unknown>) => admin.patch(`/api/v1/sessions/${s.body.id}`, body);
    expect((await patch({ status: 'confirmed' })).status).toBe(200);
    expect((await patch({ status: 'live' })).status).toBe(200);
    expect((await admin.patch(`/api/v1/hosts/${hostId}`, { status: 'suspended' })).status).toBe(200);
    const completed = await patch({ status: 'completed' });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    expect((await patch({ title: 'x' })).body).toMatchObject({ status: 'completed', title: 'x' });
    // The edit form resends the unchanged booking with the new words: that books nothing new either.
    const resent = await patch({ ...booking(accountId, hostId, at('20:00'), at('22:00')), notes: '复盘', platformLiveId: '7312345678901234567' });
    expect(resent.status, JSON.stringify(resent.body)).toBe(200);
    expectError(await patch({ startsAt: at('19:00'), endsAt: at('21:00') }), 422, 'unprocessable', ['hosts', 0, 'hostId']);
    expect((await admin.get(`/api/v1/sessions/${s.body.id}`)).body).toMatchObject({ startsAt: at('20:00'), notes: '复盘' });
  });

  it('when its room and account are archived after booking, then the session can still be completed, but not moved into an archived room', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const roomId = await addRoom(admin, 'A1');
    const otherRoomId = await addRoom(admin, 'B2');
    const s = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00'), { roomId }));
    const patch = (body: Record<string, unknown>) => admin.patch(`/api/v1/sessions/${s.body.id}`, body);
    for (const id of [roomId, otherRoomId]) expect((await admin.patch(`/api/v1/rooms/${id}`, { active: false })).status).toBe(200);
    expect((await admin.post(`/api/v1/accounts/${accountId}/archive`)).status).toBe(200);
    expect((await patch({ status: 'confirmed' })).status).toBe(200);
    expect((await patch({ status: 'live' })).status).toBe(200);
    const completed = await patch({ status: 'completed', title: '收官' });
    expect(completed.status, JSON.stringify(completed.body)).toBe(200);
    expectError(await patch({ roomId: otherRoomId }), 422, 'unprocessable', ['roomId']);
    expect((await admin.get(`/api/v1/sessions/${s.body.id}`)).body).toMatchObject({ roomId, status: 'completed', title: '收官' });
  });

  it('when the host is in trial, then they can be booked without a contract', async () => {
    const trial = await addHost(admin, { status: 'trial' });
    const account = await addAccount(admin, trial.id);
    expect((await admin.post('/api/v1/sessions', booking(account.id, trial.id, at('20:00'), at('21:00')))).status).toBe(201);
  });
});

describe('the crew', () => {
  const twice = (userId: number) => [{ userId, duty: '场控' }, { userId, duty: '投手' }];

  it('when a staff member is listed twice in a booking, then 422 names the repeated entry and nothing is written', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const res = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00'), { crew: twice(admin.user.id) }));
    expectError(res, 422, 'unprocessable', ['crew', 1, 'userId']);
    expect(res.body.error.details).toContainEqual(expect.objectContaining({ code: 'duplicate_crew' }));
    expect((await admin.get('/api/v1/sessions')).body.total).toBe(0);
  });

  it('when an update lists a staff member twice, also while cancelling, then 422 and the crew stays as it was', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const crew = [{ userId: admin.user.id, duty: '场控' }];
    const s = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('22:00'), { crew }));
    expectError(await admin.patch(`/api/v1/sessions/${s.body.id}`, { crew: twice(admin.user.id) }), 422, 'unprocessable', ['crew', 1, 'userId']);
    expectError(await admin.patch(`/api/v1/sessions/${s.body.id}`, { status: 'cancelled', crew: twice(admin.user.id) }), 422, 'unprocessable', ['crew', 1, 'userId']);
    expect((await admin.get(`/api/v1/sessions/${s.body.id}`)).body).toMatchObject({ status: 'planned', crew });
  });

  it('when a series lists a staff member twice, then 422 names the repeated entry once and nothing is booked', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const rule = { weekdays: [1, 3], startTime: '09:00', durationMinutes: 60, fromDate: '2026-12-01', untilDate: '2026-12-14' };
    const res = await admin.post('/api/v1/sessions/series', { accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }], crew: twice(admin.user.id), rule });
    expectError(res, 422, 'unprocessable', ['crew', 1, 'userId']);
    expect((await admin.get('/api/v1/sessions')).body.total).toBe(0);
  });
});

describe('bad input', () => {
  it.each([
    ['end before start', (a: number, h: number) => booking(a, h, at('22:00'), at('20:00')), 422, ['endsAt']],
    ['longer than 24 hours', (a: number, h: number) => booking(a, h, at('20:00'), at('20:01', '2026-12-02')), 422, ['endsAt']],
    ['shares not adding to 10000', (a: number, h: number) => ({ ...booking(a, h, at('20:00'), at('21:00')), hosts: [{ hostId: h, role: 'main', shareBp: 9000 }] }), 422, ['hosts']],
    ['an instant without offset', (a: number, h: number) => booking(a, h, '2026-12-01T20:00:00', at('21:00')), 400, ['startsAt']],
    ['an unknown account', (_a: number, h: number) => booking(999999, h, at('20:00'), at('21:00')), 422, ['accountId']],
    ['an unknown room', (a: number, h: number) => booking(a, h, at('20:00'), at('21:00'), { roomId: 999999 }), 422, ['roomId']],
    ['an unknown host', (a: number) => booking(a, 999999, at('20:00'), at('21:00')), 422, ['hosts', 0, 'hostId']],
    ['a future session entered as completed', (a: number, h: number) => booking(a, h, at('20:00'), at('21:00'), { status: 'completed' }), 422, ['status']],
    ['a string for the account', (_a: number, h: number) => booking('x' as never, h, at('20:00'), at('21:00')), 400, ['accountId']],
  ] as const)('when the booking has %s, then a clear 4xx and nothing is written', async (_label, make, status, path) => {
    const { hostId, accountId } = await bookableHost(admin);
    const res = await admin.post('/api/v1/sessions', make(accountId, hostId));
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.details.map((d: { path?: unknown[] }) => d.path)).toContainEqual(path);
    expect((await admin.get('/api/v1/sessions')).body.total).toBe(0);
  });

  it('when a viewer or a finance user books, then 403; a scheduler may', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const viewer = await server.signIn('viewer');
    expectError(await viewer.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('21:00'))), 403, 'forbidden');
    const scheduler = await server.signIn('scheduler');
    expect((await scheduler.post('/api/v1/sessions', booking(accountId, hostId, at('20:00'), at('21:00')))).status).toBe(201);
    expect((await viewer.get('/api/v1/sessions')).body.total).toBe(1);
  });
});

describe('results', () => {
  it('when a past session is entered as completed and its results recorded, then they are kept', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const s = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00', '2026-11-20'), at('22:00', '2026-11-20'), { status: 'completed' }));
    expect(s.status).toBe(201);
    const res = await admin.put(`/api/v1/sessions/${s.body.id}/results`, { actualStartAt: at('20:05', '2026-11-20'), actualEndAt: at('22:10', '2026-11-20'), peakViewers: 12000, gmvFen: 123456789 });
    expect(res.body).toMatchObject({ actualStartAt: at('20:05', '2026-11-20'), peakViewers: 12000, gmvFen: 123456789 });
    expectError(await admin.put(`/api/v1/sessions/${s.body.id}/results`, { actualEndAt: at('19:00', '2026-11-20') }), 422, 'unprocessable', ['actualEndAt']);
  });
});
