import ICAL from 'ical.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { expectError, rosterServer } from './roster-kit';
import { addRoom, bookableHost, booking } from './schedule-kit';

let server: TestServer;
let admin: ApiClient & { user: { id: number; email: string } };
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

const series = (accountId: number, hostId: number, rule: Record<string, unknown>) => ({
  accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }], title: '早场',
  rule: { weekdays: [1, 3, 5], startTime: '09:00', durationMinutes: 120, fromDate: '2026-12-01', untilDate: '2026-12-14', ...rule },
});

describe('recurring series', () => {
  it('when the rule is free, then one session per occurrence on the chosen weekdays at the local time', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, {}));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // Mon/Wed/Fri between Tue 1 Dec and Mon 14 Dec 2026: 2, 4, 7, 9, 11, 14.
    expect(res.body.sessionIds).toHaveLength(6);
    expect(res.body.warnings).toEqual([]);
    const list = await admin.get(`/api/v1/sessions?hostId=${hostId}`);
    expect(list.body.items.map((s: { startsAt: string }) => s.startsAt)).toEqual(
      ['02', '04', '07', '09', '11', '14'].map((d) => `2026-12-${d}T09:00:00+08:00`),
    );
  });

  it('when one occurrence conflicts, then nothing is booked and the answer lists that occurrence', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-09T10:00:00+08:00', '2026-12-09T12:00:00+08:00'));
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, {}));
    expectError(res, 409, 'schedule_conflict');
    expect(res.body.error.details).toEqual([expect.objectContaining({ occurrence: expect.objectContaining({ localDate: '2026-12-09' }) })]);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}`)).body.total).toBe(1);
  });

  it('when an occurrence takes the host past the daily limit with a session already booked, then the series is booked with a warning for that day', async () => {
    await admin.patch('/api/v1/settings', { maxDailyMinutes: 180 });
    const { hostId, accountId } = await bookableHost(admin);
    await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-09T12:00:00+08:00', '2026-12-09T14:00:00+08:00'));
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, {}));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.warnings).toEqual([expect.objectContaining({ code: 'daily_limit_exceeded', hostId, date: '2026-12-09', minutes: 240, limit: 180 })]);
  });

  it('when two occurrences of the series share an agency day across midnight, then that day is warned about once', async () => {
    await admin.patch('/api/v1/settings', { maxDailyMinutes: 180 });
    const { hostId, accountId } = await bookableHost(admin);
    // Wed 2 Dec and Thu 3 Dec, 22:00 to 02:00: 2 hours of each fall on Thu 3 Dec.
    const res = await admin.post('/api/v1/sessions/series', series(accountId, hostId, { weekdays: [3, 4], startTime: '22:00', durationMinutes: 240, fromDate: '2026-12-02', untilDate: '2026-12-03' }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.warnings).toEqual([expect.objectContaining({ code: 'daily_limit_exceeded', hostId, date: '2026-12-03', minutes: 240, limit: 180 })]);
  });

  it.each([
    [{ weekdays: [] }, 400, 'invalid_request', ['rule', 'weekdays']],
    [{ startTime: '25:00' }, 400, 'invalid_request', ['rule', 'startTime']],
    // Well-formed rules that break a rule of their own: 422 (SPEC: well-formed but against a rule).
    [{ untilDate: '2029-12-31' }, 422, 'unprocessable', ['rule', 'untilDate']],
    [{ untilDate: '2026-11-01' }, 422, 'unprocessable', ['rule', 'untilDate']],
    [{ weekdays: [7], fromDate: '2026-12-01', untilDate: '2026-12-04' }, 422, 'unprocessable', ['rule', 'weekdays']],
  ])('when the rule is %j, then %i names the field and nothing is booked', async (rule, status, code, path) => {
    const { hostId, accountId } = await bookableHost(admin);
    expectError(await admin.post('/api/v1/sessions/series', series(accountId, hostId, rule)), status, code, path);
    expect((await admin.get('/api/v1/sessions')).body.total).toBe(0);
  });

  it('when the rest of a series is cancelled from a date, then earlier occurrences stay', async () => {
    const { hostId, accountId } = await bookableHost(admin);
    const created = await admin.post('/api/v1/sessions/series', series(accountId, hostId, {}));
    const res = await admin.post(`/api/v1/sessions/series/${created.body.id}/cancel`, { from: '2026-12-09' });
    expect(res.body.cancelled).toHaveLength(3);
    expect((await admin.get(`/api/v1/sessions?hostId=${hostId}&status=planned`)).body.total).toBe(3);
  });
});

describe('calendar feeds', () => {
  it('when a host subscribes, then the feed parses as RFC 5545 with stable UIDs and reflects moves and cancellations', async () => {
    const { hostId, accountId } = await bookableHost(admin, { stageName: '小雨' });
    const roomId = await addRoom(admin, '一号直播间');
    const s = await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-01T20:00:00+08:00', '2026-12-01T22:00:00+08:00', { roomId, title: '美妆专场' }));
    const feed = await admin.get(`/api/v1/calendars/hosts/${hostId}`);
    expect(feed.body.path).toMatch(/^\/api\/v1\/calendars\/feeds\/.+\.ics$/);

    const phone = server.anonymous();
    const first = await phone.get(feed.body.path);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toMatch(/text\/calendar/);
    const parsed = new ICAL.Component(ICAL.parse(first.body));
    const [event] = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(event?.uid).toBe(`session-${s.body.id}@mcn-desk`);
    expect(event?.summary).toBe('美妆专场');
    expect(event?.location).toContain('一号直播间');
    expect(event?.startDate.toJSDate().toISOString()).toBe('2026-12-01T12:00:00.000Z');

    await admin.patch(`/api/v1/sessions/${s.body.id}`, { startsAt: '2026-12-01T21:00:00+08:00', endsAt: '2026-12-01T23:00:00+08:00' });
    await admin.patch(`/api/v1/sessions/${s.body.id}`, { status: 'cancelled' });
    const later = new ICAL.Component(ICAL.parse((await phone.get(feed.body.path)).body));
    const moved = new ICAL.Event(later.getFirstSubcomponent('vevent') as ICAL.Component);
    expect(moved.uid).toBe(event?.uid);
    expect(moved.startDate.toJSDate().toISOString()).toBe('2026-12-01T13:00:00.000Z');
    expect(later.getFirstSubcomponent('vevent')?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('when titles and names carry bare CRs, other controls and an injected event, then the feed holds exactly one VEVENT per session, escaped and folded', async () => {
    const injected = 'ok\rEND:VEVENT\rBEGIN:VEVENT\rUID:evil@evil.test\rURL:http://evil.test\rSUMMARY:pwned';
    const { hostId, accountId } = await bookableHost(admin, { stageName: 'X\rEND:VCALENDAR\u0007' });
    const roomId = await addRoom(admin, `R\r\nLOCATION:evil\u0000${'长'.repeat(40)}`);
    const titles = [injected, `tab\there\u0001\u001b\u007f, semi; back\\slash\r\nnext ${'美'.repeat(80)}`];
    for (const [i, title] of titles.entries()) {
      const day = `2026-12-0${i + 1}`;
      const res = await admin.post('/api/v1/sessions', booking(accountId, hostId, `${day}T20:00:00+08:00`, `${day}T22:00:00+08:00`, { roomId, title }));
      expect(res.status, JSON.stringify(res.body)).toBe(201);
    }
    const feed = await admin.get(`/api/v1/calendars/hosts/${hostId}`);
    const text: string = (await server.anonymous().get(feed.body.path)).body;

    // The wire: CRLF only, no C0 control but HTAB, every line at most 75 octets.
    expect(text).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
    // eslint-disable-next-line no-control-regex -- control characters are what must not appear
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    // A lenient client that splits on any CR or LF still sees two events, one calendar, no URL.
    const lenient = text.replace(/\r\n[ \t]/g, '').split(/\r\n|\r|\n/);
    expect(lenient.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lenient.filter((l) => l === 'END:VCALENDAR')).toHaveLength(1);
    expect(lenient.filter((l) => /^(URL|UID:evil|LOCATION:evil)/.test(l))).toEqual([]);

    const parsed = new ICAL.Component(ICAL.parse(text));
    const events = parsed.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(2);
    expect(parsed.getAllSubcomponents('vevent').flatMap((v) => v.getAllProperties('url'))).toEqual([]);
    expect(events.map((e) => e.summary)).toEqual([
      'ok\nEND:VEVENT\nBEGIN:VEVENT\nUID:evil@evil.test\nURL:http://evil.test\nSUMMARY:pwned',
      `tab\there, semi; back\\slash\nnext ${'美'.repeat(80)}`,
    ]);
    expect(events[0]?.location).toBe(`R\nLOCATION:evil${'长'.repeat(40)}`);
  });

  it('when the token is rotated, then the old URL answers 404 and the new one works', async () => {
    const roomId = await addRoom(admin, '二号直播间');
    const old = await admin.get(`/api/v1/calendars/rooms/${roomId}`);
    const rotated = await admin.post(`/api/v1/calendars/rooms/${roomId}/rotate`);
    expect(rotated.body.path).not.toBe(old.body.path);
    expect((await server.anonymous().get(old.body.path)).status).toBe(404);
    expect((await server.anonymous().get(rotated.body.path)).status).toBe(200);
    expect((await server.anonymous().get('/api/v1/calendars/feeds/not-a-token.ics')).status).toBe(400);
  });
});
