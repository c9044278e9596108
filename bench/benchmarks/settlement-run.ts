import pino from 'pino';
import { composeDeps } from '../../server/compose';
import type { Actor, AppDeps } from '../../server/deps';
import { readEnv } from '../../server/env';
import { createAccount } from '../../server/modules/accounts/accounts.service';
import { createContract } from '../../server/modules/contracts/contracts.service';
import { createCost } from '../../server/modules/costs/costs.service';
import { createBrand } from '../../server/modules/brands/brands.service';
import { createDeal } from '../../server/modules/deals/deals.service';
import { createHost } from '../../server/modules/hosts/hosts.service';
import { createSession } from '../../server/modules/sessions/sessions.service';
import { runSettlement } from '../../server/modules/settlement/settlement.service';
import { createUser } from '../../server/modules/users/users.service';
import { contractCreate } from '../../server/shared/api/contracts';
import { dealCreate } from '../../server/shared/api/deals';
import { hostCreate } from '../../server/shared/api/hosts';
import { sessionCreate } from '../../server/shared/api/sessions';
import { buildAccount, buildHost } from '../../tests/factories/roster';
import { buildUser } from '../../tests/factories/users';
import { sampleRss } from '../lib/memory';
import { tempDb, type TempDb } from '../lib/temp-db';
import type { Benchmark, Metric } from '../lib/types';

const hostCount = Number(process.env.BENCH_SETTLEMENT_HOSTS ?? 1_000);
const entryCount = Number(process.env.BENCH_SETTLEMENT_ENTRIES ?? 1_000_000);
const period = '2026-11';
const settledAt = Date.parse('2026-11-15T04:00:00Z');

/** 1,000 hosts under contract (three kinds of terms), a deal with a pit fee and a cost each, through the services. */
export async function fillRoster(deps: AppDeps): Promise<{ actor: Actor; hostIds: number[] }> {
  const user = await createUser(deps, null, buildUser({ role: 'finance' }));
  const actor: Actor = { ...user, via: 'session' };
  const brand = createBrand(deps, actor, { name: '压测品牌', contact: '', notes: '' });
  const terms = [
    { hostShare: { mode: 'flat', rateBp: 3000 }, includePitFees: true, deductCosts: true },
    { hostShare: { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 2000 }, { fromFen: 1_000_000, rateBp: 4000 }] }, tax: 'labor' },
    { hostShare: { mode: 'flat', rateBp: 5000 }, guarantee: { amountFen: 500_000, mode: 'max', minLiveDays: 10, minMinutesPerDay: 60 }, tax: 'labor' },
  ];
  const hostIds: number[] = [];
  for (let i = 0; i < hostCount; i += 1) {
    const host = createHost(deps, actor, hostCreate.parse(buildHost({ status: 'trial' })));
    const account = createAccount(deps, actor, host.id, buildAccount());
    createContract(deps, actor, contractCreate.parse({ hostId: host.id, startDate: '2026-01-01', endDate: '2026-12-31', status: 'active', terms: terms[i % terms.length] }));
    const start = Date.parse('2026-11-10T12:00:00Z') + (i % 15) * 86_400_000;
    const session = createSession(deps, actor, sessionCreate.parse({
      accountId: account.id, hosts: [{ hostId: host.id, role: 'main', shareBp: 10000 }],
      startsAt: new Date(start).toISOString(), endsAt: new Date(start + 2 * 3_600_000).toISOString(), status: 'completed',
    }));
    createDeal(deps, actor, dealCreate.parse({ brandId: brand.id, sessionIds: [session.id], pitFeeFen: 100_000 + i, status: 'confirmed' }));
    createCost(deps, actor, { hostId: host.id, period, amountFen: 10_000 + i, kind: 'ad_spend', note: '投流' });
    hostIds.push(host.id);
  }
  return { actor, hostIds };
}

/** The ledger: one order per two entries (a settlement and a partial refund), raw, in one transaction. */
export function fillLedger(db: TempDb, hostIds: number[]): void {
  const { sqlite } = db;
  const order = sqlite.prepare(`INSERT INTO orders (platform, row_key, account_identifiers, hosts, product, quantity, gmv_fen, commission_base_fen,
    commission_rate_bp, commission_rate_raw, estimated_commission_fen, settled_commission_fen, status, paid_at, settled_at, raw, digest, created_at, updated_at)
    VALUES ('douyin', ?, '[]', ?, 'p', 1, 10000, 10000, 2000, '20%', 2000, 2000, 'settled', ?, ?, '{}', ?, ?, ?)`);
  const entry = sqlite.prepare('INSERT INTO ledger_entries (order_id, host_id, amount_fen, event_at, booking_period, created_at) VALUES (?, ?, ?, ?, ?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < entryCount / 2; i += 1) {
      const hostId = hostIds[i % hostIds.length]!;
      const id = Number(order.run(`bench-${i}`, `[{"hostId":${hostId},"shareBp":10000}]`, settledAt, settledAt, `d${i}`, settledAt, settledAt).lastInsertRowid);
      entry.run(id, hostId, 2000 + (i % 97), settledAt, period, settledAt);
      entry.run(id, hostId, -(i % 13), settledAt, period, settledAt);
    }
  })();
}

/** The floor: the same entries summed by host in one raw SQL aggregate through better-sqlite3. */
function baselineMs(db: TempDb): { ms: number; hosts: number } {
  const t0 = process.hrtime.bigint();
  const rows = db.sqlite.prepare('SELECT host_id, sum(amount_fen), count(*) FROM ledger_entries WHERE booking_period = ? GROUP BY host_id').all(period);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, hosts: rows.length };
}

export const settlementRun: Benchmark = {
  name: 'settlement-run',
  baseline: 'sqlite',
  describe: `The monthly settlement of ${hostCount.toLocaleString('en')} hosts with ${entryCount.toLocaleString('en')} ledger entries, a pit fee and a cost each in one period (runSettlement, one transaction) vs one raw SQL aggregate of the same entries grouped by host`,
  targets: { 'ratio to baseline': '≤ 2×', 'peak RSS': '< 400 MB' },
  async run() {
    const db = tempDb({ migrate: true });
    try {
      const env = readEnv({ NODE_ENV: 'production', DATABASE_PATH: db.file, LOG_LEVEL: 'silent', CLIENT_DIST: './dist/client' });
      const deps = composeDeps({ db: db.db, sqlite: db.sqlite, env, logger: pino({ level: 'silent' }), clock: { now: () => new Date('2026-12-05T04:00:00Z') } });
      const { actor, hostIds } = await fillRoster(deps);
      fillLedger(db, hostIds);
      const floor = [baselineMs(db), baselineMs(db), baselineMs(db)].sort((a, b) => a.ms - b.ms)[1]!;
      const memory = sampleRss();
      const t0 = process.hrtime.bigint();
      const run = runSettlement(deps, actor, period);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const peak = memory();
      if (run.statements.length !== hostIds.length || floor.hosts !== hostIds.length) throw new Error(`settled ${run.statements.length} of ${hostIds.length} hosts`);
      const metrics: Metric[] = [
        { key: 'run ms', value: ms, unit: 'ms', better: 'lower' },
        { key: 'baseline ms (raw aggregate by host)', value: floor.ms, unit: 'ms', better: 'lower' },
        { key: 'ratio to baseline', value: ms / floor.ms, unit: '×', better: 'lower' },
        { key: 'peak RSS', value: peak.peakRssMb, unit: 'MB', better: 'lower' },
      ];
      return { metrics, notes: `${run.statements.length} statements, ${entryCount} entries; run ${ms.toFixed(0)} ms, aggregate ${floor.ms.toFixed(0)} ms (median of 3)` };
    } finally {
      db.close();
    }
  },
};
