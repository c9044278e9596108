import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeEach(async () => { server = await startTestServer(); });
afterEach(() => server.close());

const envelope = (code: string) => ({ error: { code, message: expect.any(String), details: expect.any(Array) } });

describe('API conventions', () => {
  it('when the JSON is malformed, then 400 invalid_request with the envelope', async () => {
    const admin = await server.signIn('admin');
    const res = await admin.post('/api/v1/users', '{"email": "a@b.c",', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual(envelope('invalid_request'));
  });

  it('when the body is over the limit, then 413 too_large', async () => {
    const admin = await server.signIn('admin');
    const res = await admin.post('/api/v1/users', { email: 'a@example.test', name: 'x'.repeat(2_000_000), role: 'viewer', password: 'long-enough-pass' });
    expect(res.status).toBe(413);
    expect(res.body).toEqual(envelope('too_large'));
  });

  it('when the API path is unknown, then 404 JSON, signed in or not', async () => {
    const admin = await server.signIn('admin');
    for (const path of ['/api/v1/nothing-here', '/api/v2/users', '/api/v1/users/1/whatever']) {
      const res = await admin.get(path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(envelope('not_found'));
    }
    expect((await server.anonymous().get('/api/v1/nothing-here')).status).toBe(404);
  });

  it('when a protected route is called without credentials, then 401', async () => {
    for (const path of ['/api/v1/users', '/api/v1/settings', '/api/v1/audit-log']) {
      expect((await server.anonymous().get(path)).body).toEqual(envelope('unauthenticated'));
    }
  });

  it.each([
    ['an array', '[1,2]'],
    ['a string', '"hello"'],
    ['null', 'null'],
    ['deep nesting', '['.repeat(5000) + ']'.repeat(5000)],
  ])('when the login body is %s, then a 4xx and never a 500', async (_label, body) => {
    const res = await server.anonymous().post('/api/v1/auth/login', body, { 'content-type': 'application/json' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.code).toBeTruthy();
  });

  it('when the query has repeated or odd parameters, then 400, not 500', async () => {
    const admin = await server.signIn('admin');
    for (const qs of ['page=1&page=2', 'pageSize=abc', 'page=-1', 'page=1.5']) {
      const res = await admin.get(`/api/v1/users?${qs}`);
      expect(res.status, qs).toBeGreaterThanOrEqual(400);
      expect(res.status, qs).toBeLessThan(500);
    }
    // A broken percent-escape in free text is searched for as typed.
    expect((await admin.get('/api/v1/users?q=%E0%A4%A')).status).toBe(200);
  });
});

describe('OpenAPI', () => {
  it('when fetched, then it lists every route with its method, and the request schemas', async () => {
    const res = await server.anonymous().get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    const paths = res.body.paths as Record<string, Record<string, unknown>>;
    for (const [path, method] of [
      ['/auth/login', 'post'], ['/auth/logout', 'post'], ['/auth/me', 'get'], ['/users', 'get'], ['/users', 'post'],
      ['/users/{id}', 'patch'], ['/tokens', 'post'], ['/tokens/{id}/revoke', 'post'], ['/settings', 'patch'], ['/audit-log', 'get'],
    ] as const) {
      expect(paths[path]?.[method], `${method} ${path}`).toBeDefined();
    }
    const createUser = paths['/users']?.post as { requestBody: { content: Record<string, { schema: { required: string[] } }> } };
    expect(createUser.requestBody.content['application/json']?.schema.required).toEqual(expect.arrayContaining(['email', 'name', 'role', 'password']));
  });

  it('when fetched, then the uploads show their multipart body: the file and its fields', async () => {
    const paths = (await server.anonymous().get('/api/v1/openapi.json')).body.paths;
    type Multipart = { requestBody: { content: { 'multipart/form-data': { schema: { required: string[]; properties: Record<string, { format?: string; enum?: string[] }> } } } } };
    const imports = (paths['/imports'].post as Multipart).requestBody.content['multipart/form-data'].schema;
    expect(imports.required).toEqual(['file']);
    expect(imports.properties.file?.format).toBe('binary');
    expect(imports.properties.format?.enum).toContain('douyin-export');
    const hosts = (paths['/hosts/import'].post as Multipart).requestBody.content['multipart/form-data'].schema;
    expect(hosts).toMatchObject({ required: ['file'], properties: { file: { type: 'string', format: 'binary' } } });
  });
});
