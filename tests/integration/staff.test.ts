import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../server/domain/roles';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => { server = await startTestServer(); });
afterEach(() => server.close());

const roles: Role[] = ['admin', 'manager', 'scheduler', 'finance', 'viewer'];
type StaffItem = { id: number; name: string; role: Role; active: boolean };

describe('the staff directory', () => {
  it.each(roles)('when a signed-in %s asks, then every user is listed by name with id, role and active only, inactive ones too', async (role) => {
    const admin = await server.signIn('admin', { name: '王管理' });
    const agent = await server.signIn('manager', { name: '李经纪' });
    const gone = await server.signIn('scheduler', { name: '陈排期' });
    expect((await admin.patch(`/api/v1/users/${gone.user.id}`, { active: false })).status).toBe(200);
    const asker = role === 'admin' ? admin : await server.signIn(role, { name: `甲${role}` });

    const res = await asker.get('/api/v1/staff');
    expect(res.status).toBe(200);
    const items = res.body.items as StaffItem[];
    expect(items).toEqual(expect.arrayContaining([
      { id: admin.user.id, name: '王管理', role: 'admin', active: true },
      { id: agent.user.id, name: '李经纪', role: 'manager', active: true },
      { id: gone.user.id, name: '陈排期', role: 'scheduler', active: false },
    ]));
    expect(items).toHaveLength(role === 'admin' ? 3 : 4);
    for (const item of items) {
      expect(Object.keys(item).sort()).toEqual(['active', 'id', 'name', 'role']);
      expect(item).not.toHaveProperty('email');
    }
    expect(JSON.stringify(res.body)).not.toMatch(/@example\.test|scrypt|passwordHash/);
  });

  it('when names repeat, then the list is sorted by name and then by id', async () => {
    const a = await server.signIn('viewer', { name: 'Bo' });
    const b = await server.signIn('finance', { name: 'Al' });
    const c = await server.signIn('manager', { name: 'Bo' });
    const res = await a.get('/api/v1/staff');
    expect(res.status).toBe(200);
    expect((res.body.items as StaffItem[]).map((u) => u.id)).toEqual([b.user.id, a.user.id, c.user.id]);
  });

  it('when nobody is signed in, then 401 with the error envelope', async () => {
    const res = await server.anonymous().get('/api/v1/staff');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthenticated', message: expect.any(String), details: expect.any(Array) } });
  });
});
