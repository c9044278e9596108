import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/server';
import { buildBrand, buildDeal } from '../factories/roster';
import { auditOf, expectError, rosterServer } from './roster-kit';

let server: TestServer;
beforeEach(async () => {
  server = await rosterServer();
});
afterEach(() => server.close());

async function addBrand(client: Awaited<ReturnType<TestServer['signIn']>>, overrides: Parameters<typeof buildBrand>[0] = {}) {
  const res = await client.post('/api/v1/brands', buildBrand(overrides));
  expect(res.status).toBe(201);
  return res.body as { id: number; name: string };
}

describe('brands', () => {
  it('when a manager adds, changes and searches brands, then the answers follow and the audit log records each change', async () => {
    const manager = await server.signIn('manager');
    const brand = await addBrand(manager, { name: '花西子', contact: '陈经理' });
    await addBrand(manager, { name: '完美日记' });
    expect(brand).toMatchObject({ name: '花西子', contact: '陈经理', notes: '' });
    const patched = await manager.patch(`/api/v1/brands/${brand.id}`, { notes: '年框客户' });
    expect(patched.body).toMatchObject({ id: brand.id, notes: '年框客户' });
    expect((await manager.get(`/api/v1/brands/${brand.id}`)).body).toEqual(patched.body);
    const found = await manager.get('/api/v1/brands?q=西');
    expect(found.body).toMatchObject({ total: 1, items: [{ id: brand.id }] });
    const admin = await server.signIn('admin');
    expect((await auditOf(admin, 'brand', brand.id)).map((e) => e.action)).toEqual(['update', 'create']);
  });

  it('when the input is bad or the role may not, then a 4xx and nothing is written', async () => {
    const manager = await server.signIn('manager');
    expectError(await manager.post('/api/v1/brands', { name: '  ' }), 400, 'invalid_request', ['name']);
    expectError(await manager.post('/api/v1/brands', { name: 'x', website: 'y' }), 400, 'invalid_request');
    expectError(await manager.get('/api/v1/brands/77'), 404, 'not_found');
    const scheduler = await server.signIn('scheduler');
    expectError(await scheduler.post('/api/v1/brands', { name: 'x' }), 403, 'forbidden');
    expectError(await scheduler.get('/api/v1/brands'), 403, 'forbidden');
    expect((await manager.get('/api/v1/brands')).body.total).toBe(0);
  });
});

describe('deals', () => {
  it('when a manager adds a deal, then 201 with fen and bp as sent, and an empty session list', async () => {
    const manager = await server.signIn('manager');
    const brand = await addBrand(manager);
    const res = await manager.post('/api/v1/deals', buildDeal(brand.id, { pitFeeFen: 1_234_567, commissionRateBp: 2500, category: 'medical' }));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ brandId: brand.id, sessionIds: [], pitFeeFen: 1_234_567, commissionRateBp: 2500, category: 'medical', status: 'proposed' });
    expect((await manager.get(`/api/v1/deals/${res.body.id}`)).body).toEqual(res.body);
    expect((await manager.get(`/api/v1/deals?brandId=${brand.id}&status=proposed`)).body.total).toBe(1);
  });

  it('when the amounts are out of range or the brand unknown, then a 4xx naming the field and nothing is written', async () => {
    const manager = await server.signIn('manager');
    const brand = await addBrand(manager);
    expectError(await manager.post('/api/v1/deals', buildDeal(brand.id, { commissionRateBp: 10001 })), 400, 'invalid_request', ['commissionRateBp']);
    expectError(await manager.post('/api/v1/deals', buildDeal(brand.id, { pitFeeFen: -1 })), 400, 'invalid_request', ['pitFeeFen']);
    expectError(await manager.post('/api/v1/deals', buildDeal(brand.id, { pitFeeFen: 10.5 })), 400, 'invalid_request', ['pitFeeFen']);
    expectError(await manager.post('/api/v1/deals', buildDeal(brand.id, { status: 'won' as never })), 400, 'invalid_request', ['status']);
    expectError(await manager.post('/api/v1/deals', buildDeal(9999)), 422, 'unprocessable', ['brandId']);
    expectError(await manager.post('/api/v1/deals', buildDeal(brand.id, { sessionIds: [999999] })), 422, 'unprocessable', ['sessionIds', 0]);
    expect((await manager.get('/api/v1/deals')).body.total).toBe(0);
  });

  it('when the status moves, then only allowed moves pass: paid only from invoiced, cancelled and paid are final', async () => {
    const manager = await server.signIn('manager');
    const brand = await addBrand(manager);
    const deal = (await manager.post('/api/v1/deals', buildDeal(brand.id))).body;
    const move = (status: string) => manager.patch(`/api/v1/deals/${deal.id}`, { status });
    expectError(await move('paid'), 422, 'unprocessable', ['status']);
    expectError(await move('invoiced'), 422, 'unprocessable', ['status']);
    for (const status of ['confirmed', 'invoiced', 'paid']) expect((await move(status)).status).toBe(200);
    expectError(await move('cancelled'), 422, 'unprocessable', ['status']);
    expectError(await manager.patch(`/api/v1/deals/${deal.id}`, { pitFeeFen: 1 }), 422, 'unprocessable', ['pitFeeFen']);
    expect((await manager.get(`/api/v1/deals/${deal.id}`)).body).toMatchObject({ status: 'paid', pitFeeFen: deal.pitFeeFen });
    const other = (await manager.post('/api/v1/deals', buildDeal(brand.id))).body;
    expect((await manager.patch(`/api/v1/deals/${other.id}`, { status: 'cancelled' })).status).toBe(200);
    expectError(await manager.patch(`/api/v1/deals/${other.id}`, { status: 'proposed' }), 422, 'unprocessable', ['status']);
    const admin = await server.signIn('admin');
    const audit = await auditOf(admin, 'deal', deal.id);
    expect(audit.map((e) => e.action)).toEqual(['update', 'update', 'update', 'create']);
    expect(audit[0]).toMatchObject({ before: { status: 'invoiced' }, after: { status: 'paid' } });
  });

  it('when finance reads deals, then it may; when it writes, then 403', async () => {
    const manager = await server.signIn('manager');
    const brand = await addBrand(manager);
    const finance = await server.signIn('finance');
    expect((await finance.get('/api/v1/deals')).status).toBe(200);
    expectError(await finance.post('/api/v1/deals', buildDeal(brand.id)), 403, 'forbidden');
    expectError(await finance.patch('/api/v1/deals/x', { notes: 'y' }), 403, 'forbidden');
  });
});
