import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

let server: TestServer;
let admin: ApiClient & { user: { id: number } };
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

// session_hosts and session_crew carry a copy of their session's start (the conflict check's index range):
// the booking path writes it, triggers write or correct it everywhere else (migrations 0008, 0015).
describe('the copy of a session start on its people', () => {
  const copies = () => server.deps.sqlite.prepare(`
    SELECT 'host' AS kind, p.session_id AS sessionId, p.session_starts_at AS copy, s.starts_at AS start FROM session_hosts p JOIN sessions s ON s.id = p.session_id
    UNION ALL
    SELECT 'crew', p.session_id, p.session_starts_at, s.starts_at FROM session_crew p JOIN sessions s ON s.id = p.session_id`).all() as { kind: string; sessionId: number; copy: number | null; start: number }[];
  const wrong = () => copies().filter((c) => c.copy !== c.start);

  it('when sessions are booked, re-staffed, moved and booked as a series, then every copy equals its session start', async () => {
    const a = await bookableHost(admin);
    const b = await bookableHost(admin);
    const crew = [{ userId: admin.user.id, duty: '场控' }];
    const booked = await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, '2026-12-01T02:00:00Z', '2026-12-01T04:00:00Z', { crew }));
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const id = booked.body.id as number;
    expect(copies().filter((c) => c.sessionId === id).map((c) => [c.kind, c.copy])).toEqual([['host', Date.parse('2026-12-01T02:00:00Z')], ['crew', Date.parse('2026-12-01T02:00:00Z')]]);

    const restaffed = await admin.patch(`/api/v1/sessions/${id}`, { hosts: [{ hostId: b.hostId, role: 'main', shareBp: 10000 }], crew: [{ userId: admin.user.id, duty: '运营' }] });
    expect(restaffed.status, JSON.stringify(restaffed.body)).toBe(200);
    const moved = await admin.patch(`/api/v1/sessions/${id}`, { startsAt: '2026-12-01T03:00:00Z' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const series = await admin.post('/api/v1/sessions/series', {
      accountId: a.accountId, hosts: [{ hostId: a.hostId, role: 'main', shareBp: 10000 }], crew,
      rule: { weekdays: [2, 4], startTime: '20:00', durationMinutes: 60, fromDate: '2026-12-02', untilDate: '2026-12-10' },
    });
    expect(series.status, JSON.stringify(series.body)).toBe(201);

    expect(copies()).toHaveLength(2 + 2 * series.body.sessionIds.length);
    expect(wrong()).toEqual([]);
    expect(copies().find((c) => c.sessionId === id)?.copy).toBe(Date.parse('2026-12-01T03:00:00Z'));
  });

  it('when a row is inserted without the copy or with a wrong one, then the trigger writes the right one', async () => {
    const a = await bookableHost(admin);
    const id = (await admin.post('/api/v1/sessions', booking(a.accountId, a.hostId, '2026-12-03T02:00:00Z', '2026-12-03T04:00:00Z'))).body.id as number;
    const db = server.deps.sqlite;
    db.prepare('DELETE FROM session_hosts WHERE session_id = ?').run(id);
    db.prepare("INSERT INTO session_hosts (session_id, host_id, role, share_bp, position) VALUES (?, ?, 'main', 10000, 0)").run(id, a.hostId);
    db.prepare("INSERT INTO session_crew (session_id, user_id, duty, session_starts_at) VALUES (?, ?, '场控', 42)").run(id, admin.user.id);
    expect(copies().filter((c) => c.sessionId === id).map((c) => [c.kind, c.copy])).toEqual([['host', Date.parse('2026-12-03T02:00:00Z')], ['crew', Date.parse('2026-12-03T02:00:00Z')]]);
    expect(wrong()).toEqual([]);
  });
});
