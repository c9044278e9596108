import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../helpers/api-client';
import { reportsWorld, type Order, type ReportsWorld } from './reports-kit';
import { expectError } from './roster-kit';

// GET /orders?from=&to=: the orders paid (the instant SPEC section 9 counts GMV by) on agency dates from..to, both
// included, counted again here from the unfiltered list. The orders run from late October to 2026-12-05 in Shanghai.

let world: ReportsWorld;
beforeAll(async () => { world = await reportsWorld(); }, 120_000);
afterAll(() => world?.server.close());

/** Every page of the list the query asks for. */
async function listed(client: ApiClient, query: string): Promise<{ ids: number[]; total: number }> {
  const ids: number[] = [];
  for (let page = 1; ; page += 1) {
    const res = await client.get(`/api/v1/orders?pageSize=200&page=${page}&${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    ids.push(...(res.body.items as Order[]).map((o) => o.id));
    if (ids.length >= res.body.total || res.body.items.length === 0) return { ids, total: res.body.total as number };
  }
}

// The instants come back in the agency's offset (+08:00): their first ten characters are the agency date.
const paidOn = (from: string, to: string) => (o: Order) => o.paidAt !== null && o.paidAt.slice(0, 10) >= from && o.paidAt.slice(0, 10) <= to;
const idsOf = (orders: Order[]) => orders.map((o) => o.id);

describe('the orders list by paid date', () => {
  it.each([
    ['one day', '2026-11-10', '2026-11-10'],
    ['three days across a month', '2026-10-31', '2026-11-02'],
    ['the last days, today included', '2026-12-04', '2026-12-05'],
  ])('when %s is asked, then exactly the orders paid on those agency dates are listed, newest first', async (_name, from, to) => {
    const expected = world.orders.filter(paidOn(from, to));
    expect(expected.length).toBeGreaterThan(0);
    const { ids, total } = await listed(world.finance, `from=${from}&to=${to}`);
    expect(total).toBe(expected.length);
    expect(new Set(ids)).toEqual(new Set(idsOf(expected)));
    const paid = ids.map((id) => world.orders.find((o) => o.id === id)!.paidAt!);
    expect(paid).toEqual([...paid].sort((a, b) => Date.parse(b) - Date.parse(a)));
  });

  it('when only one end is given, then the other is open', async () => {
    expect((await listed(world.finance, 'from=2026-12-01')).total).toBe(world.orders.filter(paidOn('2026-12-01', '9999-12-31')).length);
    expect((await listed(world.finance, 'to=2026-10-25')).total).toBe(world.orders.filter(paidOn('0000-01-01', '2026-10-25')).length);
  });

  it('when a host and a status are asked too, then the dates narrow their list', async () => {
    const hostId = world.hosts[0]!;
    const expected = world.orders.filter((o) => paidOn('2026-11-01', '2026-11-15')(o) && o.status !== 'invalid' && o.hosts.some((h) => h.hostId === hostId));
    const statuses = [...new Set(expected.map((o) => o.status))];
    let total = 0;
    for (const status of statuses) total += (await listed(world.finance, `hostId=${hostId}&status=${status}&from=2026-11-01&to=2026-11-15`)).total;
    expect(total).toBe(expected.length);
    const { ids } = await listed(world.finance, `hostId=${hostId}&from=2026-11-01&to=2026-11-15`);
    expect(new Set(ids)).toEqual(new Set(idsOf(world.orders.filter((o) => paidOn('2026-11-01', '2026-11-15')(o) && o.hosts.some((h) => h.hostId === hostId)))));
  });

  it('when a period and dates are both asked, then the list is what both allow', async () => {
    expect(new Set((await listed(world.finance, 'period=2026-11&from=2026-10-25&to=2026-11-03')).ids)).toEqual(new Set(idsOf(world.orders.filter(paidOn('2026-11-01', '2026-11-03')))));
    expect((await listed(world.finance, 'period=2026-10&from=2026-11-01')).total).toBe(0);
  });

  it('when a date is malformed, then 400 names it; when to is before from, then 422 names to', async () => {
    expectError(await world.finance.get('/api/v1/orders?from=2026-13-01') as never, 400, 'invalid_request', ['from']);
    expectError(await world.finance.get('/api/v1/orders?to=2026-02-30') as never, 400, 'invalid_request', ['to']);
    expectError(await world.finance.get('/api/v1/orders?from=yesterday') as never, 400, 'invalid_request', ['from']);
    expectError(await world.finance.get('/api/v1/orders?from=2026-11-1') as never, 400, 'invalid_request', ['from']);
    const reversed = await world.finance.get('/api/v1/orders?from=2026-11-12&to=2026-11-10');
    expectError(reversed as never, 422, 'unprocessable', ['to']);
    expect(reversed.body.error.message).toBe('to must not be before from');
    const zh = await world.finance.get('/api/v1/orders?from=2026-11-12&to=2026-11-10', { 'accept-language': 'zh-CN' });
    expect(zh.body.error.message).toBe('结束日期不能早于开始日期');
  });

  it('when the subtotals and the export are asked for dates, then they cover what the list does, and refuse to before from alike', async () => {
    const expected = world.orders.filter(paidOn('2026-11-10', '2026-11-12'));
    const subtotals = await world.finance.get('/api/v1/orders/subtotals?from=2026-11-10&to=2026-11-12');
    expect(subtotals.status, JSON.stringify(subtotals.body)).toBe(200);
    expect(subtotals.body.orders).toBe(expected.length);
    expect(subtotals.body.gmvFen).toBe(expected.filter((o) => o.status !== 'invalid').reduce((t, o) => t + o.gmvFen, 0));
    const csv = await world.finance.get('/api/v1/orders/export.csv?from=2026-11-10&to=2026-11-12');
    expect(csv.status).toBe(200);
    expect(String(csv.body).trim().split('\n')).toHaveLength(expected.length + 1);
    expectError(await world.finance.get('/api/v1/orders/subtotals?from=2026-11-12&to=2026-11-10') as never, 422, 'unprocessable', ['to']);
    expectError(await world.finance.get('/api/v1/orders/export.csv?from=2026-11-12&to=2026-11-10') as never, 422, 'unprocessable', ['to']);
  });
});
