import type { Actor, AppDeps } from '../../deps';
import { dateRangeBounds, nextPeriod, periodBounds } from '../../domain/periods';
import { minutesBetween, perHourLive, refundRateBp, zeroMoney } from '../../domain/report-figures';
import { periodOf } from '../../domain/periods';
import type { DateRange, PerformanceView } from '../../shared/api/reports';
import { can } from '../../shared/permissions';
import { getHost } from '../hosts/hosts.service';
import { hostMoneyOf } from '../ledger/ledger.service';
import { completedSessionsOfHost } from '../sessions/sessions.service';
import { currentSettings } from '../settings/settings.service';
import { statementPayouts } from '../settlement/statements.service';

// A host's performance over a date range (issue 16): completed sessions and the time streamed (actual
// times where recorded, else planned, as the guarantee's live days count them), the host's part of the
// money, GMV per hour live, the refund rate, and the statements month by month.

function periodsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let p = from; p <= to; p = nextPeriod(p)) out.push(p);
  return out;
}

export function hostPerformance(deps: AppDeps, actor: Actor, hostId: number, q: DateRange): PerformanceView {
  const host = getHost(deps, hostId);
  const { timezone } = currentSettings(deps);
  const { start, end } = dateRangeBounds(q.from, q.to, timezone);
  const minutesByPeriod = new Map<string, number>();
  const sessions = completedSessionsOfHost(deps.db, hostId, start, end);
  for (const s of sessions) {
    const minutes = minutesBetween(s.actualStartAt ?? s.startsAt, s.actualEndAt ?? s.endsAt);
    const period = periodOf(s.startsAt, timezone);
    minutesByPeriod.set(period, (minutesByPeriod.get(period) ?? 0) + minutes);
  }
  const minutesLive = [...minutesByPeriod.values()].reduce((a, b) => a + b, 0);
  const money = { ...zeroMoney(), ...hostMoneyOf(deps.sqlite, hostId, start, end) };
  const periods = periodsBetween(q.from.slice(0, 7), q.to.slice(0, 7));
  const statements = can(actor.role, 'statements.read') ? statementPayouts(deps, actor, periods[0]!, periods.at(-1)!, [hostId]) : null;
  const months = periods.map((period) => {
    const bounds = periodBounds(period, timezone);
    const from = bounds.start < start ? start : bounds.start;
    const to = bounds.end > end ? end : bounds.end;
    const statement = statements?.find((s) => s.period === period);
    return {
      period, ...zeroMoney(), ...hostMoneyOf(deps.sqlite, hostId, from, to), minutesLive: minutesByPeriod.get(period) ?? 0,
      payableFen: statement?.payableFen ?? null, netFen: statement?.netFen ?? null,
    };
  });
  return {
    hostId, stageName: host.stageName, from: q.from, to: q.to, sessions: sessions.length, minutesLive, money,
    gmvPerHourFen: perHourLive(money.gmvFen, minutesLive), refundRateBp: refundRateBp(money.refundsFen, money.gmvFen + money.refundsFen),
    months,
    ...(statements && { statements: statements.map((s) => ({ period: s.period, status: s.status, payableFen: s.payableFen, netFen: s.netFen })) }),
  };
}
