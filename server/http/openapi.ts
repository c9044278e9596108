import { z } from 'zod';
import { errorStatus, type ErrorCode } from '../errors';
import type { AnyRoute } from './route';

const toSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

/** The one error envelope (server/http/error-handler.ts), whatever the status. */
const errorEnvelope = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string', enum: Object.keys(errorStatus) },
        message: { type: 'string' },
        details: { type: 'array', items: { type: 'object' } },
      },
    },
  },
};

const errorResponse = (description: string) => ({
  description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});

/** The envelope whose details the route declares (RouteSpec.errorDetails): one shape, or any of several codes' shapes. */
function detailedErrorResponse(description: string, details: z.ZodType[]) {
  const items = details.map((schema) => toSchema(schema, 'output'));
  const envelope = { type: 'object', properties: { error: { type: 'object', properties: { details: { type: 'array', items: items.length === 1 ? items[0] : { anyOf: items } } } } } };
  return { description, content: { 'application/json': { schema: { allOf: [{ $ref: '#/components/schemas/Error' }, envelope] } } } };
}

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

/**
 * The success answer: a JSON body of the route's response schema, a file of the type it produces, or
 * nothing (204). A route that declares none of these is left without a body here, and
 * tests/integration/openapi-complete.test.ts names it.
 */
function successOf(spec: AnyRoute) {
  const status = String(spec.status ?? 200);
  if (status === '204') return { [status]: { description: 'Done; no body' } };
  if (spec.produces) return { [status]: { description: 'A file', content: { [spec.produces]: { schema: { type: 'string', format: 'binary' } } } } };
  if (spec.response) return { [status]: { description: 'Success', content: { 'application/json': { schema: toSchema(spec.response, 'output') } } } };
  return { [status]: { description: 'Success (no response schema declared)' } };
}

/** The errors the route's declaration makes possible, each with the codes that answer it; the rest under default. */
function errorsOf(spec: AnyRoute) {
  const codes: ErrorCode[] = Object.keys(spec.errorDetails ?? {}) as ErrorCode[];
  if (spec.body || spec.query || spec.params || spec.uploadFields) codes.push('invalid_request');
  if (spec.access !== 'public') codes.push('unauthenticated');
  if (spec.access !== 'public' && spec.access !== 'signed-in') codes.push('forbidden');
  if (spec.params) codes.push('not_found');
  if (spec.body || spec.uploadFields) codes.push('too_large');
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(errorStatus[code], [...(byStatus.get(errorStatus[code]) ?? []), code]);
  return {
    ...Object.fromEntries([...byStatus].map(([status, list]) => {
      const details = list.flatMap((code) => spec.errorDetails?.[code] ?? []);
      return [String(status), details.length ? detailedErrorResponse(list.join(', '), details) : errorResponse(list.join(', '))];
    })),
    default: errorResponse('Any other error (a conflict, a broken rule, too many requests, an internal error): see error.code'),
  };
}

function operationOf(spec: AnyRoute) {
  return {
    summary: spec.summary,
    tags: [spec.tag],
    security: spec.access === 'public' ? [] : [{ cookie: [] }, { bearer: [] }],
    'x-permission': spec.access,
    parameters: parametersOf(spec),
    ...requestBodyOf(spec),
    responses: { ...successOf(spec), ...errorsOf(spec) },
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
      schemas: { Error: errorEnvelope },
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'mcn_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
