import { currentLanguage } from './i18n';

// No zod here: this module is on the sign-in page, whose script is kept small (issue 17 item 10).

/** One entry of an error's details: where in the request, and what is wrong there. */
export type ErrorDetail = { path: (string | number)[]; message: string };

/**
 * What an answer is checked with: a zod schema from server/shared/api, or any checker with the same `safeParse`
 * (the sign-in page's, which does without zod).
 */
export type ResponseSchema<T> = {
  safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } };
};

/** An answer with no body (204). */
export const noContent: ResponseSchema<undefined> = {
  safeParse: (data) => (data === undefined ? { success: true, data } : { success: false, error: { message: 'expected no body' } }),
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDetail(value: unknown): value is ErrorDetail {
  return isRecord(value) && typeof value.message === 'string' && Array.isArray(value.path)
    && value.path.every((p) => typeof p === 'string' || typeof p === 'number');
}

/** SPEC 10's error envelope, `{error: {code, message, details}}`, or null when the body is something else. */
function envelopeOf(body: unknown): { code: string; message: string; details: unknown[] } | null {
  if (!isRecord(body) || !isRecord(body.error) || typeof body.error.code !== 'string') return null;
  const { code, message, details } = body.error;
  return { code, message: typeof message === 'string' ? message : '', details: Array.isArray(details) ? details : [] };
}

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
    return this.details.filter(isDetail).map((d) => ({ path: d.path, message: d.message }));
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
  const envelope = envelopeOf(await readJson(response));
  const retryAfterSeconds = parseRetryAfter(response.headers.get('Retry-After'));
  if (envelope) return new ApiError({ status: response.status, retryAfterSeconds, ...envelope });
  return new ApiError({ status: response.status, retryAfterSeconds, code: codeByStatus[response.status] ?? 'server_error' });
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type RequestOptions<T> = { method?: Method; body?: unknown; schema: ResponseSchema<T>; signal?: AbortSignal };

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
    throw new ApiError({ status: response.status, code: 'bad_response', message: parsed.error.message });
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
