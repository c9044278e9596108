import type Database from 'better-sqlite3';
import { startBenchApp } from '../lib/app-server';
import type { Benchmark, Metric } from '../lib/types';

// Issue 16 item 6: the demo agency scaled to 1,000,000 orders over 12 months and 1,000 hosts; the dashboard's
// API calls and the reports' month-by-host query over HTTP, each against one raw SQL aggregate over the same
// orders through better-sqlite3 in the same process (the median of several of each).

const orderCount = Number(process.env.BENCH_REPORT_ORDERS ?? 1_000_000);
const hostCount = Number(process.env.BENCH_REPORT_HOSTS ?? 1_000);
const from = Date.parse('2025-12-01T00:00:00+08:00');
const to = Date.parse('2026-12-01T00:00:00+08:00');
const now = new Date('2026-11-28T04:00:00Z');
const november = { start: Date.parse('2026-11-01T00:00:00+08:00'), end: to };
const repeats = 7;
const platforms = ['douyin', 'kuaishou', 'taobao', 'jd', 'wechat'] as const;
const day = 86_400_000;

/** A raw row about the size of a Douyin export's 47 cells, as the demo's orders keep them. */
const rawOf = (i: number) => JSON.stringify([`69${String(i).padStart(17, '0')}\t`, '3000000123\t', '玻尿酸补水面膜', '主播', 'dy123', '59.90', '20.00%', '11.98',
  '59.90', '11.98', '订单结算', '-', '2026-11-11 20:00:00', '2026-11-14 20:00:00', '2026-11-18 20:00:00', '抖音', '-', '-', '272308913\t', '趣白', '1',
  ...Array(22).fill('-'), '抖音', '-', '直播', '普通订单']);

/** Hosts with an account each, 12 months of orders (one in fifty shared by two hosts 60/40): raw, one transaction. */
function fill(sqlite: Database.Database): void {
  const at = now.getTime();
  const host = sqlite.prepare("INSERT INTO hosts (stage_name, legal_name, status, categories, created_at, updated_at) VALUES (?, ?, 'active', '[]', ?, ?)");
  const account = sqlite.prepare('INSERT INTO platform_accounts (host_id, platform, created_at, updated_at) VALUES (?, ?, ?, ?)');
  const order = sqlite.prepare(`INSERT INTO orders (platform, row_key, account_identifiers, account_id, hosts, product, quantity, gmv_fen, commission_base_fen,
    commission_rate_bp, commission_rate_raw, estimated_commission_fen, settled_commission_fen, status, paid_at, settled_at, refunded_at, raw, digest, created_at, updated_at)
    VALUES (?, ?, '[]', ?, ?, '玻尿酸补水面膜', 1, ?, ?, 2000, '20.00%', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    for (let h = 1; h <= hostCount; h += 1) {
      host.run(`主播${h}`, `张${h}`, at, at);
      account.run(h, platforms[h % platforms.length], at, at);
    }
    for (let i = 0; i < orderCount; i += 1) {
      const h = (i % hostCount) + 1;
      const hosts = i % 50 === 0 ? `[{"hostId":${h},"shareBp":6000},{"hostId":${(h % hostCount) + 1},"shareBp":4000}]` : `[{"hostId":${h},"shareBp":10000}]`;
      const paidAt = from + Math.floor(((to - from) * i) / orderCount);
      const gmv = 990 + ((i * 7_919) % 59_000);
      const kind = i % 10;
      const settled = kind < 6 && paidAt + 7 * day < now.getTime();
      const status = kind === 9 ? 'invalid' : settled ? 'settled' : 'paid';
      order.run(platforms[h % platforms.length], `bench-${i}`, h, hosts, gmv, gmv, Math.round(gmv / 5), settled ? Math.round(gmv / 5) : 0, status, paidAt,
        settled ? paidAt + 7 * day : null, kind === 9 ? paidAt + 2 * day : null, rawOf(i), `d${i}`, at, at);
    }
  })();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeSql(run: () => unknown): number {
  return median(Array.from({ length: repeats }, () => {
    const t0 = process.hrtime.bigint();
    run();
    return Number(process.hrtime.bigint() - t0) / 1e6;
  }));
}

async function timeGet(url: string, headers: Record<string, string>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i <= repeats; i += 1) {
    const t0 = process.hrtime.bigint();
    const res = await fetch(url, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${body.slice(0, 200)}`);
    if (i > 0) times.push(Number(process.hrtime.bigint() - t0) / 1e6); // the first warms the statements' caches
  }
  return median(times);
}

export const dashboardReports: Benchmark = {
  name: 'dashboard-reports',
  baseline: 'sqlite',
  describe: `${orderCount.toLocaleString('en')} orders over 12 months, ${hostCount.toLocaleString('en')} hosts: GET /dashboard, GET /dashboard/charts and GET /reports?by=host for a month over HTTP, each against one raw SQL aggregate over the same month's orders (median of ${repeats} each)`,
  targets: { 'dashboard ms': '< 300 ms', 'dashboard ratio': '≤ 3×', 'charts ms': '< 300 ms', 'charts ratio': '≤ 3×', 'month by host ms': '< 300 ms', 'month by host ratio': '≤ 3×' },
  async run() {
    const app = await startBenchApp({ clock: { now: () => now } });
    try {
      const t0 = Date.now();
      fill(app.deps.sqlite);
      const fillSeconds = (Date.now() - t0) / 1000;
      const headers = await app.signInAdmin();
      const sqlite = app.deps.sqlite;
      const monthOfOrders = sqlite.prepare("SELECT count(*), sum(gmv_fen), sum(estimated_commission_fen) FROM orders WHERE paid_at >= ? AND paid_at < ? AND status <> 'invalid'");
      const monthByHost = sqlite.prepare("SELECT host_id, count(*), sum(gmv_part_fen) FROM order_hosts WHERE paid_at >= ? AND paid_at < ? AND status <> 'invalid' GROUP BY host_id");
      const ordersBaseline = timeSql(() => monthOfOrders.get(november.start, november.end));
      const hostsBaseline = timeSql(() => monthByHost.all(november.start, november.end));
      const dashboard = await timeGet(`${app.url}/api/v1/dashboard`, headers);
      const charts = await timeGet(`${app.url}/api/v1/dashboard/charts?period=2026-11`, headers);
      const byHost = await timeGet(`${app.url}/api/v1/reports?by=host&from=2026-11-01&to=2026-11-30`, headers);
      const metrics: Metric[] = [
        { key: 'dashboard ms', value: dashboard, unit: 'ms', better: 'lower' },
        { key: 'dashboard ratio', value: dashboard / ordersBaseline, unit: '×', better: 'lower' },
        { key: 'charts ms', value: charts, unit: 'ms', better: 'lower' },
        { key: 'charts ratio', value: charts / ordersBaseline, unit: '×', better: 'lower' },
        { key: 'month by host ms', value: byHost, unit: 'ms', better: 'lower' },
        { key: 'month by host ratio', value: byHost / hostsBaseline, unit: '×', better: 'lower' },
        { key: 'baseline ms (month of orders)', value: ordersBaseline, unit: 'ms', better: 'lower' },
        { key: 'baseline ms (month by host)', value: hostsBaseline, unit: 'ms', better: 'lower' },
      ];
      return { metrics, notes: `filled in ${fillSeconds.toFixed(0)} s; dashboard ${dashboard.toFixed(1)} ms, charts ${charts.toFixed(1)} ms, month by host ${byHost.toFixed(1)} ms; baselines ${ordersBaseline.toFixed(1)} / ${hostsBaseline.toFixed(1)} ms` };
    } finally {
      await app.close();
    }
  },
};
