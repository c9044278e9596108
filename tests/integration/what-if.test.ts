import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from './roster-kit';
import { settlementWorld, shareOf, type SettlementWorld } from './settlement-kit';

// Contract what-if (issue 16): the last closed periods recomputed under candidate terms by the same engine,
// from the inputs each statement was run with; with the terms it had, the answer is what was paid.

let world: SettlementWorld;
afterEach(() => world?.server.close());

const terms = { hostShare: { mode: 'flat', rateBp: 3000 }, deductCosts: true };

async function closedNovember() {
  world = await settlementWorld([terms]);
  const hostId = [...world.hosts.values()][0]!;
  await world.finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: 700, kind: 'samples', note: '' });
  await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
  const statements = (await world.finance.get('/api/v1/statements?period=2026-11')).body.items as { id: number; hostId: number; baseFen: number; netFen: number }[];
  const own = statements.find((s) => s.hostId === hostId)!;
  await world.finance.post(`/api/v1/statements/${own.id}/adjustments`, { amountFen: 250, reason: '补贴' });
  for (const s of statements) expect((await world.approver.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
  expect((await world.finance.post('/api/v1/periods/2026-11/close')).status).toBe(200);
  return { hostId, statement: (await world.finance.get(`/api/v1/statements/${own.id}`)).body as { id: number; baseFen: number; netFen: number } };
}

describe('contract what-if', () => {
  it('when the terms are the ones applied, then each closed period\'s what-if net is the net paid, to the fen', async () => {
    const { hostId, statement } = await closedNovember();
    const res = await world.admin.post(`/api/v1/hosts/${hostId}/what-if`, { terms, periods: 3 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.periods).toHaveLength(1);
    expect(res.body.periods[0]).toMatchObject({ period: '2026-11', statementId: statement.id, netFen: statement.netFen, whatIfNetFen: statement.netFen });
  });

  it('when other terms are tried, then the engine recomputes from the same base, and nothing is written', async () => {
    const { hostId, statement } = await closedNovember();
    const before = (await world.admin.get('/api/v1/audit-log?pageSize=1')).body.total;
    const res = await world.admin.post(`/api/v1/hosts/${hostId}/what-if`, { terms: { hostShare: { mode: 'flat', rateBp: 5000 }, deductCosts: true }, periods: 1 });
    expect(res.body.periods[0].whatIf).toMatchObject({ baseFen: statement.baseFen, shareFen: shareOf(statement.baseFen, 5000), payableFen: shareOf(statement.baseFen, 5000) + 250 });
    // Costs not deducted: the base grows by them.
    const gross = await world.admin.post(`/api/v1/hosts/${hostId}/what-if`, { terms: { hostShare: { mode: 'flat', rateBp: 3000 } }, periods: 1 });
    expect(gross.body.periods[0].whatIf.baseFen).toBe(statement.baseFen + 700);
    expect((await world.admin.get('/api/v1/audit-log?pageSize=1')).body.total).toBe(before);
  });

  it('when the terms are invalid, the host unknown, or the role may not read contracts, then a clear 4xx', async () => {
    const { hostId } = await closedNovember();
    expectError(await world.admin.post(`/api/v1/hosts/${hostId}/what-if`, { terms: { hostShare: { mode: 'flat', rateBp: 12000 } } }) as never, 400, 'invalid_request');
    expectError(await world.admin.post('/api/v1/hosts/999999/what-if', { terms }) as never, 404, 'not_found');
    const scheduler = await world.server.signIn('scheduler');
    expectError(await scheduler.post(`/api/v1/hosts/${hostId}/what-if`, { terms }) as never, 403, 'forbidden');
    const manager = await world.server.signIn('manager');
    expectError(await manager.post(`/api/v1/hosts/${hostId}/what-if`, { terms }) as never, 404, 'not_found');
  });
});
