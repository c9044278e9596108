import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
let now = new Date('2026-11-25T12:00:00Z');
beforeEach(async () => {
  now = new Date('2026-11-25T12:00:00Z');
  server = await startTestServer({ clock: { now: () => now } });
});
afterEach(() => server.close());

describe('sign-in', () => {
  it('when the password is right, then it answers the user and sets an httpOnly SameSite=Lax cookie', async () => {
    const admin = await server.signIn('admin', { email: 'boss@example.test' });
    const client = server.anonymous();
    const res = await client.post('/api/v1/auth/login', { email: 'BOSS@example.test', password: 'correct-horse-battery' });
    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({ id: admin.user.id, email: 'boss@example.test', name: expect.any(String), role: 'admin', locale: null });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/mcn_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Max-Age=\d+/i);
    const me = await client.get('/api/v1/auth/me');
    expect(me.body.user.email).toBe('boss@example.test');
  });

  it('when there is no cookie, then /auth/me answers 401 with the envelope', async () => {
    const res = await server.anonymous().get('/api/v1/auth/me');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthenticated', message: expect.any(String), details: [] } });
  });

  it('when the password is wrong or the email unknown, then 401 and no cookie', async () => {
    await server.signIn('viewer', { email: 'v@example.test' });
    for (const body of [{ email: 'v@example.test', password: 'wrong-password' }, { email: 'nobody@example.test', password: 'x' }]) {
      const res = await server.anonymous().post('/api/v1/auth/login', body);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('when a user signs out, then the old cookie no longer works', async () => {
    const viewer = await server.signIn('viewer');
    const stolen = viewer.cookie;
    expect((await viewer.post('/api/v1/auth/logout')).status).toBe(204);
    const replay = server.anonymous();
    replay.cookie = stolen;
    expect((await replay.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('when the session sits idle past its lifetime, then it expires; when used, then it is renewed', async () => {
    const viewer = await server.signIn('viewer');
    now = new Date(now.getTime() + 11 * 3600_000);
    const renewed = await viewer.get('/api/v1/auth/me');
    expect(renewed.status).toBe(200);
    expect(renewed.headers.get('set-cookie')).toMatch(/mcn_session=/);
    now = new Date(now.getTime() + 11 * 3600_000);
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(200);
    now = new Date(now.getTime() + 13 * 3600_000);
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(401);
  });

  it('when a user is deactivated, then their session stops working', async () => {
    const admin = await server.signIn('admin');
    const viewer = await server.signIn('viewer');
    expect((await admin.patch(`/api/v1/users/${viewer.user.id}`, { active: false })).status).toBe(200);
    expect((await viewer.get('/api/v1/auth/me')).status).toBe(401);
    const again = await server.anonymous().post('/api/v1/auth/login', { email: viewer.user.email, password: 'correct-horse-battery' });
    expect(again.status).toBe(401);
  });
});

describe('sign-in throttle', () => {
  it('when one email fails 5 times in 15 minutes, then the 6th attempt gets 429 with Retry-After, even with the right password', async () => {
    await server.signIn('viewer', { email: 't@example.test' });
    const client = server.anonymous();
    for (let i = 0; i < 5; i++) {
      expect((await client.post('/api/v1/auth/login', { email: 't@example.test', password: 'wrong-password' })).status).toBe(401);
    }
    const blocked = await client.post('/api/v1/auth/login', { email: 't@example.test', password: 'correct-horse-battery' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_requests');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(900);
    now = new Date(now.getTime() + 15 * 60_000 + 1000);
    expect((await client.post('/api/v1/auth/login', { email: 't@example.test', password: 'correct-horse-battery' })).status).toBe(200);
  });

  it('when one address fails 50 times across many emails, then it is refused for any email', async () => {
    await server.signIn('viewer', { email: 'ok@example.test' });
    const client = server.anonymous();
    for (let i = 0; i < 50; i++) {
      await client.post('/api/v1/auth/login', { email: `guess${i}@example.test`, password: 'nope' });
    }
    const res = await client.post('/api/v1/auth/login', { email: 'ok@example.test', password: 'correct-horse-battery' });
    expect(res.status).toBe(429);
    // Fifty scrypt checks one after another: about 5 s alone, up to 20 s on a loaded two-core machine.
  }, 90_000);

  it('when 30 wrong passwords for one email arrive at once, then at most 5 get 401 and the rest 429 with Retry-After', async () => {
    await server.signIn('viewer', { email: 'race@example.test' });
    const client = server.anonymous();
    const all = await Promise.all(Array.from({ length: 30 }, () =>
      client.post('/api/v1/auth/login', { email: 'race@example.test', password: 'wrong-password' })));
    const refused = all.filter((r) => r.status === 401);
    const throttled = all.filter((r) => r.status === 429);
    expect(refused.length).toBeLessThanOrEqual(5);
    expect(refused.length + throttled.length).toBe(30);
    for (const r of throttled) {
      expect(r.body.error.code).toBe('too_many_requests');
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });

  it('when two waves of 45 wrong sign-ins come from one address at once, then at most 50 get 401', async () => {
    const client = server.anonymous();
    let refused = 0;
    for (const wave of [0, 1]) {
      const all = await Promise.all(Array.from({ length: 45 }, (_, i) =>
        client.post('/api/v1/auth/login', { email: `wave${wave}-${i}@example.test`, password: 'nope' })));
      expect(all.every((r) => r.status === 401 || r.status === 429)).toBe(true);
      refused += all.filter((r) => r.status === 401).length;
    }
    expect(refused).toBeLessThanOrEqual(50);
  }, 120_000);

  it('when a right password races wrong ones, then it signs in and is recorded as a success', async () => {
    const viewer = await server.signIn('viewer', { email: 'mixed@example.test' });
    const client = server.anonymous();
    const [good] = await Promise.all([
      client.post('/api/v1/auth/login', { email: 'mixed@example.test', password: 'correct-horse-battery' }),
      ...Array.from({ length: 3 }, () => server.anonymous().post('/api/v1/auth/login', { email: 'mixed@example.test', password: 'wrong-password' })),
    ]);
    expect(good?.status).toBe(200);
    expect((await client.get('/api/v1/auth/me')).body.user.id).toBe(viewer.user.id);
    const rows = server.deps.sqlite.prepare('SELECT success FROM login_attempts WHERE email = ? ORDER BY id').all('mixed@example.test') as { success: number }[];
    expect(rows.filter((r) => r.success === 1)).toHaveLength(2); // signIn's own and the raced one
    expect(rows.filter((r) => r.success === 0)).toHaveLength(3);
  });
});

describe('cross-site request forgery', () => {
  it('when a cookie-authenticated write names another origin or none, then 403 and nothing changes', async () => {
    const admin = await server.signIn('admin');
    const evil = await admin.post('/api/v1/users', { email: 'x@example.test', name: 'X', role: 'viewer', password: 'long-enough-pass' }, { origin: 'https://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.body.error.code).toBe('forbidden');
    const saved = admin.baseUrl;
    const none = await fetch(`${saved}/api/v1/users`, {
      method: 'POST', headers: { cookie: admin.cookie as string, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'y@example.test', name: 'Y', role: 'viewer', password: 'long-enough-pass' }),
    });
    expect(none.status).toBe(403);
    const list = await admin.get('/api/v1/users?q=example.test');
    expect(list.body.items.map((u: { email: string }) => u.email)).not.toContain('x@example.test');
    expect(list.body.items.map((u: { email: string }) => u.email)).not.toContain('y@example.test');
  });

  it('when the Origin is missing but the Referer names the app, then the write is accepted', async () => {
    const admin = await server.signIn('admin');
    const res = await admin.post('/api/v1/users', { email: 'r@example.test', name: 'R', role: 'viewer', password: 'long-enough-pass' }, { origin: '', referer: `${admin.baseUrl}/users` });
    expect(res.status).toBe(201);
  });
});
