import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';

// Every operation of the OpenAPI document fed random and hostile bodies, queries and path parameters as an
// admin (issue 15): never a 5xx, always the error envelope, and a refused request writes nothing (every
// mutation writes an audit entry in its transaction, so the audit log's length must not move).

let server: TestServer;
let admin: ApiClient;
let operations: { method: string; path: string }[] = [];

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn('admin');
  const doc = (await admin.get('/api/v1/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => ({ method: method.toUpperCase(), path })))
    .filter((op) => !op.path.startsWith('/auth/'));
});
afterAll(() => server.close());

const hostile = fc.oneof(
  fc.constantFrom('', ' ', '0', '-1', '1e309', 'NaN', 'null', '2026-13-01', '9999-12-31T23:00:00Z', '2026-11-11T20:00:00', '0000-01',
    "' OR 1=1 --", '<script>alert(1)</script>', '../../etc/passwd', '\u0000', '\r\nEND:VEVENT', '=cmd|calc', '主播'.repeat(500), '𝔘𝔫𝔦𝔠𝔬𝔡𝔢'),
  fc.string({ maxLength: 40 }), fc.integer().map(String), fc.double().map(String),
);
const value = fc.oneof(hostile, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostile, { maxLength: 3 }), fc.dictionary(fc.string({ maxLength: 8 }), hostile, { maxKeys: 3 }));
const body = fc.oneof(fc.dictionary(fc.constantFrom('period', 'hostId', 'amountFen', 'reason', 'status', 'startsAt', 'endsAt', 'terms', 'name', 'email', 'note', 'identifiers', 'kind', 'page'), value, { maxKeys: 5 }), value, fc.anything({ maxDepth: 3 }));
const query = fc.dictionary(fc.constantFrom('page', 'pageSize', 'period', 'hostId', 'status', 'from', 'to', 'q', 'sort', 'platform'), hostile, { maxKeys: 4 });

const auditLength = () => (server.deps.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get() as number);

describe('fuzzing every route', () => {
  it('when any operation gets hostile input, then it never answers 5xx, refusals carry the envelope and write nothing', async () => {
    let requests = 0;
    for (const op of operations) {
      await fc.assert(fc.asyncProperty(fc.array(hostile, { minLength: 3, maxLength: 3 }), query, body, async (params, q, b) => {
        let i = 0;
        const path = op.path.replace(/[{:](\w+)}?/g, () => encodeURIComponent(params[i++ % params.length] ?? ''));
        const search = new URLSearchParams(q as Record<string, string>).toString();
        const before = auditLength();
        const res = await admin.request(op.method, `/api/v1${path}${search ? `?${search}` : ''}`, op.method === 'GET' ? undefined : JSON.stringify(b ?? null));
        requests += 1;
        expect(res.status, `${op.method} ${path}?${search} ${JSON.stringify(b)}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.body.error?.code, `${op.method} ${path}`).toEqual(expect.any(String));
          expect(auditLength(), `${op.method} ${path} wrote while refusing`).toBe(before);
        }
      }), { numRuns: 12, seed: 20261206 });
    }
    console.log(`fuzz: ${requests} requests over ${operations.length} operations`);
  }, 240_000);
});
