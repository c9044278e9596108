import type Database from 'better-sqlite3';
import { startBenchApp } from '../lib/app-server';
import type { Benchmark, Metric } from '../lib/types';

const orderCount = Number(process.env.BENCH_ORDERS ?? 1_000_000);
const hostCount = Number(process.env.BENCH_ORDERS_HOSTS ?? 100);
const runs = 5;
const platforms = ['douyin', 'kuaishou', 'taobao', 'jd', 'wechat'];
const statuses = ['settled', 'settled', 'settled', 'received', 'paid', 'invalid'];
const yearStart = Date.parse('2025-12-01T00:00:00+08:00');
const year = 365 * 86_400_000;

/** The hosts, then the orders, raw through prepared statements in one transaction (the triggers fill order_hosts). */
function fillOrders(sqlite: Database.Database): number[] {
  const host = sqlite.prepare(`INSERT INTO hosts (stage_name, legal_name, status, categories, created_at, updated_at)
    VALUES (?, ?, 'active', '[]', ?, ?) RETURNING id`).pluck();
  const order = sqlite.prepare(`INSERT INTO orders (platform, row_key, account_identifiers, hosts, product, quantity, gmv_fen, commission_base_fen,
    commission_rate_bp, commission_rate_raw, estimated_commission_fen, settled_commission_fen, status, paid_at, settled_at, refunded_at, raw, digest,
    created_at, updated_at) VALUES (?, ?, '[]', ?, '压测商品', 1, ?, ?, 2000, '20%', ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?)`);
  const now = Date.now();
  return sqlite.transaction(() => {
    const hostIds = Array.from({ length: hostCount }, (_, i) => host.get(`压测主播${i}`, `压测${i}`, now, now) as number);
    for (let i = 0; i < orderCount; i += 1) {
      const first = hostIds[i % hostCount]!;
      // One order in ten is from a session of two hosts.
      const hosts = i % 10 === 9
        ? `[{"hostId":${first},"shareBp":6000},{"hostId":${hostIds[(i + 1) % hostCount]!},"shareBp":4000}]`
        : `[{"hostId":${first},"shareBp":10000}]`;
      const status = statuses[i % statuses.length]!;
      // Spread over a year, not in id order.
      const paidAt = yearStart + Math.floor(((i * 7919) % orderCount) / orderCount * year);
      const gmv = 1_000 + (i % 50_000);
      order.run(platforms[i % platforms.length], `bench-${i}`, hosts, gmv, gmv, gmv / 5, status === 'settled' ? gmv / 5 : 0, status, paidAt,
        status === 'settled' ? paidAt + 86_400_000 : null, status === 'invalid' ? paidAt + 3_600_000 : null, `d${i}`, now, now);
    }
    return hostIds;
  })();
}

/** The query GET /orders?hostId= ran before order_hosts: every order's hosts through json_each, once, for the record. */
function jsonEachPageMs(sqlite: Database.Database, hostId: number): number {
  const t0 = process.hrtime.bigint();
  sqlite.prepare(`SELECT * FROM orders WHERE EXISTS (SELECT 1 FROM json_each(orders.hosts) WHERE json_extract(value, '$.hostId') = ?)
    ORDER BY paid_at DESC, id DESC LIMIT 50`).all(hostId);
  sqlite.prepare(`SELECT count(*) FROM orders WHERE EXISTS (SELECT 1 FROM json_each(orders.hosts) WHERE json_extract(value, '$.hostId') = ?)`).get(hostId);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export const ordersByHost: Benchmark = {
  name: 'orders-by-host',
  baseline: 'sqlite',
  describe: `GET /orders?hostId= first page (50, with its total), and the list's subtotals for one month and for one host, over HTTP at ${orderCount.toLocaleString('en')} orders over ${hostCount} hosts (one in ten shared by two hosts), vs the same run's unfiltered GET /orders first page; median of ${runs} runs each (BENCH_ORDERS, BENCH_ORDERS_HOSTS to change the size)`,
  targets: { 'host page ms': '< 20 ms' },
  async run() {
    const app = await startBenchApp();
    try {
      const t0 = process.hrtime.bigint();
      const hostIds = fillOrders(app.deps.sqlite);
      const fillSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const headers = await app.signInAdmin();
      const hostId = hostIds[Math.floor(hostCount / 2)]!;
      const period = '2026-06';
      const timed = async (path: string) => {
        const start = process.hrtime.bigint();
        const res = await fetch(app.url + path, { headers });
        const body = await res.json() as { items: unknown[]; total: number };
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        if (res.status !== 200 || body.items.length !== Math.min(50, body.total)) throw new Error(`${path} answered ${res.status} with ${body.items.length} items`);
        return { ms, total: body.total };
      };
      const paths = { host: `/api/v1/orders?hostId=${hostId}&page=1&pageSize=50`, hostPeriod: `/api/v1/orders?hostId=${hostId}&period=${period}&page=1&pageSize=50`, all: '/api/v1/orders?page=1&pageSize=50' };
      // One warm-up each (statements prepared, pages cached), then the runs, interleaved.
      for (const p of Object.values(paths)) await timed(p);
      const ms = { host: [] as number[], hostPeriod: [] as number[], all: [] as number[] };
      let totals = { host: 0, hostPeriod: 0, all: 0 };
      for (let i = 0; i < runs; i += 1) {
        const host = await timed(paths.host);
        const hostPeriod = await timed(paths.hostPeriod);
        const all = await timed(paths.all);
        ms.host.push(host.ms); ms.hostPeriod.push(hostPeriod.ms); ms.all.push(all.ms);
        totals = { host: host.total, hostPeriod: hostPeriod.total, all: all.total };
      }
      const expected = app.deps.sqlite.prepare('SELECT count(*) FROM order_hosts WHERE host_id = ?').pluck().get(hostId) as number;
      if (totals.host !== expected || totals.all !== orderCount) throw new Error(`totals ${JSON.stringify(totals)}, expected ${expected} and ${orderCount}`);
      // The list's subtotals (issue 17 item 2), asked beside each page of a bounded filter: a month's, and one host's.
      const subtotalMs = async (path: string) => {
        const start = process.hrtime.bigint();
        const res = await fetch(app.url + path, { headers });
        const body = await res.json() as { orders: number };
        if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
        return { ms: Number(process.hrtime.bigint() - start) / 1e6, orders: body.orders };
      };
      // Unbounded subtotals are refused (422): the whole history is the reports' job.
      if ((await fetch(`${app.url}/api/v1/orders/subtotals`, { headers })).status !== 422) throw new Error('unbounded subtotals were not refused');
      const sub = { month: [] as number[], host: [] as number[] };
      for (let i = 0; i < runs; i += 1) {
        const month = await subtotalMs(`/api/v1/orders/subtotals?period=${period}`);
        const host = await subtotalMs(`/api/v1/orders/subtotals?hostId=${hostId}`);
        if (host.orders !== expected) throw new Error(`a host's subtotals counted ${host.orders}, expected ${expected}`);
        sub.month.push(month.ms); sub.host.push(host.ms);
      }
      const before = jsonEachPageMs(app.deps.sqlite, hostId);
      const metrics: Metric[] = [
        { key: 'host page ms', value: median(ms.host), unit: 'ms', better: 'lower' },
        { key: 'host + period page ms', value: median(ms.hostPeriod), unit: 'ms', better: 'lower' },
        { key: 'unfiltered page ms (same run)', value: median(ms.all), unit: 'ms', better: 'lower' },
        { key: 'host page ÷ unfiltered page', value: median(ms.host) / median(ms.all), unit: '×', better: 'lower' },
        { key: 'subtotals ms, one month', value: median(sub.month), unit: 'ms', better: 'lower' },
        { key: 'subtotals ms, one host', value: median(sub.host), unit: 'ms', better: 'lower' },
        { key: 'json_each page + count ms (the query before order_hosts, SQL only, one run)', value: before, unit: 'ms', better: 'lower' },
      ];
      const list = (xs: number[]) => xs.map((x) => x.toFixed(1)).join(', ');
      return {
        metrics,
        notes: `${orderCount} orders filled in ${fillSeconds.toFixed(0)} s; host ${hostId}: ${totals.host} orders, ${totals.hostPeriod} in ${period}; runs (ms): host ${list(ms.host)}; host + period ${list(ms.hostPeriod)}; unfiltered ${list(ms.all)}`,
      };
    } finally {
      await app.close();
    }
  },
};
