import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { importFile } from './import-kit';
import { laborTax, ledgerOf, settlementWorld, shareOf, type SettlementWorld } from './settlement-kit';

// SPEC section 8 end to end over HTTP: run, adjust, approve (four eyes), pay, close; then a newer export
// refunds orders settled in the closed month, and the refund lands in the next period.

const terms = [
  { hostShare: { mode: 'flat', rateBp: 3000 } },
  { hostShare: { mode: 'flat', rateBp: 5000 }, deductCosts: true, tax: 'labor' },
  { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 2000 }, { fromFen: 10_000, rateBp: 4000 }] }, guarantee: { amountFen: 500_000, mode: 'max' }, tax: 'labor' },
];

let world: SettlementWorld;
afterEach(() => world?.server.close());

interface Statement { id: number; hostId: number; status: string; commissionFen: number; costsFen: number; baseFen: number; shareFen: number; guaranteeFen: number; adjustmentsFen: number; payableFen: number; taxFen: number; netFen: number; carryInFen: number; carryOutFen: number; agencyKeepsFen: number }

async function statementsOf(period: string): Promise<Statement[]> {
  const res = await world.finance.get(`/api/v1/statements?period=${period}&pageSize=200`);
  expect(res.status).toBe(200);
  return res.body.items as Statement[];
}

describe('the monthly settlement', () => {
  it('when finance runs a period, then each host\'s statement follows SPEC section 8 from the ledger, costs and terms', async () => {
    world = await settlementWorld(terms);
    const [a, b, c] = [...world.hosts.values()] as [number, number, number];
    const cost = await world.finance.post('/api/v1/costs', { hostId: b, period: '2026-11', amountFen: 1_000, kind: 'ad_spend', note: '投流 11 月' });
    expect(cost.status, JSON.stringify(cost.body)).toBe(201);

    const run = await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    expect(run.status, JSON.stringify(run.body)).toBe(201);
    expect(run.body.statements.map((s: { hostId: number }) => s.hostId).sort()).toEqual([a, b, c].sort());

    const byHost = new Map((await statementsOf('2026-11')).map((s) => [s.hostId, s]));
    const [sa, sb, sc] = [byHost.get(a)!, byHost.get(b)!, byHost.get(c)!];
    // A: flat 30%, no tax.
    expect(sa.commissionFen).toBe(await ledgerOf(world.finance, '2026-11', a));
    expect(sa).toMatchObject({ baseFen: sa.commissionFen, shareFen: shareOf(sa.commissionFen, 3000), taxFen: 0 });
    expect(sa.netFen).toBe(sa.payableFen);
    // B: costs deducted, 50%, labor tax.
    const baseB = (await ledgerOf(world.finance, '2026-11', b)) - 1_000;
    expect(sb).toMatchObject({ costsFen: 1_000, baseFen: baseB, shareFen: shareOf(baseB, 5000), payableFen: shareOf(baseB, 5000), taxFen: laborTax(shareOf(baseB, 5000)) });
    // C: marginal tiers against a 5,000-yuan guarantee (max), the whole month under contract.
    const baseC = await ledgerOf(world.finance, '2026-11', c);
    // Each tier's part summed exactly, then rounded once, half away from zero.
    const exactC = Number(((BigInt(Math.min(baseC, 10_000)) * 2000n + BigInt(Math.max(0, baseC - 10_000)) * 4000n) * 2n + 10000n) / 20000n);
    expect(sc).toMatchObject({ shareFen: exactC, guaranteeFen: 500_000, payableFen: Math.max(exactC, 500_000), taxFen: laborTax(500_000) });
    for (const s of [sa, sb, sc]) {
      expect(s.netFen).toBe(s.payableFen - s.taxFen);
      expect(s.agencyKeepsFen).toBe(s.baseFen - s.payableFen);
    }
    expect(run.body.totals.payableFen).toBe(sa.payableFen + sb.payableFen + sc.payableFen);

    const detail = await world.finance.get(`/api/v1/statements/${sc.id}`);
    expect(detail.body.lines.guarantee).toMatchObject({ activeDays: 30, daysInPeriod: 30, proratedFen: 500_000 });
    expect(detail.body.lines.share.hostShare.tiers.length).toBe(2);
    expect(detail.body.lines.tax.withholding).toMatchObject({ incomeFen: 500_000, deduction: 'percent20' });
    expect(detail.body.applied).toMatchObject({ version: 1, basis: 'last_active_day', date: '2026-11-30' });
  });

  it('when the period is adjusted, approved by another user, paid and closed, then a later refund lands in the next period and the closed statements stay byte for byte', async () => {
    world = await settlementWorld(terms);
    const { finance, approver } = world;
    expect((await finance.post('/api/v1/settlements/runs', { period: '2026-11' })).status).toBe(201);
    const [first, ...rest] = await statementsOf('2026-11');

    const adjusted = await finance.post(`/api/v1/statements/${first!.id}/adjustments`, { amountFen: 500, reason: '直播间布置补贴' });
    expect(adjusted.status, JSON.stringify(adjusted.body)).toBe(201);
    expect(adjusted.body.payableFen).toBe(first!.payableFen + 500);
    expect(adjusted.body.adjustments).toMatchObject([{ amountFen: 500, reason: '直播间布置补贴' }]);

    // A re-run keeps the adjustment and recomputes the draft in place.
    const rerun = await finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    expect(rerun.body.statements).toContainEqual({ id: first!.id, hostId: first!.hostId });
    expect((await finance.get(`/api/v1/statements/${first!.id}`)).body.adjustmentsFen).toBe(500);

    expect((await finance.post(`/api/v1/statements/${first!.id}/approve`)).status).toBe(403);
    for (const s of [first!, ...rest]) expect((await approver.post(`/api/v1/statements/${s.id}/approve`)).status).toBe(200);
    const paid = await finance.post(`/api/v1/statements/${first!.id}/pay`, { reference: 'ICBC-20261203-001', paidOn: '2026-12-03' });
    expect(paid.body).toMatchObject({ status: 'paid', paymentReference: 'ICBC-20261203-001', paidOn: '2026-12-03' });

    const closed = await finance.post('/api/v1/periods/2026-11/close');
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const before = await Promise.all([first!, ...rest].map(async (s) => (await finance.get(`/api/v1/statements/${s.id}`)).body));
    const novemberLedger = new Map(await Promise.all([...world.hosts.values()].map(async (h) => [h, await ledgerOf(finance, '2026-11', h)] as const)));

    expect((await importFile(finance, 'douyin-api.v2.json')).status).toBe('succeeded');
    const after = await Promise.all([first!, ...rest].map(async (s) => (await finance.get(`/api/v1/statements/${s.id}`)).body));
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
    for (const [h, sum] of novemberLedger) expect(await ledgerOf(finance, '2026-11', h)).toBe(sum);

    // What v2 changed in November (SPEC: 36,256 fen then, against 28,521 with v1) is booked in December.
    const december = await Promise.all([...world.hosts.values()].map((h) => ledgerOf(finance, '2026-12', h)));
    expect(december.reduce((t, x) => t + x, 0)).toBe(7_053 + 36_256 - 28_521);
    const run = await finance.post('/api/v1/settlements/runs', { period: '2026-12' });
    expect(run.status).toBe(201);
    const dec = await statementsOf('2026-12');
    for (const s of dec) expect(s.commissionFen).toBe(await ledgerOf(finance, '2026-12', s.hostId));
  });

  it('when a month\'s base is negative, then it carries into the next month\'s base', async () => {
    world = await settlementWorld([{ hostShare: { mode: 'flat', rateBp: 3000 }, deductCosts: true }]);
    const hostId = [...world.hosts.values()][0]!;
    const commission = await ledgerOf(world.finance, '2026-11', hostId);
    await world.finance.post('/api/v1/costs', { hostId, period: '2026-11', amountFen: commission + 50_000, kind: 'samples', note: '样品' });
    await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    const nov = (await statementsOf('2026-11')).find((s) => s.hostId === hostId)!;
    expect(nov).toMatchObject({ baseFen: -50_000, shareFen: 0, payableFen: 0, carryOutFen: -50_000 });
    await world.finance.post('/api/v1/settlements/runs', { period: '2026-12' });
    const dec = (await statementsOf('2026-12')).find((s) => s.hostId === hostId)!;
    const commissionDec = await ledgerOf(world.finance, '2026-12', hostId);
    expect(dec).toMatchObject({ carryInFen: -50_000, baseFen: commissionDec - 50_000 });
  });

  it('when a host has money but never had a contract, then the run lists the host as unsettled with the reason, and writes no statement', async () => {
    world = await settlementWorld([{ hostShare: { mode: 'flat', rateBp: 3000 } }]);
    const stranger = (await world.admin.post('/api/v1/hosts', { stageName: '路人', legalName: '路人甲', status: 'trial' })).body.id as number;
    expect((await world.finance.post('/api/v1/costs', { hostId: stranger, period: '2026-11', amountFen: 300, kind: 'other', note: '' })).status).toBe(201);
    const run = await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    expect(run.body.unsettled).toMatchObject([{ hostId: stranger, costsFen: 300 }]);
    expect(run.body.unsettled[0].reason).toMatch(/no active contract/);
    expect((await statementsOf('2026-11')).map((s) => s.hostId)).not.toContain(stranger);
  });

  it('when the period is exported, then the .xlsx read back has a summary whose totals equal the API\'s, and a sheet per statement', async () => {
    world = await settlementWorld(terms);
    await world.finance.post('/api/v1/settlements/runs', { period: '2026-11' });
    const statements = await statementsOf('2026-11');
    const res = await fetch(`${world.server.url}/api/v1/statements/export.xlsx?period=2026-11`, { headers: { cookie: world.finance.cookie! } });
    expect(res.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(workbook.worksheets.length).toBe(1 + statements.length);
    const summary = workbook.worksheets[0]!;
    const headers = (summary.getRow(1).values as unknown[]).slice(1);
    const netColumn = headers.indexOf('实发 Net') + 1;
    const last = summary.getRow(summary.rowCount);
    expect(Math.round(Number(last.getCell(netColumn).value) * 100)).toBe(statements.reduce((t, s) => t + s.netFen, 0));
    const csv = await fetch(`${world.server.url}/api/v1/statements/export.csv?period=2026-11`, { headers: { cookie: world.finance.cookie! } });
    expect((await csv.text()).split('\r\n').filter(Boolean).length).toBe(1 + statements.length);
  });
});
