import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => { server = await startTestServer(); });
afterEach(() => server.close());

const newUser = { email: 'Sched@Example.test', name: '赵排期', role: 'scheduler', password: 'long-enough-pass' };

describe('users', () => {
  it('when an admin creates a user, then it is listed, readable, can sign in, and the audit log has no password', async () => {
    const admin = await server.signIn('admin');
    const created = await admin.post('/api/v1/users', newUser);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), email: 'sched@example.test', name: '赵排期', role: 'scheduler', active: true });
    expect(created.body.createdAt).toMatch(/\+08:00$/);
    expect(created.body).not.toHaveProperty('passwordHash');

    const list = await admin.get('/api/v1/users?q=sched&pageSize=10');
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 10 });
    expect(list.body.items[0].email).toBe('sched@example.test');
    expect((await admin.get(`/api/v1/users/${created.body.id}`)).body.name).toBe('赵排期');
    await server.anonymous().login('sched@example.test', 'long-enough-pass');

    const audit = await admin.get(`/api/v1/audit-log?entity=user&entityId=${created.body.id}&action=create`);
    expect(audit.body.total).toBe(1);
    expect(audit.body.items[0]).toMatchObject({ actorId: admin.user.id, after: { email: 'sched@example.test', role: 'scheduler' } });
    expect(JSON.stringify(audit.body.items[0])).not.toMatch(/long-enough-pass|scrypt/);
  });

  it('when the email is taken, then 409 duplicate names the email and nothing is written', async () => {
    const admin = await server.signIn('admin');
    await admin.post('/api/v1/users', newUser);
    const again = await admin.post('/api/v1/users', { ...newUser, email: 'sched@example.TEST' });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'duplicate', details: [{ path: ['email'] }] });
    expect((await admin.get('/api/v1/users?q=sched')).body.total).toBe(1);
  });

  it.each([
    ['a short password', { ...newUser, password: 'short' }, 'password'],
    ['an unknown role', { ...newUser, role: 'owner' }, 'role'],
    ['a bad email', { ...newUser, email: 'not-an-email' }, 'email'],
    ['a missing name', { email: 'a@example.test', role: 'viewer', password: 'long-enough-pass' }, 'name'],
    ['an unknown field', { ...newUser, isAdmin: true }, ''],
    ['a number for the name', { ...newUser, name: 42 }, 'name'],
  ])('when the body has %s, then 400 names the field and nothing is written', async (_label, body, field) => {
    const admin = await server.signIn('admin');
    const res = await admin.post('/api/v1/users', body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    if (field) expect(res.body.error.details.map((d: { path: string[] }) => d.path[0])).toContain(field);
    expect((await admin.get('/api/v1/users')).body.total).toBe(1);
  });

  it('when an admin changes a role and a password, then the user signs in with the new one and gets the new role', async () => {
    const admin = await server.signIn('admin');
    const viewer = await server.signIn('viewer');
    const res = await admin.patch(`/api/v1/users/${viewer.user.id}`, { role: 'finance', password: 'a-brand-new-pass' });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('finance');
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(401);
    const fresh = server.anonymous();
    await fresh.login(viewer.user.email, 'a-brand-new-pass');
    expect((await fresh.get('/api/v1/auth/me')).body.user.role).toBe('finance');
  });

  it('when the last active admin would be demoted or deactivated, then 422 and nothing changes', async () => {
    const admin = await server.signIn('admin');
    for (const patch of [{ active: false }, { role: 'viewer' }]) {
      const res = await admin.patch(`/api/v1/users/${admin.user.id}`, patch);
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('unprocessable');
    }
    expect((await admin.get('/api/v1/auth/me')).body.user.role).toBe('admin');
  });

  it('when the user does not exist or the id is not a number, then 404 or 400', async () => {
    const admin = await server.signIn('admin');
    expect((await admin.get('/api/v1/users/999999')).status).toBe(404);
    expect((await admin.patch('/api/v1/users/999999', { name: 'x' })).status).toBe(404);
    expect((await admin.get('/api/v1/users/abc')).status).toBe(400);
  });

  it.each(['manager', 'scheduler', 'finance', 'viewer'] as const)('when a %s calls the users API, then 403', async (role) => {
    const someone = await server.signIn(role);
    expect((await someone.get('/api/v1/users')).status).toBe(403);
    const res = await someone.post('/api/v1/users', newUser);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
  });

  it('when the list is paged, then pages do not overlap and total counts all', async () => {
    const admin = await server.signIn('admin');
    for (let i = 0; i < 4; i++) await admin.post('/api/v1/users', { ...newUser, email: `u${i}@example.test` });
    const first = await admin.get('/api/v1/users?page=1&pageSize=2');
    const third = await admin.get('/api/v1/users?page=3&pageSize=2');
    expect(first.body.total).toBe(5);
    expect(first.body.items).toHaveLength(2);
    expect(third.body.items).toHaveLength(1);
    expect((await admin.get('/api/v1/users?pageSize=201')).status).toBe(400);
    expect((await admin.get('/api/v1/users?page=0')).status).toBe(400);
  });
});
