import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from './roster-kit';
import { moneyTables, settlementWorld, type SettlementWorld } from './settlement-kit';

// Bad input to the settlement: each refusal is its own clear 4xx in the error envelope, in the
// request's language, and changes nothing (the money tables are compared before and after).

let world: SettlementWorld;
afterEach(() => world?.server.close());

const flat = [{ hostShare: { mode: 'flat', rateBp: 3000 } }];

async function refused(send: () => Promise<{ status: number; body: unknown }>, status: number, code: string, path?: (string | number)[]) {
  const before = moneyTables(world);
  const res = await send();
  expectError(res as never, status, code, path);
  expect(moneyTables(world)).toBe(before);
  return res as { status: number; body: { error: { message: string } } };
}

async function draftStatement() {
  expect((await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' })).status).toBe(201);
  const items = (await world.finance.get('/api/v1/statements?period=2026-11')).body.items as { id: number; payableFen: number }[];
  return items[0]!;
}

describe('settlement refusals', () => {
  it('when the period is malformed or out of range, then 400 invalid_request', async () => {
    world = await settlementWorld(flat);
    for (const period of ['2026-13', '2026-1', '0000-01', '9999-12', 'november', '']) {
      await refused(() => world.finance.post('/api/v1/settlements/runs', { period }), 400, 'invalid_request', ['period']);
    }
    await refused(() => world.finance.post('/api/v1/periods/2026-00/close'), 400, 'invalid_request');
    expect((await world.finance.get('/api/v1/statements?period=0000-01')).status).toBe(400);
  });

  it('when someone who may not run settlements tries, then 403 and nothing is written', async () => {
    world = await settlementWorld(flat);
    for (const role of ['manager', 'scheduler', 'viewer'] as const) {
      const client = await world.server.signIn(role);
      await refused(() => client.post('/api/v1/settlements/runs', { period: '2026-11' }), 403, 'forbidden');
    }
  });

  it('when an adjustment has no reason, is zero, or would make the payable negative, then 400 or 422 and the draft is unchanged', async () => {
    world = await settlementWorld(flat);
    const s = await draftStatement();
    await refused(() => world.finance.post(`/api/v1/statements/${s.id}/adjustments`, { amountFen: 100 }), 400, 'invalid_request', ['reason']);
    await refused(() => world.finance.post(`/api/v1/statements/${s.id}/adjustments`, { amountFen: 100, reason: '   ' }), 400, 'invalid_request', ['reason']);
    await refused(() => world.finance.post(`/api/v1/statements/${s.id}/adjustments`, { amountFen: 0, reason: 'x' }), 400, 'invalid_request', ['amountFen']);
    await refused(() => world.finance.post(`/api/v1/statements/${s.id}/adjustments`, { amountFen: 1.5, reason: 'x' }), 400, 'invalid_request', ['amountFen']);
    const negative = await refused(() => world.finance.post(`/api/v1/statements/${s.id}/adjustments`, { amountFen: -(s.payableFen + 1), reason: '预支扣回' }, { 'accept-language': 'zh-CN' }), 422, 'unprocessable');
    expect(negative.body.error.message).toMatch(/应发/);
  });

  it('when the runner approves, someone approves twice, or an unapproved statement is paid, then 403 or 409', async () => {
    world = await settlementWorld(flat);
    const s = await draftStatement();
    await refused(() => world.finance.post(`/api/v1/statements/${s.id}/approve`), 403, 'forbidden');
    await refused(() => world.approver.post(`/api/v1/statements/${s.id}/pay`, { reference: 'R1', paidOn: '2026-12-03' }), 409, 'state_conflict');
    expect((await world.approver.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
    await refused(() => world.approver.post(`/api/v1/statements/${s.id}/approve`), 409, 'state_conflict');
    await refused(() => world.finance.post(`/api/v1/statements/${s.id}/adjustments`, { amountFen: 100, reason: 'late' }), 409, 'state_conflict');
    await refused(() => world.approver.post(`/api/v1/statements/${s.id}/pay`, { reference: '', paidOn: '2026-12-03' }), 400, 'invalid_request', ['reference']);
    await refused(() => world.approver.post(`/api/v1/statements/${s.id}/pay`, { reference: 'R1', paidOn: '2026-02-30' }), 400, 'invalid_request', ['paidOn']);
    await refused(() => world.approver.post('/api/v1/statements/999999/approve'), 404, 'not_found');
  });

  it('when a period has drafts or has not ended, then closing it is 422 saying what is missing', async () => {
    world = await settlementWorld(flat);
    await draftStatement();
    const drafts = await refused(() => world.finance.post('/api/v1/periods/2026-11/close'), 422, 'unprocessable', ['statements']);
    expect(drafts.body.error.message).toMatch(/cannot be closed/);
    await refused(() => world.finance.post('/api/v1/periods/2026-12/close'), 422, 'unprocessable', ['period']);
  });

  it('when the period is closed, then runs, closing again and costs in it are 409 period_locked, and an approved statement can still be paid', async () => {
    world = await settlementWorld(flat);
    const s = await draftStatement();
    expect((await world.approver.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
    for (const other of (await world.finance.get('/api/v1/statements?period=2026-11')).body.items as { id: number; status: string }[]) {
      if (other.status === 'draft') expect((await world.approver.post(`/api/v1/statements/${other.id}/approve`)).status).toBe(200);
    }
    expect((await world.finance.post('/api/v1/periods/2026-11/close')).status).toBe(200);
    await refused(() => world.finance.post('/api/v1/settlements/runs', { period: '2026-11' }), 409, 'period_locked');
    await refused(() => world.finance.post('/api/v1/periods/2026-11/close'), 409, 'period_locked');
    const hostId = [...world.hosts.values()][0]!;
    await refused(() => world.finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: 100, kind: 'other', note: '' }), 409, 'period_locked');
    // Paying records the transfer and changes no figure: hosts are often paid after the close.
    const paid = await world.approver.post(`/api/v1/statements/${s.id}/pay`, { reference: 'R1', paidOn: '2026-12-06' });
    expect(paid.body).toMatchObject({ status: 'paid', payableFen: s.payableFen });
  });

  it('when a manager asks for the runs, then 403: a run lists every host\'s amounts', async () => {
    world = await settlementWorld(flat);
    await draftStatement();
    const manager = await world.server.signIn('manager');
    await refused(() => manager.get('/api/v1/settlements/runs'), 403, 'forbidden');
    expect((await manager.get('/api/v1/statements?period=2026-11')).body.total).toBe(0);
  });
});
