import type { Actor, AppDeps } from '../../deps';
import { addDays } from '../../domain/dates';
import { datesOfPeriod, periodBounds, previousPeriod } from '../../domain/periods';
import { changeBp, foldMoney, mondayOf, topBy, zeroMoney, type MoneyTotals } from '../../domain/report-figures';
import { platforms, type Platform } from '../../domain/roster';
import { localDateOf, zonedWallTimeToInstant } from '../../domain/zones';
import type { ChartsView, DashboardView } from '../../shared/api/reports';
import { can } from '../../shared/permissions';
import { expiringQualificationCount } from '../compliance/compliance.service';
import { searchContracts } from '../contracts/contracts.service';
import { hostSummaries } from '../hosts/hosts.service';
import { failedImportCount } from '../imports/imports.service';
import { commissionMismatchCount, hostMoney, moneyFigures, unmatchedOrderCount } from '../ledger/ledger.service';
import { liveNow, sessionCountBetween } from '../sessions/sessions.service';
import { currentSettings } from '../settings/settings.service';
import { draftsAwaitingApproval } from '../settlement/statements.service';

// Where everyone starts the day (issue 16): this month against last, the schedule today, what expires,
// what waits. Each section is there only for a role that may read what it counts (SPEC section 11).

const EXPIRY_DAYS = 30;

const startOf = (date: string, tz: string) => zonedWallTimeToInstant(`${date} 00:00`, tz);

function monthMoney(deps: AppDeps, period: string, tz: string) {
  const previous = previousPeriod(period);
  const from = periodBounds(previous, tz).start;
  const { start: split, end: to } = periodBounds(period, tz);
  const folded = foldMoney(moneyFigures(deps.sqlite, { dimension: 'none', bounds: [from, split, to] }), (i) => (i === 0 ? 'previous' : 'current'));
  const current = folded.get('current') ?? zeroMoney();
  const before = folded.get('previous') ?? zeroMoney();
  return {
    current, previous: before,
    change: {
      gmvBp: changeBp(current.gmvFen, before.gmvFen),
      estimatedCommissionBp: changeBp(current.estimatedCommissionFen, before.estimatedCommissionFen),
      settledCommissionBp: changeBp(current.settledCommissionFen, before.settledCommissionFen),
    },
  };
}

/** Last month, the one finance reconciles: its orders whose reported commission is off base x rate. */
function reconciliationSection(deps: AppDeps, period: string, tz: string) {
  const { start, end } = periodBounds(period, tz);
  return { period, commissionMismatches: commissionMismatchCount(deps.sqlite, start, end) };
}

function sessionsSection(deps: AppDeps, today: string, weekStart: string, tz: string) {
  const live = liveNow(deps.db, deps.clock.now());
  return {
    today: sessionCountBetween(deps.db, startOf(today, tz), startOf(addDays(today, 1), tz)),
    thisWeek: sessionCountBetween(deps.db, startOf(weekStart, tz), startOf(addDays(weekStart, 7), tz)),
    liveNow: live.sessions, hostsLiveNow: live.hosts,
  };
}

export function dashboardOf(deps: AppDeps, actor: Actor): DashboardView {
  const { timezone } = currentSettings(deps);
  const today = localDateOf(deps.clock.now(), timezone);
  const period = today.slice(0, 7);
  const weekStart = mondayOf(today);
  const may = (p: Parameters<typeof can>[1]) => can(actor.role, p);
  return {
    today, period, previousPeriod: previousPeriod(period), weekStart,
    ...(may('reports.read') && { money: monthMoney(deps, period, timezone) }),
    ...(may('sessions.read') && { sessions: sessionsSection(deps, today, weekStart, timezone) }),
    ...(may('contracts.read') && { contractsExpiring: searchContracts(deps, { expiringWithinDays: EXPIRY_DAYS, page: 1, pageSize: 1 }).total }),
    ...(may('hosts.read') && { qualificationsExpiring: expiringQualificationCount(deps, actor, EXPIRY_DAYS) }),
    ...(may('orders.read') && { unmatchedOrders: unmatchedOrderCount(deps.sqlite), failedImports: failedImportCount(deps) }),
    ...(may('reconciliation.read') && { reconciliation: reconciliationSection(deps, previousPeriod(period), timezone) }),
    ...(may('statements.read') && { statementsAwaitingApproval: draftsAwaitingApproval(deps, actor).map((r) => ({ period: r.period, count: r.n })) }),
  };
}

const chartMoney = (m: MoneyTotals) => ({ gmvFen: m.gmvFen, estimatedCommissionFen: m.estimatedCommissionFen, settledCommissionFen: m.settledCommissionFen });

/** GMV and commission of a month by agency day, by platform, and for its ten hosts with the most GMV. */
export function dashboardCharts(deps: AppDeps, period: string | undefined): ChartsView {
  const { timezone } = currentSettings(deps);
  const month = period ?? localDateOf(deps.clock.now(), timezone).slice(0, 7);
  const { start: from, end: to } = periodBounds(month, timezone);
  const days = datesOfPeriod(month);
  const figures = moneyFigures(deps.sqlite, { dimension: 'platform', bounds: [...days.map((d) => startOf(d, timezone)), to] });
  const byDay = foldMoney(figures, (i) => days[i]!);
  const byPlatform = foldMoney(figures, (_i, key) => key as Platform);
  const hosts = [...hostMoney(deps.sqlite, from, to)].map(([key, m]) => ({ key, ...m }));
  const top = topBy(hosts, 10, (h) => h.gmvFen);
  const names = hostSummaries(deps.db, top.map((h) => h.key));
  return {
    period: month,
    byDay: [...byDay].map(([date, m]) => ({ date, ...chartMoney(m) })).sort((a, b) => a.date.localeCompare(b.date)),
    byPlatform: platforms.filter((p) => byPlatform.has(p)).map((platform) => ({ platform, ...chartMoney(byPlatform.get(platform)!) })),
    byHost: top.map((h) => ({ hostId: h.key, stageName: names.get(h.key)?.stageName ?? `#${h.key}`, ...chartMoney(h) })),
  };
}
