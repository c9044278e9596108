import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => { server = await startTestServer(); });
afterEach(() => server.close());

describe('personal API tokens', () => {
  it('when an admin issues a token, then a script can call the API with it, without cookie or Origin, until it is revoked', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const issued = await admin.post('/api/v1/tokens', { userId: finance.user.id, name: 'nightly export' });
    expect(issued.status).toBe(201);
    expect(issued.body.token).toMatch(/^mcn_/);

    const script = new ApiClient(server.url);
    script.bearer = issued.body.token;
    const me = await script.get('/api/v1/auth/me', { origin: '' });
    expect(me.body.user).toMatchObject({ id: finance.user.id, role: 'finance' });
    expect((await script.patch('/api/v1/settings', { maxDailyMinutes: 300 }, { origin: 'https://elsewhere.example' })).status).toBe(403);

    const listed = await admin.get(`/api/v1/tokens?userId=${finance.user.id}`);
    expect(listed.body.items[0]).toMatchObject({ name: 'nightly export', revokedAt: null, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(listed.body)).not.toContain(issued.body.token);

    expect((await admin.post(`/api/v1/tokens/${issued.body.id}/revoke`)).status).toBe(200);
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
    expect((await admin.post(`/api/v1/tokens/${issued.body.id}/revoke`)).status).toBe(409);
  });

  it('when the token is made up, then 401', async () => {
    const script = new ApiClient(server.url);
    script.bearer = 'mcn_made-up';
    const res = await script.get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthenticated');
  });

  it('when a non-admin issues a token or the user is unknown, then 403 or 422', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    expect((await finance.post('/api/v1/tokens', { userId: finance.user.id, name: 'mine' })).status).toBe(403);
    const unknown = await admin.post('/api/v1/tokens', { userId: 999999, name: 'ghost' });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.details[0].path).toEqual(['userId']);
    expect((await admin.get('/api/v1/tokens')).body.total).toBe(0);
  });
});

describe('token expiry and deactivation', () => {
  it('when a token\'s expiry passes, then it stops working; an expiry in the past is refused', async () => {
    let now = new Date('2026-12-06T10:00:00Z');
    await server.close();
    server = await startTestServer({ clock: { now: () => now } });
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const past = await admin.post('/api/v1/tokens', { userId: finance.user.id, name: 'x', expiresAt: '2026-12-06T17:59:00+08:00' });
    expect(past.status).toBe(422);
    const issued = await admin.post('/api/v1/tokens', { userId: finance.user.id, name: 'quarter end', expiresAt: '2026-12-31T23:59:59+08:00' });
    expect(issued.body).toMatchObject({ expiresAt: '2026-12-31T23:59:59+08:00' });
    const script = new ApiClient(server.url);
    script.bearer = issued.body.token;
    expect((await script.get('/api/v1/auth/me')).status).toBe(200);
    now = new Date('2026-12-31T16:00:00Z');
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('when a user is deactivated and reactivated, then the tokens issued before stay revoked', async () => {
    const admin = await server.signIn('admin');
    const finance = await server.signIn('finance');
    const issued = await admin.post('/api/v1/tokens', { userId: finance.user.id, name: 'nightly' });
    const script = new ApiClient(server.url);
    script.bearer = issued.body.token;
    expect((await admin.patch(`/api/v1/users/${finance.user.id}`, { active: false })).status).toBe(200);
    expect((await admin.patch(`/api/v1/users/${finance.user.id}`, { active: true })).status).toBe(200);
    expect((await script.get('/api/v1/auth/me')).status).toBe(401);
    expect((await admin.get(`/api/v1/tokens?userId=${finance.user.id}`)).body.items[0].revokedAt).toEqual(expect.any(String));
  });
});
