import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../server/domain/roles';
import { can, type Permission } from '../../server/shared/permissions';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

// SPEC section 11 as a matrix over every route the OpenAPI document lists (issue 15): each role and an
// anonymous caller against each operation's permission. A route added tomorrow is in the document, so it is
// in the matrix. Sign-in and sign-out are left out (they change the caller's own session).

let server: TestServer;
const clients = new Map<Role | 'anonymous', ApiClient>();
let operations: { method: string; path: string; permission: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  for (const role of roles) clients.set(role, await server.signIn(role));
  clients.set('anonymous', server.anonymous());
  const doc = (await server.anonymous().get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, { 'x-permission'?: string }>> };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods)
    .filter(([, op]) => op['x-permission'] !== undefined && op['x-permission'] !== 'public')
    .map(([method, op]) => ({ method: method.toUpperCase(), path, permission: op['x-permission']! })))
    .filter((op) => !op.path.startsWith('/auth/'));
});
afterAll(() => server.close());

const values: Record<string, string> = { period: '2026-11', kind: 'hosts' };
const concrete = (path: string) => `/api/v1${path.replace(/[{:](\w+)}?/g, (_m, name: string) => values[name] ?? '1')}`;

describe('the permission matrix', () => {
  it('when each role and an anonymous caller try every operation, then exactly the roles SPEC section 11 allows get past 401 and 403', async () => {
    expect(operations.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const op of operations) {
      for (const [who, client] of clients) {
        const res = await client.request(op.method, concrete(op.path), op.method === 'GET' || op.method === 'DELETE' ? undefined : {});
        const allowed = who !== 'anonymous' && (op.permission === 'signed-in' || can(who, op.permission as Permission));
        const expected = who === 'anonymous' ? [401] : allowed ? null : [403];
        const ok = expected ? expected.includes(res.status) : res.status !== 401 && res.status !== 403 && res.status < 500;
        if (!ok) wrong.push(`${who} ${op.method} ${op.path}: ${res.status}`);
        if (res.status >= 400 && res.headers.get('content-type')?.includes('json')) expect(res.body.error?.code, `${who} ${op.method} ${op.path}`).toEqual(expect.any(String));
      }
    }
    console.log(`permission matrix: ${operations.length} operations x ${clients.size} callers`);
    expect(wrong).toEqual([]);
  });
});
