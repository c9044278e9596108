import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { startTestServer, type TestServer } from '../helpers/server';
import { fixtureDir, registerAccounts, waitForImport } from './import-kit';
import { expectError } from './roster-kit';
import { december5 } from './settlement-kit';

// SPEC section 9 over HTTP: every figure of an account-period against an independent count of the same
// orders and ledger, on the Douyin sample with one order's settled commission made wrong on purpose.

let server: TestServer;
let finance: ApiClient;
beforeEach(async () => {
  server = await startTestServer({ clock: { now: () => december5 } });
  finance = await server.signIn('finance');
  const admin = await server.signIn('admin');
  await registerAccounts(admin, 'douyin-api');
  const pages = JSON.parse(fs.readFileSync(path.join(fixtureDir, 'douyin-api.v1.json'), 'utf8'));
  // The first order is settled at 8,660 x 25% = 2,165: the platform reports 37 fen more.
  pages[0].data.orders[0].real_commission += 37;
  const upload = await finance.upload('/api/v1/imports', { name: 'douyin-api.json', bytes: Buffer.from(JSON.stringify(pages)) });
  expect((await waitForImport(finance, upload.body.id)).status).toBe('succeeded');
});
afterEach(() => server.close());

interface Order { id: number; accountId: number | null; status: string; gmvFen: number; commissionBaseFen: number; commissionRateBp: number; estimatedCommissionFen: number; settledCommissionFen: number; paidAt: string | null; settledAt: string | null; refundedAt: string | null; hosts: unknown[] }

const inNovember = (at: string | null) => at !== null && at.startsWith('2026-11');
const expectedCommission = (o: Order) => Math.sign(o.commissionBaseFen * o.commissionRateBp) * Math.floor((Math.abs(o.commissionBaseFen * o.commissionRateBp) + 5000) / 10000);

async function independently(accountId: number) {
  const orders = ((await finance.get('/api/v1/orders?pageSize=200')).body.items as Order[]).filter((o) => o.accountId === accountId);
  const paid = orders.filter((o) => inNovember(o.paidAt));
  const valid = paid.filter((o) => o.status !== 'invalid');
  const sum = (list: Order[], f: (o: Order) => number) => list.reduce((t, o) => t + f(o), 0);
  const ledger = (await finance.get('/api/v1/ledger?period=2026-11&pageSize=200')).body.items as { orderId: number; amountFen: number }[];
  const ids = new Set(orders.map((o) => o.id));
  return {
    orders: paid.length, invalidOrders: paid.length - valid.length, gmvFen: sum(valid, (o) => o.gmvFen), estimatedCommissionFen: sum(valid, (o) => o.estimatedCommissionFen),
    commissionMismatches: valid.filter((o) => Math.abs((o.status === 'settled' ? o.settledCommissionFen : o.estimatedCommissionFen) - expectedCommission(o)) > 1).length,
    settledCommissionFen: sum(orders.filter((o) => inNovember(o.settledAt)), (o) => o.settledCommissionFen),
    refundsFen: sum(orders.filter((o) => o.status === 'invalid' && inNovember(o.refundedAt)), (o) => o.gmvFen),
    ledgerFen: ledger.filter((e) => ids.has(e.orderId)).reduce((t, e) => t + e.amountFen, 0),
  };
}

describe('reconciliation', () => {
  it('when finance reads a period, then every account\'s figures equal an independent count of its orders and ledger', async () => {
    const res = await finance.get('/api/v1/reconciliation?period=2026-11');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    let mismatches = 0;
    for (const item of res.body.items) {
      expect(item).toMatchObject(await independently(item.accountId));
      expect(item).toMatchObject({ payoutFen: null, differenceFen: null, reconciled: false });
      mismatches += item.commissionMismatches;
    }
    expect(mismatches).toBeGreaterThanOrEqual(1);
    const wrong = res.body.items.find((i: { commissionMismatches: number }) => i.commissionMismatches > 0);
    const list = await finance.get(`/api/v1/reconciliation/2026-11/${wrong.accountId}/mismatches`);
    expect(list.body.items.some((o: { reportedFen: number; expectedFen: number }) => o.reportedFen - o.expectedFen === 37)).toBe(true);
    // The dashboard (the clock in December) counts last month's mismatches through the partial index: the same total.
    expect((await finance.get('/api/v1/dashboard')).body.reconciliation).toEqual({ period: '2026-11', commissionMismatches: mismatches });
  });

  it('when a payout is entered and the account-period reconciled, then the difference shows, the mark is audited, and once closed it cannot be undone', async () => {
    const [item] = (await finance.get('/api/v1/reconciliation?period=2026-11')).body.items;
    const payout = await finance.put(`/api/v1/reconciliation/2026-11/${item.accountId}/payout`, { amountFen: item.ledgerFen + 1_234 });
    expect(payout.body).toMatchObject({ payoutFen: item.ledgerFen + 1_234, differenceFen: 1_234 });
    const marked = await finance.post(`/api/v1/reconciliation/2026-11/${item.accountId}/reconcile`, { note: '差额为平台技术服务费' });
    expect(marked.body).toMatchObject({ reconciled: true, note: '差额为平台技术服务费', reconciledBy: expect.any(Number) });
    const admin = await server.signIn('admin');
    const audit = (await admin.get(`/api/v1/audit-log?entity=reconciliation&entityId=2026-11/${item.accountId}`)).body.items;
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['reconcile', 'payout']);
    expect((await finance.delete(`/api/v1/reconciliation/2026-11/${item.accountId}/reconcile`)).body.reconciled).toBe(false);
    await finance.post(`/api/v1/reconciliation/2026-11/${item.accountId}/reconcile`, { note: '复核无误' });
    expect((await finance.post('/api/v1/periods/2026-11/close')).status).toBe(200);
    expectError(await finance.delete(`/api/v1/reconciliation/2026-11/${item.accountId}/reconcile`) as never, 409, 'period_locked');
    expectError(await finance.put(`/api/v1/reconciliation/2026-11/${item.accountId}/payout`, { amountFen: 1 }) as never, 409, 'period_locked');
    expect((await finance.get('/api/v1/reconciliation?period=2026-11')).body).toMatchObject({ locked: true });
  });

  it('when the request is malformed or the role may not write, then a clear 4xx', async () => {
    expectError(await finance.get('/api/v1/reconciliation?period=0000-01') as never, 400, 'invalid_request');
    expectError(await finance.put('/api/v1/reconciliation/2026-11/999999/payout', { amountFen: 1 }) as never, 404, 'not_found');
    expectError(await finance.put('/api/v1/reconciliation/2026-11/1/payout', { amountFen: 1.5 }) as never, 400, 'invalid_request', ['amountFen']);
    const viewer = await server.signIn('viewer');
    expect((await viewer.get('/api/v1/reconciliation?period=2026-11')).status).toBe(200);
    expectError(await viewer.post('/api/v1/reconciliation/2026-11/1/reconcile', { note: '' }) as never, 403, 'forbidden');
  });
});
