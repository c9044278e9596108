import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { expectError, rosterServer } from './roster-kit';
import { addRoom, bookableHost, booking } from './schedule-kit';

// A refused booking names what is in its way as a scheduler knows it (host, room, title), and a
// recurring booking may be asked, explicitly, to book its free dates and skip the conflicting ones.

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

const at = (hm: string, day = '2026-12-14') => `${day}T${hm}:00+08:00`;
const chinese = { 'accept-language': 'zh-CN' };
const english = { 'accept-language': 'en' };

describe('a conflict names the other session', () => {
  it('when a booking clashes on host and room, then each detail carries the title, the room and the hosts by name, in the language asked', async () => {
    const mei = await bookableHost(admin, { stageName: '小美' });
    const other = await bookableHost(admin, { stageName: 'Leo' });
    const roomId = await addRoom(admin, '一号直播间', 30);
    const first = await admin.post('/api/v1/sessions', booking(mei.accountId, mei.hostId, at('19:30'), at('23:30'), { roomId, title: '双十二预热' }));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const candidate = { ...booking(other.accountId, other.hostId, at('21:00'), at('22:00'), { roomId }), hosts: [{ hostId: mei.hostId, role: 'main', shareBp: 10000 }] };

    const zh = await admin.post('/api/v1/sessions', candidate, chinese);
    expectError(zh, 409, 'schedule_conflict');
    const sketch = { sessionId: first.body.id, startsAt: at('19:30'), endsAt: at('23:30'), title: '双十二预热', roomId, roomName: '一号直播间', hosts: [{ hostId: mei.hostId, stageName: '小美' }] };
    expect(zh.body.error.details).toEqual([
      { ...sketch, rule: 'host', hostIds: [mei.hostId], message: '主播冲突：小美 已排「双十二预热」（一号直播间，2026-12-14 19:30–23:30）' },
      { ...sketch, rule: 'room', bufferMinutes: 30, message: '直播间冲突：与「双十二预热」（一号直播间，2026-12-14 19:30–23:30，含换场 30 分钟）' },
    ]);
    const en = await admin.post('/api/v1/sessions', candidate, english);
    expect(en.body.error.details.map((d: { message: string }) => d.message)).toEqual([
      'Host conflict: 小美 is booked for “双十二预热” (一号直播间, 2026-12-14 19:30–23:30)',
      'Room conflict: with “双十二预热” (一号直播间, 2026-12-14 19:30–23:30 + 30 min changeover)',
    ]);
    expect((await admin.get(`/api/v1/sessions?roomId=${roomId}`)).body.total).toBe(1);
  });

  it('when a move clashes with an untitled session outdoors, then the detail says so with the session id and no room', async () => {
    const a = await bookableHost(admin, { stageName: 'Ann' });
    const first = await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, at('10:00'), at('12:00')));
    const second = await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, at('14:00'), at('16:00')));
    const moved = await admin.patch(`/api/v1/sessions/${second.body.id}`, { startsAt: at('11:00'), endsAt: at('13:00') }, english);
    expectError(moved, 409, 'schedule_conflict');
    expect(moved.body.error.details).toEqual([
      expect.objectContaining({ rule: 'host', sessionId: first.body.id, title: '', roomId: null, roomName: null, hosts: [{ hostId: a.hostId, stageName: 'Ann' }],
        message: `Host conflict: Ann is booked for session ${first.body.id} (2026-12-14 10:00–12:00)` }),
      expect.objectContaining({ rule: 'account', accountId: a.accountId, message: `Account conflict: with session ${first.body.id} (2026-12-14 10:00–12:00)` }),
    ]);
  });
});

describe('a series that conflicts on some dates', () => {
  // Mondays 14, 21 and 28 December, 19:30 to 23:30.
  const series = (accountId: number, hostId: number, extra: Record<string, unknown> = {}) => ({
    accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }], title: '周一专场',
    rule: { weekdays: [1], startTime: '19:30', durationMinutes: 240, fromDate: '2026-12-14', untilDate: '2026-12-28' }, ...extra,
  });

  it('when it is booked as usual, then nothing is booked and the conflicting date is listed with the other session named', async () => {
    const { hostId, accountId } = await bookableHost(admin, { stageName: '阿强' });
    const taken = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00', '2026-12-21'), at('22:00', '2026-12-21'), { title: '品牌专场' }));
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId), chinese);
    expectError(res, 409, 'schedule_conflict');
    expect(res.body.error.details).toEqual([expect.objectContaining({
      occurrence: { localDate: '2026-12-21', startsAt: at('19:30', '2026-12-21'), endsAt: at('23:30', '2026-12-21') },
      details: expect.arrayContaining([expect.objectContaining({ rule: 'host', sessionId: taken.body.id, title: '品牌专场', message: expect.stringContaining('阿强 已排「品牌专场」') })]),
    })]);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(1);
  });

  it('when skipConflicts is asked, then the free dates are booked and the conflicting one is answered as skipped with its reasons', async () => {
    const { hostId, accountId } = await bookableHost(admin, { stageName: '阿强' });
    const taken = await admin.post('/api/v1/sessions', booking(accountId, hostId, at('20:00', '2026-12-21'), at('22:00', '2026-12-21'), { title: '品牌专场' }));
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, { skipConflicts: true }), chinese);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ occurrences: 3, warnings: [] });
    expect(res.body.sessionIds).toHaveLength(2);
    expect(res.body.skipped).toEqual([{
      localDate: '2026-12-21', startsAt: at('19:30', '2026-12-21'), endsAt: at('23:30', '2026-12-21'),
      conflicts: expect.arrayContaining([expect.objectContaining({ rule: 'host', sessionId: taken.body.id, title: '品牌专场', message: expect.stringContaining('主播冲突') })]),
    }]);
    const list = await admin.get(`/api/v1/sessions?hostId=${hostId}`);
    expect(list.body.items.map((s: { startsAt: string; title: string }) => `${s.startsAt} ${s.title}`)).toEqual([
      `${at('19:30')} 周一专场`, `${at('20:00', '2026-12-21')} 品牌专场`, `${at('19:30', '2026-12-28')} 周一专场`,
    ]);
    const audit = await admin.get(`/api/v1/audit-log?entity=session_series&entityId=${res.body.id}`);
    expect(audit.body.items[0].after).toMatchObject({ sessionIds: res.body.sessionIds, skippedDates: ['2026-12-21'] });
  });

  it('when nothing conflicts, then skipConflicts books every date and skips none', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, { skipConflicts: true }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ occurrences: 3, skipped: [] });
    expect(res.body.sessionIds).toHaveLength(3);
  });

  it('when every date conflicts, then skipConflicts still refuses with 409 and books nothing', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    for (const day of ['2026-12-14', '2026-12-21', '2026-12-28']) {
      expect((await admin.post('/api/v1/sessions', booking(accountId, hostId, at('21:00', day), at('22:00', day)))).status).toBe(201);
    }
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, { skipConflicts: true }));
    expectError(res, 409, 'schedule_conflict');
    expect(res.body.error.details).toHaveLength(3);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(3);
  });

  it('when a date is refused for a broken rule rather than a conflict, then skipConflicts does not skip it: 422 and nothing booked', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const other = await bookableHost(admin);
    expect((await admin.post('/api/v1/sessions', booking(other.accountId, other.hostId, at('20:00'), at('21:00'), { hosts: [{ hostId, role: 'main', shareBp: 10000 }] }))).status).toBe(201);
    // The contract ends on 2026-12-25 now: the 28th cannot be booked at all.
    const contracts = await admin.get(`/api/v1/contracts?hostId=${hostId}`);
    const contractId = contracts.body.items[0].id;
    expect((await admin.patch(`/api/v1/contracts/${contractId}`, { endDate: '2026-12-25' })).status).toBe(200);
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, { skipConflicts: true }));
    expectError(res, 422, 'unprocessable');
    expect(res.body.error.details.map((d: { occurrence: { localDate: string }; code: string }) => `${d.occurrence.localDate} ${d.code}`))
      .toEqual(['2026-12-14 schedule_conflict', '2026-12-28 unprocessable']);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(1);
  });
});
