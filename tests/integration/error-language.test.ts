import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient, ApiResponse } from '../helpers/api-client';
import type { TestServer } from '../helpers/server';
import { buildDeal } from '../factories/roster';
import { rosterServer } from './roster-kit';
import { bookableHost, booking } from './schedule-kit';

// A refusal speaks the language the request asks for (Accept-Language), Chinese or English; its code and its
// fields never change with it, and with no language asked it is English.

let server: TestServer;
let admin: ApiClient;
beforeEach(async () => {
  server = await rosterServer();
  admin = await server.signIn('admin');
});
afterEach(() => server.close());

const chinese = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
const english = { 'accept-language': 'en-US,en;q=0.9' };
const han = /[\u4e00-\u9fff]/;

type Ask = (headers: Record<string, string>) => Promise<ApiResponse>;

/** Asks the same refused request in Chinese, in English and with no language, and checks the three answers agree. */
async function inBothLanguages(ask: Ask, status: number, code: string) {
  const [zh, en, none] = [await ask(chinese), await ask(english), await ask({})];
  for (const res of [zh, en, none]) {
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.headers.get('vary') ?? '').toMatch(/accept-language/i);
  }
  const paths = (res: ApiResponse) => res.body.error.details.map((d: { path?: unknown }) => d.path);
  expect(paths(zh)).toEqual(paths(en));
  expect(none.body).toEqual(en.body);
  const messages = (res: ApiResponse): string[] => [res.body.error.message, ...res.body.error.details.map((d: { message: string }) => d.message)];
  for (const message of messages(zh)) expect(message).toMatch(han);
  for (const message of messages(en)) expect(message).not.toMatch(han);
  return { zh: zh.body.error, en: en.body.error };
}

describe('the language of a refusal', () => {
  it('when a schema refuses with its own words, then the Chinese request reads them in Chinese', async () => {
    const ask: Ask = (h) => admin.post('/api/v1/users', { email: 'a@example.test', name: '甲', role: 'viewer', password: 'short' }, h);
    const { zh, en } = await inBothLanguages(ask, 400, 'invalid_request');
    expect(en.details).toEqual([{ path: ['password'], message: 'A password needs at least 10 characters' }]);
    expect(zh.details).toHaveLength(1);
  });

  it('when zod refuses with its own words (wrong type, missing field, not an option), then those are Chinese too', async () => {
    const ask: Ask = (h) => admin.post('/api/v1/rooms', { name: 5, bufferMinutes: 'ten' }, h);
    const { zh, en } = await inBothLanguages(ask, 400, 'invalid_request');
    expect(en.details.map((d: { path: string[] }) => d.path)).toEqual([['name'], ['bufferMinutes']]);
    expect(zh.details[0].message).not.toBe(en.details[0].message);
  });

  it('when a business rule, a missing record, a conflict or the sign-in refuses, then each reads in the language asked', async () => {
    // A conflict names the other session's hosts: a Latin stage name keeps this test about the product's words.
    const { hostId, accountId } = await bookableHost(admin, { stageName: 'Mia' });
    expect((await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-01T12:00:00Z', '2026-12-01T14:00:00Z'))).status).toBe(201);
    await inBothLanguages((h) => admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-01T13:00:00Z', '2026-12-01T15:00:00Z'), h), 409, 'schedule_conflict');
    await inBothLanguages((h) => admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-02T14:00:00Z', '2026-12-02T12:00:00Z'), h), 422, 'unprocessable');
    await inBothLanguages((h) => admin.post('/api/v1/deals', buildDeal(9999), h), 422, 'unprocessable');
    await inBothLanguages((h) => admin.get('/api/v1/hosts/999999', h), 404, 'not_found');
    await inBothLanguages((h) => admin.post('/api/v1/hosts', '{"stageName":', h), 400, 'invalid_request');
    const stranger = await server.signIn('viewer');
    await inBothLanguages((h) => stranger.post('/api/v1/rooms', { name: 'B2' }, h), 403, 'forbidden');
    await inBothLanguages((h) => server.anonymous().get('/api/v1/hosts', h), 401, 'unauthenticated');
  });

  it('when a series would clash, then every refused occurrence is explained in the language asked', async () => {
    // A conflict names the other session's hosts: a Latin stage name keeps this test about the product's words.
    const { hostId, accountId } = await bookableHost(admin, { stageName: 'Mia' });
    expect((await admin.post('/api/v1/sessions', booking(accountId, hostId, '2026-12-02T01:00:00Z', '2026-12-02T02:00:00Z'))).status).toBe(201);
    const series = {
      accountId, hosts: [{ hostId, role: 'main', shareBp: 10000 }],
      rule: { weekdays: [3], startTime: '09:00', durationMinutes: 120, fromDate: '2026-12-01', untilDate: '2026-12-14' },
    };
    const { zh } = await inBothLanguages((h) => admin.post('/api/v1/sessions/series', series, h), 409, 'schedule_conflict');
    expect(JSON.stringify(zh.details)).toMatch(han);
  });
});
