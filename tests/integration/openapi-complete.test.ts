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

const errorRef = '#/components/schemas/Error';
/** The envelope itself, or the envelope with the shape of its details (a route's errorDetails) added by allOf. */
const isEnvelope = (response: Responses[string]) => {
  const schema = response.content?.['application/json']?.schema as { $ref?: string; allOf?: { $ref?: string }[] } | undefined;
  return schema?.$ref === errorRef || schema?.allOf?.[0]?.$ref === errorRef;
};

type DetailedError = { allOf: [unknown, { properties: { error: { properties: { details: { items: { properties?: Record<string, unknown>; required?: string[]; anyOf?: unknown[] } } } } } }] };
const detailsOf = (response: Responses[string] | undefined) =>
  (response?.content?.['application/json']?.schema as DetailedError | undefined)?.allOf[1].properties.error.properties.details.items;

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

  it('when fetched, then a booking documents its 409 schedule_conflict details: the rule, the other session, its interval, title, room and hosts', () => {
    for (const op of [paths['/sessions']?.post, paths['/sessions/{id}']?.patch]) {
      const conflict = op?.responses['409'];
      expect(conflict?.description).toContain('schedule_conflict');
      const items = detailsOf(conflict);
      const shape = items?.anyOf ? (items.anyOf[0] as typeof items) : items;
      expect(shape?.required).toEqual(expect.arrayContaining(['rule', 'sessionId', 'startsAt', 'endsAt', 'title', 'roomName', 'hosts', 'message']));
    }
    const series = detailsOf(paths['/sessions/series']?.post?.responses['409']);
    expect(series?.required).toEqual(expect.arrayContaining(['occurrence', 'code', 'details']));
    expect(Object.keys(paths['/sessions/series']?.post?.responses['201']?.content?.['application/json']?.schema?.properties as object)).toContain('skipped');
  });

  it('when fetched, then a file names its type and a 204 has no body', () => {
    expect(paths['/hosts/export.xlsx']?.get?.responses['200']?.content).toHaveProperty(['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    expect(paths['/calendars/feeds/{file}']?.get?.responses['200']?.content).toHaveProperty(['text/calendar']);
    expect(paths['/auth/logout']?.post?.responses['204']).toEqual({ description: expect.any(String) });
  });
});
