import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentSettings } from '../../server/modules/settings/settings.service';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => { server = await startTestServer(); });
afterEach(() => server.close());

describe('settings', () => {
  it('when nothing is set, then everyone reads the defaults', async () => {
    const viewer = await server.signIn('viewer');
    const res = await viewer.get('/api/v1/settings');
    expect(res.body).toEqual({ timezone: 'Asia/Shanghai', maxDailyMinutes: 480, attributionGraceMinutes: 0, agencyName: 'MCN 机构', hostTiers: ['S', 'A', 'B', 'C'] });
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

  it('when another connection to the file (another process) changes a setting, then the next request reads it', async () => {
    const viewer = await server.signIn('viewer');
    expect((await viewer.get('/api/v1/settings')).body.maxDailyMinutes).toBe(480);
    const other = new Database(server.deps.env.DATABASE_PATH);
    try {
      other.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('maxDailyMinutes', '300', 0)").run();
      expect((await viewer.get('/api/v1/settings')).body.maxDailyMinutes).toBe(300);
      other.prepare("DELETE FROM settings WHERE key = 'maxDailyMinutes'").run();
      expect((await viewer.get('/api/v1/settings')).body.maxDailyMinutes).toBe(480);
    } finally {
      other.close();
    }
  });

  it('when a change read inside a transaction is rolled back and another is made, then the other is read', () => {
    const { sqlite } = server.deps;
    const write = sqlite.prepare("INSERT INTO settings (key, value, updated_at) VALUES ('maxDailyMinutes', ?, 0) ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    expect(currentSettings(server.deps).maxDailyMinutes).toBe(480);
    expect(() => sqlite.transaction(() => {
      write.run('300');
      expect(currentSettings(server.deps).maxDailyMinutes).toBe(300);
      throw new Error('roll back');
    })()).toThrow('roll back');
    // Committed with nothing read in between, it moves the version to the number the rolled-back one had reached.
    write.run('600');
    expect(currentSettings(server.deps).maxDailyMinutes).toBe(600);
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
    const future = await admin.get('/api/v1/audit-log?from=2099-01-01T00:00:00Z');
    expect(future.body.total).toBe(0);
    // Instants outside 2000-2100 are refused (issue 15), not answered with an empty list.
    expect((await admin.get('/api/v1/audit-log?from=2999-01-01T00:00:00Z')).status).toBe(400);
  });

  it('when an entry is read, then it names its actor, a colleague who has left too, and the system by null', async () => {
    const admin = await server.signIn('admin');
    const leaver = await server.signIn('manager', { email: 'gone@example.test', name: '已离职的钱' });
    await leaver.post('/api/v1/auth/logout');
    expect((await admin.patch(`/api/v1/users/${leaver.user.id}`, { active: false })).status).toBe(200);
    const theirs = await admin.get(`/api/v1/audit-log?actorId=${leaver.user.id}&action=logout`);
    expect(theirs.status).toBe(200);
    expect(theirs.body.items).toEqual([expect.objectContaining({ actorId: leaver.user.id, actorEmail: 'gone@example.test', actorName: '已离职的钱' })]);
    // A user created by the test harness has no actor: the system.
    const created = await admin.get(`/api/v1/audit-log?entity=user&entityId=${leaver.user.id}&action=create`);
    expect(created.body.items).toEqual([expect.objectContaining({ actorId: null, actorName: null })]);
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
