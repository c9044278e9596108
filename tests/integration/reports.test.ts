import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from './roster-kit';
import { count, download, hostPart, reportsWorld, type Money, type Order, type ReportsWorld } from './reports-kit';
import { xlsxRows } from '../helpers/xlsx';

// Issue 16 item 3 over HTTP: each report's rows and totals against an independent count of the orders and
// statements the test made, the .xlsx read back, and a host's performance.

let world: ReportsWorld;
beforeAll(async () => {
  world = await reportsWorld();
}, 120_000);
afterAll(() => world.server.close());

const november = (at: string | null) => at !== null && at >= '2026-11-01' && at < '2026-12-01';
const money = (m: Money) => ({ orders: m.orders, gmvFen: m.gmvFen, estimatedCommissionFen: m.estimatedCommissionFen, settledCommissionFen: m.settledCommissionFen, refunds: m.refunds, refundsFen: m.refundsFen });
const onHost = (hostId: number) => (o: Order) => o.hosts.some((h) => h.hostId === hostId);

async function statementsOfNovember() {
  return (await world.finance.get('/api/v1/statements?period=2026-11&pageSize=200')).body.items as { hostId: number; payableFen: number; netFen: number }[];
}

describe('the reports', () => {
  it('when November is reported by platform, host, session, agent and brand, then every row and total equals the independent count', async () => {
    const { orders, hosts } = world;
    const all = count(orders, november);
    expect(all.refunds).toBeGreaterThan(0);
    const get = async (by: string) => {
      const res = await world.finance.get(`/api/v1/reports?by=${by}&from=2026-11-01&to=2026-11-30`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const platform = await get('platform');
    expect(platform.totals).toMatchObject({ ...money(all), payableFen: null });
    for (const r of platform.rows) expect(r).toMatchObject({ ...money(count(orders.filter((o) => o.platform === r.key), november)), link: { platform: r.key } });

    const statements = await statementsOfNovember();
    const host = await get('host');
    for (const id of hosts) {
      const row = host.rows.find((r: { key: string }) => r.key === String(id));
      const s = statements.find((x) => x.hostId === id);
      expect(row).toMatchObject({ ...money(count(orders.filter(onHost(id)), november, hostPart(id))), payableFen: s?.payableFen ?? 0, netFen: s?.netFen ?? 0, link: { hostId: String(id) } });
    }
    const withHosts = count(orders.filter((o) => o.hosts.length > 0), november);
    expect(host.totals).toMatchObject({ gmvFen: withHosts.gmvFen, settledCommissionFen: withHosts.settledCommissionFen, payableFen: statements.reduce((t, s) => t + s.payableFen, 0) });

    const agent = await get('agent');
    const managerRow = agent.rows.find((r: { key: string }) => r.key === String(world.manager.user.id));
    const ofManager = hosts.slice(0, 2).map((id) => count(orders.filter(onHost(id)), november, hostPart(id)));
    expect(managerRow.gmvFen).toBe(ofManager[0]!.gmvFen + ofManager[1]!.gmvFen);
    expect(agent.totals.gmvFen).toBe(host.totals.gmvFen);

    const session = await get('session');
    const shared = session.rows.find((r: { key: string }) => r.key === String(world.sharedSession));
    expect(shared).toMatchObject({ ...money(count(orders.filter((o) => o.sessionId === world.sharedSession), november)), label: expect.stringContaining('双十一预热') });
    expect(session.totals).toMatchObject(money(all));

    const brand = await get('brand');
    expect(brand.rows).toEqual([expect.objectContaining({ key: String(world.brandId), label: '报表品牌', gmvFen: shared.gmvFen })]);
  });

  it('when the report is exported, then the workbook has the user\'s language in its headers and the same rows and totals', async () => {
    const report = (await world.finance.get('/api/v1/reports?by=host&from=2026-11-01&to=2026-11-30')).body;
    for (const [lang, first, gmv] of [['zh-CN', '主播', 'GMV（元）'], ['en', 'Host', 'GMV (yuan)']] as const) {
      const res = await download(world.finance, `/api/v1/reports/export.xlsx?by=host&from=2026-11-01&to=2026-11-30`, lang);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toBe('attachment; filename="report-host-2026-11-01-2026-11-30.xlsx"');
      const [header, ...body] = await xlsxRows(res.bytes);
      expect(header![0]).toBe(first);
      const gmvColumn = header!.indexOf(gmv);
      expect(gmvColumn).toBeGreaterThan(0);
      expect(body.length).toBe(report.rows.length + 1);
      expect(body.slice(0, -1).map((r) => Math.round((r[gmvColumn] as number) * 100))).toEqual(report.rows.map((r: { gmvFen: number }) => r.gmvFen));
      expect(Math.round((body.at(-1)![gmvColumn] as number) * 100)).toBe(report.totals.gmvFen);
      const payable = header!.indexOf(lang === 'en' ? 'Host payouts payable (yuan)' : '主播应发（元）');
      expect(Math.round((body.at(-1)![payable] as number) * 100)).toBe(report.totals.payableFen);
    }
  });

  it('when a manager reads host payouts, then only own hosts\' statements count', async () => {
    const res = await world.manager.get('/api/v1/reports?by=host&from=2026-11-01&to=2026-11-30');
    const statements = await statementsOfNovember();
    const own = statements.filter((s) => world.hosts.slice(0, 2).includes(s.hostId));
    expect(res.body.totals.payableFen).toBe(own.reduce((t, s) => t + s.payableFen, 0));
    expect(res.body.totals.payableFen).toBeLessThan(statements.reduce((t, s) => t + s.payableFen, 0));
  });

  it('when a host\'s performance is read, then sessions, hours, GMV per hour, refund rate and statements follow from the same orders', async () => {
    const [hostA] = world.hosts;
    const res = await world.finance.get(`/api/v1/reports/hosts/${hostA}/performance?from=2026-10-01&to=2026-12-05`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const inRange = (at: string | null) => at !== null && at >= '2026-10-01' && at < '2026-12-06';
    const own = count(world.orders.filter(onHost(hostA!)), inRange, hostPart(hostA!));
    expect(res.body).toMatchObject({ sessions: 1, minutesLive: 480, money: money(own), gmvPerHourFen: Math.round(own.gmvFen / 8) });
    expect(res.body.refundRateBp).toBe(Math.round((own.refundsFen * 10000) / (own.gmvFen + own.refundsFen)));
    expect(res.body.months.map((m: { period: string }) => m.period)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(res.body.months.reduce((t: number, m: { gmvFen: number }) => t + m.gmvFen, 0)).toBe(own.gmvFen);
    const s = (await statementsOfNovember()).find((x) => x.hostId === hostA);
    expect(res.body.statements).toEqual([expect.objectContaining({ period: '2026-11', netFen: s!.netFen })]);
    const scheduler = await world.server.signIn('scheduler');
    expectError(await scheduler.get(`/api/v1/reports/hosts/${hostA}/performance?from=2026-11-01&to=2026-11-30`), 403, 'forbidden');
    expectError(await world.finance.get('/api/v1/reports/hosts/999999/performance?from=2026-11-01&to=2026-11-30'), 404, 'not_found');
  });

  it('when the range is backwards, too long or malformed, then 400 naming the field', async () => {
    expectError(await world.finance.get('/api/v1/reports?by=host&from=2026-11-30&to=2026-11-01'), 400, 'invalid_request', ['to']);
    expectError(await world.finance.get('/api/v1/reports?by=host&from=2025-01-01&to=2026-11-01'), 400, 'invalid_request', ['to']);
    expectError(await world.finance.get('/api/v1/reports?by=room&from=2026-11-01&to=2026-11-30'), 400, 'invalid_request', ['by']);
    expectError(await world.finance.get('/api/v1/reports?by=host&from=2026-02-30&to=2026-11-30'), 400, 'invalid_request', ['from']);
  });
});
