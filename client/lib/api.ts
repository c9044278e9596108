import { z } from 'zod';
import { currentLanguage } from './i18n';

/** One entry of an error's details: where in the request, and what is wrong there. */
export type ErrorDetail = { path: (string | number)[]; message: string };

const detailSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});

const envelopeSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string().catch(''),
    details: z.array(z.unknown()).catch([]),
  }),
});

/** Codes the client makes up itself, for failures that never reached the server's error handler. */
export const CLIENT_ERROR_CODES = ['network_error', 'bad_response'] as const;

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: unknown[];
  readonly retryAfterSeconds: number | null;

  constructor(options: { status: number; code: string; message?: string; details?: unknown[]; retryAfterSeconds?: number | null }) {
    super(options.message || options.code);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.details = options.details ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }

  /** The details that name a place in the request, as `{path, message}`. */
  get fieldDetails(): ErrorDetail[] {
    return this.details.flatMap((d) => {
      const parsed = detailSchema.safeParse(d);
      return parsed.success ? [parsed.data] : [];
    });
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

const codeByStatus: Record<number, string> = {
  400: 'invalid_request', 401: 'unauthenticated', 403: 'forbidden', 404: 'not_found', 413: 'too_large', 422: 'unprocessable', 429: 'too_many_requests',
};

/** Retry-After is either whole seconds or an HTTP date. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Number(header.trim());
  const at = Date.parse(header);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

async function errorFrom(response: Response): Promise<ApiError> {
  const envelope = envelopeSchema.safeParse(await readJson(response));
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (envelope.success) return new ApiError({ status: response.status, retryAfterSeconds, ...envelope.data.error });
  return new ApiError({ status: response.status, retryAfterSeconds, code: codeByStatus[response.status] ?? 'server_error' });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type RequestOptions<T> = { method?: Method; body?: unknown; schema: z.ZodType<T>; signal?: AbortSignal };

/**
 * What every request says: it reads JSON, in the UI's language (the server words its refusals in it);
 * a JSON body says so, and a FormData body (an upload) sets its own multipart content type, boundary included.
 */
function requestHeaders(body: unknown): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json', 'Accept-Language': currentLanguage() };
  if (body !== undefined && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
  return headers;
}

/** The one way the client talks to the API: same-origin cookie, JSON both ways (or FormData up), the error envelope as an ApiError. */
export async function apiRequest<T>(url: string, { method = 'GET', body, schema, signal }: RequestOptions<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      credentials: 'same-origin',
      headers: requestHeaders(body),
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'network_error' });
  }
  if (!response.ok) throw await errorFrom(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) {
    throw new ApiError({ status: response.status, code: 'bad_response', message: z.prettifyError(parsed.error) });
  }
  return parsed.data;
}

/** Field errors keyed by the dotted path, first message per path. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error)) return {};
  const out: Record<string, string> = {};
  for (const detail of error.fieldDetails) {
    const key = detail.path.join('.');
    if (key && !(key in out)) out[key] = detail.message;
  }
  return out;
}
