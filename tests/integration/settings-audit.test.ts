import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => { server = await startTestServer(); });
afterEach(() => server.close());

describe('settings', () => {
  it('when nothing is set, then everyone reads the defaults', async () => {
    const viewer = await server.signIn('viewer');
    const res = await viewer.get('/api/v1/settings');
    expect(res.body).toEqual({ timezone: 'Asia/Shanghai', maxDailyMinutes: 480, attributionGraceMinutes: 0 });
  });

  it('when an admin changes a setting, then it is kept and audited with before and after', async () => {
    const admin = await server.signIn('admin');
    const res = await admin.patch('/api/v1/settings', { maxDailyMinutes: 600, attributionGraceMinutes: 30 });
    expect(res.body).toMatchObject({ maxDailyMinutes: 600, attributionGraceMinutes: 30 });
    const audit = await admin.get('/api/v1/audit-log?entity=settings');
    expect(audit.body.items[0]).toMatchObject({ action: 'update', before: { maxDailyMinutes: 480 }, after: { maxDailyMinutes: 600 } });
  });

  it('when the time zone changes, then instants are written with the new offset', async () => {
    const admin = await server.signIn('admin');
    await admin.patch('/api/v1/settings', { timezone: 'UTC' });
    const users = await admin.get('/api/v1/users');
    expect(users.body.items[0].createdAt).toMatch(/Z$/);
  });

  it.each([
    [{ timezone: 'Mars/Olympus' }],
    [{ maxDailyMinutes: 0 }],
    [{ maxDailyMinutes: '480' }],
    [{ attributionGraceMinutes: -5 }],
    [{ somethingElse: 1 }],
  ])('when the patch is %j, then 400 and nothing changes', async (patch) => {
    const admin = await server.signIn('admin');
    const res = await admin.patch('/api/v1/settings', patch);
    expect(res.status).toBe(400);
    expect((await admin.get('/api/v1/settings')).body.maxDailyMinutes).toBe(480);
  });

  it('when a non-admin changes settings, then 403', async () => {
    const finance = await server.signIn('finance');
    expect((await finance.patch('/api/v1/settings', { maxDailyMinutes: 300 })).status).toBe(403);
  });
});

describe('audit log', () => {
  it('when someone signs in and out, then both are recorded; filters narrow the list', async () => {
    const admin = await server.signIn('admin');
    const viewer = await server.signIn('viewer');
    await viewer.post('/api/v1/auth/logout');
    const all = await admin.get('/api/v1/audit-log');
    expect(all.body.items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['login', 'logout', 'create']));
    const mine = await admin.get(`/api/v1/audit-log?actorId=${viewer.user.id}&action=logout`);
    expect(mine.body.total).toBe(1);
    const future = await admin.get('/api/v1/audit-log?from=2999-01-01T00:00:00Z');
    expect(future.body.total).toBe(0);
  });

  it('when the from filter has no offset, then 400', async () => {
    const admin = await server.signIn('admin');
    const res = await admin.get('/api/v1/audit-log?from=2026-11-01T00:00:00');
    expect(res.status).toBe(400);
    expect(res.body.error.details[0].path).toEqual(['from']);
  });

  it('when anything tries to change or delete an entry, even in SQL, then the database refuses', async () => {
    await server.signIn('admin');
    const { sqlite } = server.deps;
    expect(() => sqlite.prepare('UPDATE audit_log SET action = ?').run('x')).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
  });

  it('when a non-admin reads the audit log, then 403; there is no route to change it', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    expect((await finance.get('/api/v1/audit-log')).status).toBe(403);
    expect((await admin.delete('/api/v1/audit-log/1')).status).toBe(404);
    expect((await admin.patch('/api/v1/audit-log/1', {})).status).toBe(404);
  });
});
