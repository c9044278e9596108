import { z } from 'zod';
import type { AnyRoute } from './route';

const toSchema = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'openapi-3.0' });

const errorEnvelope = {
  type: 'object',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'array', items: { type: 'object' } } },
    },
  },
};

function parametersOf(spec: AnyRoute) {
  const out: object[] = [];
  for (const [where, schema] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema) as { properties?: Record<string, object>; required?: string[] };
    for (const [name, prop] of Object.entries(json.properties ?? {})) {
      out.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: prop });
    }
  }
  return out;
}

/** A multipart body: the `file` and the route's other fields. */
function uploadBody(fields: z.ZodObject) {
  const json = toSchema(fields) as { properties?: Record<string, object>; required?: string[] };
  return {
    required: true,
    content: {
      'multipart/form-data': {
        schema: {
          type: 'object',
          required: ['file', ...(json.required ?? [])],
          properties: { file: { type: 'string', format: 'binary' }, ...json.properties },
        },
      },
    },
  };
}

function requestBodyOf(spec: AnyRoute) {
  if (spec.uploadFields) return { requestBody: uploadBody(spec.uploadFields) };
  return spec.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(spec.body) } } } } : {};
}

function operationOf(spec: AnyRoute) {
  const status = String(spec.status ?? 200);
  const content = spec.produces
    ? { [spec.produces]: {} }
    : spec.response ? { 'application/json': { schema: toSchema(spec.response) } } : undefined;
  return {
    summary: spec.summary,
    tags: [spec.tag],
    security: spec.access === 'public' ? [] : [{ cookie: [] }, { bearer: [] }],
    'x-permission': spec.access,
    parameters: parametersOf(spec),
    ...requestBodyOf(spec),
    responses: {
      [status]: { description: 'Success', ...(content && status !== '204' ? { content } : {}) },
      default: { description: 'Error', content: { 'application/json': { schema: errorEnvelope } } },
    },
  };
}

/** The OpenAPI 3 document, generated from the very route specs whose schemas validate requests. */
export function openApiDocument(routes: AnyRoute[]) {
  const paths: Record<string, Record<string, object>> = {};
  for (const spec of routes) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [spec.method]: operationOf(spec) };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'MCN Desk API', version: '1',
      description: 'Money in integer fen (…Fen), rates in basis points (…Bp), instants ISO-8601 with offset. '
        + 'Error messages (and an import\'s reasons) are in Chinese when Accept-Language prefers zh, else in English; codes never change.',
    },
    servers: [{ url: '/api/v1' }],
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'mcn_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
