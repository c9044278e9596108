import type { Actor, AppDeps } from '../../deps';
import { dateRangeBounds } from '../../domain/periods';
import { addInto, foldMoney, moneyKeys, zeroMoney, type MoneyTotals } from '../../domain/report-figures';
import { formatInstant } from '../../domain/zones';
import type { ReportQuery, ReportView } from '../../shared/api/reports';
import { brandNames } from '../brands/brands.service';
import { brandsOfSessions } from '../deals/deals.service';
import { hostSummaries } from '../hosts/hosts.service';
import { hostMoney, moneyFigures } from '../ledger/ledger.service';
import { sessionSummaries } from '../sessions/sessions.service';
import { currentSettings } from '../settings/settings.service';
import { statementPayouts } from '../settlement/statements.service';
import { namesOf } from '../users/users.service';

// The reports (issue 16): a date range's money by host, platform, session, brand or agent, counted as
// SPEC section 9 counts it, with the host payouts of the statements of the periods the range touches.

type Row = ReportView['rows'][number];
type Payout = { payableFen: number; netFen: number };

const NONE = 'none';

const row = (key: string, label: string, m: MoneyTotals, link: Record<string, string>, payout: Payout | null = null): Row =>
  ({ key, label, ...m, payableFen: payout?.payableFen ?? null, netFen: payout?.netFen ?? null, link });

function payoutsByHost(deps: AppDeps, actor: Actor, q: ReportQuery): Map<number, Payout> {
  const out = new Map<number, Payout>();
  for (const s of statementPayouts(deps, actor, q.from.slice(0, 7), q.to.slice(0, 7))) {
    const p = out.get(s.hostId) ?? { payableFen: 0, netFen: 0 };
    out.set(s.hostId, { payableFen: p.payableFen + s.payableFen, netFen: p.netFen + s.netFen });
  }
  return out;
}

function byHost(deps: AppDeps, actor: Actor, q: ReportQuery, start: Date, end: Date): Row[] {
  const money = hostMoney(deps.sqlite, start, end);
  const payouts = payoutsByHost(deps, actor, q);
  const ids = [...new Set([...money.keys(), ...payouts.keys()])];
  const hosts = hostSummaries(deps.db, ids);
  return ids.map((id) => row(String(id), hosts.get(id)?.stageName ?? `#${id}`, { ...zeroMoney(), ...money.get(id) }, { hostId: String(id) }, payouts.get(id) ?? { payableFen: 0, netFen: 0 }));
}

function byAgent(deps: AppDeps, actor: Actor, q: ReportQuery, start: Date, end: Date): Row[] {
  const hostRows = byHost(deps, actor, q, start, end);
  const hosts = hostSummaries(deps.db, hostRows.map((r) => Number(r.key)));
  const agents = new Map<string, { money: MoneyTotals; payout: Payout }>();
  for (const r of hostRows) {
    const agent = String(hosts.get(Number(r.key))?.agentId ?? NONE);
    const a = agents.get(agent) ?? { money: zeroMoney(), payout: { payableFen: 0, netFen: 0 } };
    addInto(a.money, r, moneyKeys);
    addInto(a.payout, { payableFen: r.payableFen ?? 0, netFen: r.netFen ?? 0 }, ['payableFen', 'netFen']);
    agents.set(agent, a);
  }
  const names = namesOf(deps.db, [...agents.keys()].filter((k) => k !== NONE).map(Number));
  return [...agents].map(([key, a]) => row(key, key === NONE ? '' : names.get(Number(key)) ?? `#${key}`, a.money, key === NONE ? {} : { agentId: key }, a.payout));
}

function bySession(deps: AppDeps, start: Date, end: Date): Map<string, MoneyTotals> {
  return foldMoney(moneyFigures(deps.sqlite, { dimension: 'session', bounds: [start, end] }), (_i, key) => (key === null ? NONE : String(key)));
}

function sessionRows(deps: AppDeps, start: Date, end: Date, tz: string): Row[] {
  const money = bySession(deps, start, end);
  const sessions = sessionSummaries(deps.db, [...money.keys()].filter((k) => k !== NONE).map(Number));
  return [...money].map(([key, m]) => {
    const s = sessions.get(Number(key));
    const label = s ? `${zonedDate(s.startsAt, tz)} ${s.title}`.trim() : key === NONE ? '' : `#${key}`;
    return row(key, label, m, key === NONE ? {} : { sessionId: key });
  });
}

const zonedDate = (at: Date, tz: string) => formatInstant(at, tz).slice(0, 16).replace('T', ' ');

/** A session selling several brands counts for each of them: the brand rows may add up to more than the total. */
function brandRows(deps: AppDeps, start: Date, end: Date): { rows: Row[]; total: MoneyTotals } {
  const money = bySession(deps, start, end);
  const brandsOf = brandsOfSessions(deps.db, [...money.keys()].filter((k) => k !== NONE).map(Number));
  const brands = new Map<number, MoneyTotals>();
  const total = zeroMoney();
  for (const [session, m] of money) {
    const list = brandsOf.get(Number(session)) ?? [];
    if (list.length) addInto(total, m, moneyKeys);
    for (const b of list) addInto(brands.get(b) ?? brands.set(b, zeroMoney()).get(b)!, m, moneyKeys);
  }
  const names = brandNames(deps.db, [...brands.keys()]);
  return { rows: [...brands].map(([id, m]) => row(String(id), names.get(id) ?? `#${id}`, m, { brandId: String(id) })), total };
}

function platformRows(deps: AppDeps, start: Date, end: Date): Row[] {
  const money = foldMoney(moneyFigures(deps.sqlite, { dimension: 'platform', bounds: [start, end] }), (_i, key) => String(key));
  return [...money].map(([key, m]) => row(key, key, m, { platform: key }));
}

function totalsOf(rows: Row[], withPayouts: boolean): ReportView['totals'] {
  const money = rows.reduce((t, r) => addInto(t, r, moneyKeys), zeroMoney());
  const sum = (k: 'payableFen' | 'netFen') => (withPayouts ? rows.reduce((t, r) => t + (r[k] ?? 0), 0) : null);
  return { ...money, payableFen: sum('payableFen'), netFen: sum('netFen') };
}

export function reportOf(deps: AppDeps, actor: Actor, q: ReportQuery): ReportView {
  const { timezone } = currentSettings(deps);
  const { start, end } = dateRangeBounds(q.from, q.to, timezone);
  const head = { by: q.by, from: q.from, to: q.to, fromPeriod: q.from.slice(0, 7), toPeriod: q.to.slice(0, 7) };
  if (q.by === 'brand') {
    const { rows, total } = brandRows(deps, start, end);
    return { ...head, rows, totals: { ...total, payableFen: null, netFen: null } };
  }
  const rows = q.by === 'host' ? byHost(deps, actor, q, start, end) : q.by === 'agent' ? byAgent(deps, actor, q, start, end)
    : q.by === 'session' ? sessionRows(deps, start, end, timezone) : platformRows(deps, start, end);
  return { ...head, rows: rows.sort((a, b) => b.gmvFen - a.gmvFen || a.key.localeCompare(b.key)), totals: totalsOf(rows, q.by === 'host' || q.by === 'agent') };
}
