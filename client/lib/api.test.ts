import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError, apiRequest, fieldErrors, parseRetryAfter } from './api';
import { i18n } from './i18n';

function respond(status: number, body?: unknown, headers: Record<string, string> = {}) {
  const fetchMock = vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status, headers }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiRequest', () => {
  it('when the answer matches the schema, then it returns the parsed body and sends the same-origin cookie', async () => {
    const fetchMock = respond(200, { user: { id: 1 }, extra: true });
    const data = await apiRequest('/api/v1/x', { method: 'POST', body: { a: 1 }, schema: z.object({ user: z.object({ id: z.number() }) }) });
    expect(data).toEqual({ user: { id: 1 } });
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/x', expect.objectContaining({ credentials: 'same-origin', method: 'POST', body: '{"a":1}' }));
  });

  it('when the body is FormData, then it is sent as is and the browser sets the multipart content type', async () => {
    const fetchMock = respond(202, { id: 7 });
    const form = new FormData();
    form.set('format', 'douyin-export');
    await apiRequest('/api/v1/imports', { method: 'POST', body: form, schema: z.object({ id: z.number() }) });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect(init.body).toBe(form);
    expect(init.headers).toEqual({ Accept: 'application/json', 'Accept-Language': 'zh-CN' });
  });

  it('when the UI language changes, then requests ask for answers in it, JSON bodies saying they are JSON', async () => {
    const fetchMock = respond(200, {});
    await apiRequest('/api/v1/x', { method: 'POST', body: {}, schema: z.unknown() });
    await i18n.changeLanguage('en');
    try {
      await apiRequest('/api/v1/x', { schema: z.unknown() });
    } finally {
      await i18n.changeLanguage('zh-CN');
    }
    const headers = fetchMock.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1].headers);
    expect(headers).toEqual([
      { Accept: 'application/json', 'Accept-Language': 'zh-CN', 'Content-Type': 'application/json' },
      { Accept: 'application/json', 'Accept-Language': 'en' },
    ]);
  });

  it('when the server answers with the error envelope, then an ApiError carries its status, code and details', async () => {
    respond(409, { error: { code: 'duplicate', message: 'Email taken', details: [{ path: ['email'], message: 'Email taken' }] } });
    const error = await apiRequest('/api/v1/users', { method: 'POST', schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, code: 'duplicate', message: 'Email taken' });
    expect(fieldErrors(error)).toEqual({ email: 'Email taken' });
  });

  it('when the server is throttling, then the wait from Retry-After is kept', async () => {
    respond(429, { error: { code: 'too_many_requests', message: 'slow down' } }, { 'Retry-After': '900' });
    await expect(apiRequest('/api/v1/auth/login', { method: 'POST', schema: z.unknown() })).rejects.toMatchObject({ code: 'too_many_requests', retryAfterSeconds: 900 });
  });

  it('when an error has no envelope (a proxy page), then the code comes from the status', async () => {
    respond(403);
    await expect(apiRequest('/api/v1/users', { schema: z.unknown() })).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('when the network fails, then the code is network_error', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(apiRequest('/api/v1/users', { schema: z.unknown() })).rejects.toMatchObject({ status: 0, code: 'network_error' });
  });

  it('when the answer does not match the schema, then the code is bad_response', async () => {
    respond(200, { items: 'nope' });
    await expect(apiRequest('/api/v1/users', { schema: z.object({ items: z.array(z.unknown()) }) })).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('when the answer is 204 without a body, then undefined is returned', async () => {
    respond(204);
    await expect(apiRequest('/api/v1/auth/logout', { method: 'POST', schema: z.undefined() })).resolves.toBeUndefined();
  });
});

describe('parseRetryAfter', () => {
  it('when the header is seconds or an HTTP date, then it gives seconds to wait', () => {
    const now = Date.parse('2026-11-11T12:00:00Z');
    expect(parseRetryAfter('120', now)).toBe(120);
    expect(parseRetryAfter('Wed, 11 Nov 2026 12:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter(null, now)).toBeNull();
    expect(parseRetryAfter('soon', now)).toBeNull();
  });
});

describe('fieldErrors', () => {
  it('when details name nested paths, then they are keyed by dotted path, first message wins', () => {
    const error = new ApiError({
      status: 400, code: 'invalid_request',
      details: [{ path: ['terms', 0, 'rateBp'], message: 'too big' }, { path: ['terms', 0, 'rateBp'], message: 'second' }, { rule: 'host' }],
    });
    expect(fieldErrors(error)).toEqual({ 'terms.0.rateBp': 'too big' });
  });

  it('when the error is not an ApiError, then there are no field errors', () => {
    expect(fieldErrors(new Error('x'))).toEqual({});
  });
});
