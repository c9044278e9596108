import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/server';

// The OpenAPI document is generated from the route specs (server/http/openapi.ts): it is complete only if every
// route declares what it answers.

type Content = Record<string, { schema?: Record<string, unknown> }>;
type Responses = Record<string, { description: string; content?: Content }>;
type Operation = { responses: Responses };

let server: TestServer;
let paths: Record<string, Record<string, Operation>>;
beforeAll(async () => {
  server = await startTestServer();
  const res = await server.anonymous().get('/api/v1/openapi.json');
  expect(res.status).toBe(200);
  paths = res.body.paths;
});
afterAll(() => server.close());

const operations = () => Object.entries(paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`, op })));

/** What is wrong with an operation's success answer, or null: a JSON schema, a file's content type, or 204. */
function successProblem(responses: Responses): string | null {
  const success = Object.keys(responses).filter((status) => /^2\d\d$/.test(status));
  if (success.length !== 1) return `${success.length} success statuses`;
  const status = success[0] as string;
  if (status === '204') return responses[status]?.content ? '204 with a body' : null;
  const content = responses[status]?.content ?? {};
  const types = Object.keys(content);
  if (types.length === 0) return `${status} without a body`;
  const json = content['application/json'];
  if (json && Object.keys(json.schema ?? {}).length === 0) return `${status} JSON without a schema`;
  return null;
}

const isEnvelope = (response: Responses[string]) =>
  (response.content?.['application/json']?.schema as { $ref?: string } | undefined)?.$ref === '#/components/schemas/Error';

describe('OpenAPI completeness', () => {
  it('when fetched, then every operation documents its success body: a JSON schema, a file type, or 204', () => {
    const missing = operations()
      .flatMap(({ name, op }) => {
        const problem = successProblem(op.responses);
        return problem ? [`${name}: ${problem}`] : [];
      });
    expect(missing).toEqual([]);
    expect(operations().length).toBeGreaterThan(60);
  });

  it('when fetched, then every error status of every operation answers the error envelope', () => {
    const bare = operations().flatMap(({ name, op }) =>
      Object.entries(op.responses)
        .filter(([status]) => !/^2\d\d$/.test(status))
        .filter(([, response]) => !isEnvelope(response))
        .map(([status]) => `${name}: ${status}`));
    expect(bare).toEqual([]);
  });

  it('when fetched, then the envelope names every error code, and each operation its likely errors', async () => {
    const doc = (await server.anonymous().get('/api/v1/openapi.json')).body;
    const envelope = doc.components.schemas.Error;
    expect(envelope.properties.error.properties.code.enum).toEqual(expect.arrayContaining(['invalid_request', 'not_found', 'schedule_conflict', 'internal']));
    expect(Object.keys(paths['/hosts/{id}']?.patch?.responses ?? {})).toEqual(expect.arrayContaining(['200', '400', '401', '403', '404', '413', 'default']));
    expect(Object.keys(paths['/auth/login']?.post?.responses ?? {})).not.toContain('401');
  });

  it('when fetched, then a file names its type and a 204 has no body', () => {
    expect(paths['/hosts/export.xlsx']?.get?.responses['200']?.content).toHaveProperty(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(paths['/calendars/feeds/{file}']?.get?.responses['200']?.content).toHaveProperty(['text/calendar']);
    expect(paths['/auth/logout']?.post?.responses['204']).toEqual({ description: expect.any(String) });
  });
});
