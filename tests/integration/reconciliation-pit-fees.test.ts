import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from './roster-kit';
import { settlementWorld, type SettlementWorld } from './settlement-kit';

// SPEC section 9 "Deals: pit fees invoiced against received" over HTTP: the deals sold in a period's sessions,
// invoiced, received and outstanding, an overdue one flagged. The clock stands on 2026-12-05 in Shanghai.

let world: SettlementWorld;
afterEach(() => world?.server.close());

describe('pit fees in reconciliation', () => {
  it('when deals of November\'s sessions are invoiced and partly paid, then each shows what is outstanding and the overdue one is flagged', async () => {
    world = await settlementWorld([{ hostShare: { mode: 'flat', rateBp: 5000 } }]);
    const { admin, finance } = world;
    const [a] = [...world.hosts.values()] as [number];
    const account = ((await admin.get(`/api/v1/hosts/${a}/accounts`)).body.items as { id: number }[])[0]!;
    const session = async (day: string) => (await admin.post('/api/v1/sessions', {
      accountId: account.id, hosts: [{ hostId: a, role: 'main', shareBp: 10000 }], startsAt: `${day}T12:00:00+08:00`, endsAt: `${day}T14:00:00+08:00`, status: 'completed',
    })).body.id as number;
    const nov = await session('2026-11-10');
    const oct = await session('2026-10-10');
    const brand = (await admin.post('/api/v1/brands', { name: '花西子' })).body.id as number;
    const deal = async (body: Record<string, unknown>) => {
      const res = await admin.post('/api/v1/deals', { brandId: brand, sessionIds: [nov], pitFeeFen: 100_000, ...body });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.id as number;
    };
    const overdue = await deal({ status: 'confirmed' });
    expect((await admin.patch(`/api/v1/deals/${overdue}`, { status: 'invoiced', invoicedOn: '2026-11-10', dueOn: '2026-11-30', receivedFen: 30_000 })).status).toBe(200);
    const notDue = await deal({ status: 'confirmed', pitFeeFen: 50_000 });
    expect((await admin.patch(`/api/v1/deals/${notDue}`, { status: 'invoiced', invoicedOn: '2026-12-01', dueOn: '2026-12-31' })).status).toBe(200);
    const paid = await deal({ status: 'confirmed', pitFeeFen: 20_000 });
    await admin.patch(`/api/v1/deals/${paid}`, { status: 'invoiced', dueOn: '2026-11-20' });
    await admin.patch(`/api/v1/deals/${paid}`, { status: 'paid' });
    const confirmed = await deal({ status: 'confirmed', pitFeeFen: 7_000 });
    await deal({ status: 'proposed' });
    await deal({ status: 'cancelled' });
    await deal({ status: 'invoiced', sessionIds: [oct], dueOn: '2026-10-31' });

    const res = await finance.get('/api/v1/reconciliation/pit-fees?period=2026-11');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.today).toBe('2026-12-05');
    expect(res.body.items).toMatchObject([
      { dealId: overdue, brandName: '花西子', status: 'invoiced', pitFeeFen: 100_000, invoicedFen: 100_000, receivedFen: 30_000, outstandingFen: 70_000, dueOn: '2026-11-30', overdue: true },
      { dealId: notDue, invoicedFen: 50_000, receivedFen: 0, outstandingFen: 50_000, overdue: false },
      { dealId: paid, status: 'paid', invoicedFen: 20_000, receivedFen: 20_000, receivedOn: '2026-12-05', outstandingFen: 0, overdue: false },
      { dealId: confirmed, status: 'confirmed', invoicedFen: 0, receivedFen: 0, outstandingFen: 0, overdue: false },
    ]);
    expect(res.body.totals).toEqual({ pitFeeFen: 177_000, invoicedFen: 170_000, receivedFen: 50_000, outstandingFen: 120_000, overdue: 1 });
  });

  it('when a viewer asks or the period is malformed, then a clear 4xx', async () => {
    world = await settlementWorld([{ hostShare: { mode: 'flat', rateBp: 5000 } }]);
    const viewer = await world.server.signIn('viewer');
    expectError(await viewer.get('/api/v1/reconciliation/pit-fees?period=2026-11') as never, 403, 'forbidden');
    expectError(await world.finance.get('/api/v1/reconciliation/pit-fees?period=2026-13') as never, 400, 'invalid_request');
  });
});
