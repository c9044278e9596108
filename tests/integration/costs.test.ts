import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { addHost, expectError } from './roster-kit';
import { december5 } from './settlement-kit';

// Costs (SPEC section 8 step 3): recorded per host and period by finance, read by the roles of the orders
// column, changed only while their period is open; and imported from a sheet with row errors.

let server: TestServer;
let finance: ApiClient;
let hostId: number;
beforeEach(async () => {
  server = await startTestServer({ clock: { now: () => december5 } });
  finance = await server.signIn('finance');
  const admin = await server.signIn('admin');
  hostId = (await addHost(admin, { stageName: '小鹿', status: 'trial' })).id;
});
afterEach(() => server.close());

describe('costs', () => {
  it('when finance records, edits, lists and deletes a cost, then each answer says so and the list sums them', async () => {
    const created = await finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: 120_000, kind: 'ad_spend', note: '千川投流' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({ hostId, period: '2026-11', amountFen: 120_000, kind: 'ad_spend', note: '千川投流' });
    await finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: 3_000, kind: 'samples' });
    const patched = await finance.patch(`/api/v1/costs/${created.body.id}`, { amountFen: 100_000 });
    expect(patched.body.amountFen).toBe(100_000);
    const list = await finance.get(`/api/v1/costs?period=2026-11&hostId=${hostId}`);
    expect(list.body).toMatchObject({ total: 2, sumFen: 103_000 });
    expect((await finance.delete(`/api/v1/costs/${created.body.id}`)).status).toBe(204);
    expect((await finance.get(`/api/v1/costs/${created.body.id}`)).status).toBe(404);
  });

  it('when a cost is malformed, names no host, or is sent by a role that may not write, then a clear 4xx and nothing is recorded', async () => {
    expectError(await finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: -5, kind: 'other' }) as never, 400, 'invalid_request', ['amountFen']);
    expectError(await finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: 5, kind: 'bribes' }) as never, 400, 'invalid_request', ['kind']);
    expectError(await finance.post('/api/v1/costs', { hostId, period: '0000-01', amountFen: 5, kind: 'other' }) as never, 400, 'invalid_request', ['period']);
    expectError(await finance.post('/api/v1/costs', { hostId: 99_999, period: '2026-11', amountFen: 5, kind: 'other' }) as never, 422, 'unprocessable', ['hostId']);
    const viewer = await server.signIn('viewer');
    expectError(await viewer.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: 5, kind: 'other' }) as never, 403, 'forbidden');
    expect((await viewer.get('/api/v1/costs')).body.total).toBe(0);
  });

  it('when a sheet names a 60 KB host, then the row\'s error quotes only the start of the name (issue 15 item 8)', async () => {
    const csv = ['主播 host,周期 period,金额（元） amount,类型 kind,备注 note', `无${'名'.repeat(60_000)},2026-11,10,其他,`].join('\r\n');
    for (const language of ['en', 'zh-CN']) {
      const res = await finance.upload('/api/v1/costs/import', { name: 'costs.csv', bytes: Buffer.from(csv) }, {}, { 'accept-language': language });
      expect(res.body).toMatchObject({ rows: 1, imported: 0, rejected: 1, errors: [{ row: 1, field: 'host', message: expect.stringContaining('"无名名名') }] });
      expect(res.body.errors[0].message.length).toBeLessThan(400);
    }
  });

  it('when costs come in a sheet, then good rows are recorded and bad ones reported by row, in the request\'s language', async () => {
    const csv = ['主播 host,周期 period,金额（元） amount,类型 kind,备注 note', '小鹿,2026-11,"1,200.50",投流,千川', `${hostId},2026-11,300,samples,`, '无名氏,2026-11,10,其他,', '小鹿,2026-11,1.234,投流,', '小鹿,2026-13,10,投流,'].join('\r\n');
    const res = await finance.upload('/api/v1/costs/import', { name: 'costs.csv', bytes: Buffer.from(csv) }, {}, { 'accept-language': 'zh-CN' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ rows: 5, imported: 2, rejected: 3 });
    expect(res.body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([[3, 'host'], [4, 'amount'], [5, 'period']]);
    expect(res.body.errors[0].message).toMatch(/无名氏/);
    expect((await finance.get(`/api/v1/costs?hostId=${hostId}`)).body.sumFen).toBe(120_050 + 30_000);
  });
});
