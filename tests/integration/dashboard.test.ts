import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../server/domain/roles';
import { expectError } from './roster-kit';
import { count, hostPart, month, reportsWorld, type ReportsWorld } from './reports-kit';

// Issue 16 item 2 over HTTP: every figure of the dashboard against an independent count of the orders the
// test imported, and each role's sections exactly those SPEC section 11 lets it read.

let world: ReportsWorld;
beforeAll(async () => {
  world = await reportsWorld();
}, 120_000);
afterAll(() => world.server.close());

const sectionsOf: Record<Role, string[]> = {
  admin: ['money', 'sessions', 'contractsExpiring', 'qualificationsExpiring', 'unmatchedOrders', 'statementsAwaitingApproval', 'failedImports', 'reconciliation'],
  manager: ['money', 'sessions', 'contractsExpiring', 'qualificationsExpiring', 'unmatchedOrders', 'statementsAwaitingApproval', 'failedImports', 'reconciliation'],
  finance: ['money', 'sessions', 'contractsExpiring', 'qualificationsExpiring', 'unmatchedOrders', 'statementsAwaitingApproval', 'failedImports', 'reconciliation'],
  scheduler: ['sessions', 'qualificationsExpiring'],
  viewer: ['money', 'sessions', 'qualificationsExpiring', 'unmatchedOrders', 'statementsAwaitingApproval', 'failedImports', 'reconciliation'],
};
const always = ['today', 'period', 'previousPeriod', 'weekStart'];

describe('the dashboard', () => {
  it('when finance opens it, then this month and last month equal an independent count, and every other figure counts what the world holds', async () => {
    const res = await world.finance.get('/api/v1/dashboard');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { orders } = world;
    const december = count(orders, month('2026-12'));
    const november = count(orders, month('2026-11'));
    expect(november.gmvFen).toBeGreaterThan(0);
    expect(november.refunds).toBeGreaterThan(0);
    expect(december.settledCommissionFen).toBeGreaterThan(0);
    const change = (a: number, b: number) => Math.sign(a - b) * Math.round(Math.abs(a - b) * 10000 / b);
    expect(res.body).toMatchObject({
      today: '2026-12-05', period: '2026-12', previousPeriod: '2026-11', weekStart: '2026-11-30',
      money: { current: december, previous: november, change: { gmvBp: change(december.gmvFen, november.gmvFen), settledCommissionBp: change(december.settledCommissionFen, november.settledCommissionFen) } },
      sessions: { today: 1, thisWeek: 1, liveNow: 1, hostsLiveNow: 1 },
      contractsExpiring: 1, qualificationsExpiring: 1,
      unmatchedOrders: orders.filter((o) => o.accountId === null).length,
      failedImports: 1,
    });
    expect(res.body.unmatchedOrders).toBeGreaterThan(0);
    const drafts = (await world.finance.get('/api/v1/statements?period=2026-11&status=draft&pageSize=1')).body.total;
    expect(drafts).toBeGreaterThan(0);
    expect(res.body.statementsAwaitingApproval).toEqual([{ period: '2026-11', count: drafts }]);
  });

  it('when each role opens it, then it holds exactly the sections the role may read, and a manager counts only own hosts\' statements', async () => {
    for (const role of Object.keys(sectionsOf) as Role[]) {
      const client = role === 'manager' ? world.manager : await world.server.signIn(role);
      const res = await client.get('/api/v1/dashboard');
      expect(res.status).toBe(200);
      expect(Object.keys(res.body).sort(), role).toEqual([...always, ...sectionsOf[role]].sort());
    }
    const own = (await world.manager.get('/api/v1/dashboard')).body.statementsAwaitingApproval;
    const statements = (await world.finance.get('/api/v1/statements?period=2026-11&pageSize=200')).body.items as { hostId: number }[];
    expect(own).toEqual([{ period: '2026-11', count: statements.filter((s) => world.hosts.slice(0, 2).includes(s.hostId)).length }]);
    expect(own[0].count).toBeLessThan(statements.length);
    expect((await world.server.anonymous().get('/api/v1/dashboard')).status).toBe(401);
  });

  it('when the charts of November are read, then days, platforms and the top hosts add up to the independent counts', async () => {
    const res = await world.finance.get('/api/v1/dashboard/charts?period=2026-11');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { orders } = world;
    const sum = (rows: { gmvFen: number; settledCommissionFen: number }[]) => rows.reduce((t, r) => ({ gmvFen: t.gmvFen + r.gmvFen, settledCommissionFen: t.settledCommissionFen + r.settledCommissionFen }), { gmvFen: 0, settledCommissionFen: 0 });
    const november = count(orders, month('2026-11'));
    expect(sum(res.body.byDay)).toEqual({ gmvFen: november.gmvFen, settledCommissionFen: november.settledCommissionFen });
    for (const day of res.body.byDay) expect(day).toMatchObject({ gmvFen: count(orders, month(day.date)).gmvFen, estimatedCommissionFen: count(orders, month(day.date)).estimatedCommissionFen });
    expect(res.body.byDay.map((d: { date: string }) => d.date)).toEqual([...res.body.byDay.map((d: { date: string }) => d.date)].sort());
    for (const p of res.body.byPlatform) expect(p.gmvFen).toBe(count(orders.filter((o) => o.platform === p.platform), month('2026-11')).gmvFen);
    expect(res.body.byPlatform.map((p: { platform: string }) => p.platform).sort()).toEqual(['douyin', 'kuaishou']);
    expect(res.body.byHost.length).toBe(3);
    for (const h of res.body.byHost) {
      const own = count(orders.filter((o) => o.hosts.some((x) => x.hostId === h.hostId)), month('2026-11'), hostPart(h.hostId));
      expect(h).toMatchObject({ gmvFen: own.gmvFen, estimatedCommissionFen: own.estimatedCommissionFen, settledCommissionFen: own.settledCommissionFen, stageName: expect.stringMatching(/^报表主播/) });
    }
    const gmv = res.body.byHost.map((h: { gmvFen: number }) => h.gmvFen);
    expect(gmv).toEqual([...gmv].sort((a, b) => b - a));
  });

  it('when a role may not read money or the period is malformed, then 403 and 400', async () => {
    const scheduler = await world.server.signIn('scheduler');
    expectError(await scheduler.get('/api/v1/dashboard/charts'), 403, 'forbidden');
    expectError(await world.finance.get('/api/v1/dashboard/charts?period=2026-13'), 400, 'invalid_request', ['period']);
  });
});
