import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(() => server.close());

const oldPassword = 'correct-horse-battery';
const newPassword = 'a-brand-new-secret-1';

describe('changing one\'s own password', () => {
  it('when the current password is right, then 204, the old password stops working, other sessions get 401 and this one stays', async () => {
    const viewer = await server.signIn('viewer', { email: 'pat@example.test' });
    const otherBrowser = server.anonymous();
    await otherBrowser.login('pat@example.test', oldPassword);
    expect((await otherBrowser.get('/api/v1/auth/me')).status).toBe(200);

    const res = await viewer.post('/api/v1/auth/password', { currentPassword: oldPassword, newPassword });
    expect(res.status).toBe(204);
    expect(res.body).toBe('');

    expect((await viewer.get('/api/v1/auth/me')).status).toBe(200);
    const other = await otherBrowser.get('/api/v1/auth/me');
    expect(other.status).toBe(401);
    expect(other.body.error.code).toBe('unauthenticated');
    expect((await server.anonymous().post('/api/v1/auth/login', { email: 'pat@example.test', password: oldPassword })).status).toBe(401);
    expect((await server.anonymous().post('/api/v1/auth/login', { email: 'pat@example.test', password: newPassword })).status).toBe(200);

    const audit = server.deps.sqlite.prepare("SELECT actor_id AS actorId, action, entity_id AS entityId, after FROM audit_log WHERE action = 'change_password'").all();
    expect(audit).toEqual([{ actorId: viewer.user.id, action: 'change_password', entityId: String(viewer.user.id), after: expect.stringContaining('changed') }]);
    expect(JSON.stringify(audit)).not.toContain(newPassword);
  });

  it('when the current password is wrong, then 422 with the envelope naming currentPassword, and nothing changes', async () => {
    const viewer = await server.signIn('viewer', { email: 'wrong@example.test' });
    const otherBrowser = server.anonymous();
    await otherBrowser.login('wrong@example.test', oldPassword);

    const res = await viewer.post('/api/v1/auth/password', { currentPassword: 'not-my-password', newPassword }, { 'accept-language': 'zh-CN' });
    expect(res.status).toBe(422);
    expect(res.body).toEqual({ error: { code: 'unprocessable', message: '当前密码不正确', details: [{ path: ['currentPassword'], message: '当前密码不正确' }] } });
    expect((await otherBrowser.get('/api/v1/auth/me')).status).toBe(200);
    expect((await server.anonymous().post('/api/v1/auth/login', { email: 'wrong@example.test', password: oldPassword })).status).toBe(200);
  });

  it('when wrong current passwords are guessed, then they count against the sign-in throttle (429 after 5)', async () => {
    const viewer = await server.signIn('viewer', { email: 'guess@example.test' });
    for (let i = 0; i < 5; i++) {
      expect((await viewer.post('/api/v1/auth/password', { currentPassword: `guess-${i}`, newPassword })).status).toBe(422);
    }
    const blocked = await viewer.post('/api/v1/auth/password', { currentPassword: oldPassword, newPassword });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_requests');
  });

  it('when the new password is too short or missing, then 400 invalid_request naming newPassword', async () => {
    const viewer = await server.signIn('viewer');
    const short = await viewer.post('/api/v1/auth/password', { currentPassword: oldPassword, newPassword: 'short' }, { 'accept-language': 'zh-CN' });
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('invalid_request');
    expect(short.body.error.details).toContainEqual(expect.objectContaining({ path: ['newPassword'], message: '密码至少需要 10 个字符' }));
    const missing = await viewer.post('/api/v1/auth/password', { currentPassword: oldPassword });
    expect(missing.status).toBe(400);
    expect((await server.anonymous().post('/api/v1/auth/login', { email: viewer.user.email, password: oldPassword })).status).toBe(200);
  });

  it('when the new password equals the current one, then 422 naming newPassword', async () => {
    const viewer = await server.signIn('viewer');
    const res = await viewer.post('/api/v1/auth/password', { currentPassword: oldPassword, newPassword: oldPassword });
    expect(res.status).toBe(422);
    expect(res.body.error.details).toEqual([{ path: ['newPassword'], message: expect.any(String) }]);
  });

  it('when nobody is signed in, then 401', async () => {
    const res = await server.anonymous().post('/api/v1/auth/password', { currentPassword: oldPassword, newPassword });
    expect(res.status).toBe(401);
  });
});

describe('one\'s own language preference', () => {
  it('when a user sets their language, then /auth/me and the next sign-in answer it, and it can be cleared', async () => {
    const viewer = await server.signIn('viewer', { email: 'lang@example.test' });
    expect((await viewer.get('/api/v1/auth/me')).body.user.locale).toBeNull();

    const set = await viewer.patch('/api/v1/auth/me', { locale: 'en' });
    expect(set.status).toBe(200);
    expect(set.body.user).toMatchObject({ id: viewer.user.id, locale: 'en' });
    expect((await viewer.get('/api/v1/auth/me')).body.user.locale).toBe('en');
    const login = await server.anonymous().login('lang@example.test', oldPassword);
    expect(login.body.user.locale).toBe('en');

    expect((await viewer.patch('/api/v1/auth/me', { locale: null })).body.user.locale).toBeNull();
    const audit = server.deps.sqlite.prepare("SELECT before, after FROM audit_log WHERE entity = 'user' AND action = 'update' ORDER BY id").all();
    expect(audit).toEqual([{ before: '{"locale":null}', after: '{"locale":"en"}' }, { before: '{"locale":"en"}', after: '{"locale":null}' }]);
  });

  it('when the language is unknown or another field is sent, then 400 and nothing changes', async () => {
    const viewer = await server.signIn('viewer');
    expect((await viewer.patch('/api/v1/auth/me', { locale: 'fr' })).status).toBe(400);
    expect((await viewer.patch('/api/v1/auth/me', { locale: 'en', role: 'admin' })).status).toBe(400);
    expect((await viewer.get('/api/v1/auth/me')).body.user).toMatchObject({ role: 'viewer', locale: null });
  });
});
