import { recordAudit } from '../../db/audit';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { lastDateOfPeriod, nextPeriod, periodOf, type Period } from '../../domain/periods';
import { formatInstant, localDateOf } from '../../domain/zones';
import { text } from '../../domain/text';
import { AppError } from '../../errors';
import { isPeriodClosed, lockPeriod, storedPeriods } from '../periods/periods.service';
import { currentSettings } from '../settings/settings.service';
import { periodTotals, statementsOfPeriod } from './statements.repo';

// Closing a period (SPEC section 8): once every statement is approved and the period's last day has
// passed in the agency time zone. From then on nothing booked in it changes (periods.assertPeriodOpen).

export function closePeriod(deps: AppDeps, actor: Actor, period: Period) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    if (isPeriodClosed(tx, period)) throw new AppError('period_locked', text(`Period ${period} is already closed`, `结算周期 ${period} 已关闭`));
    const now = deps.clock.now();
    const today = localDateOf(now, timezone);
    const problems = [];
    if (today <= lastDateOfPeriod(period)) {
      problems.push({ path: ['period'], message: text(`${period} has not ended: its last day is ${lastDateOfPeriod(period)} and today is ${today}`, `${period} 尚未结束：最后一天为 ${lastDateOfPeriod(period)}，今天是 ${today}`) });
    }
    const drafts = statementsOfPeriod(tx, period).filter((s) => s.status === 'draft');
    if (drafts.length) {
      problems.push({ path: ['statements'], statementIds: drafts.map((s) => s.id), message: text(`${drafts.length} statement(s) still draft: approve them first`, `还有 ${drafts.length} 张结算单为草稿：请先审批`) });
    }
    if (problems.length) throw new AppError('unprocessable', text(`Period ${period} cannot be closed yet`, `结算周期 ${period} 暂不能关闭`), problems);
    const row = lockPeriod(tx, period, actor.id, now);
    recordAudit(tx, { actor, at: now, action: 'close', entity: 'period', entityId: period, after: { period, status: 'closed' } });
    return { period, status: 'closed' as const, closedAt: formatInstant(now, timezone), closedBy: row.closedBy };
  });
}

const emptyCounts = () => ({ draft: 0, approved: 0, paid: 0 });

/**
 * The periods finance works in: every period with a statement or a lock, and the current one, newest
 * first, each open or closed with its statements counted by status and its money summed.
 */
export function listPeriods(deps: AppDeps) {
  const { timezone } = currentSettings(deps);
  const closed = new Map(storedPeriods(deps.db).filter((p) => p.status === 'closed').map((p) => [p.period, p]));
  const current = periodOf(deps.clock.now(), timezone);
  const rows = periodTotals(deps.db);
  const periods = [...new Set([current, ...closed.keys(), ...rows.map((r) => r.period)])].filter((p) => p <= nextPeriod(current)).sort().reverse();
  return {
    items: periods.map((period) => {
      const own = rows.filter((r) => r.period === period);
      const sum = (k: 'commissionFen' | 'pitFeesFen' | 'costsFen' | 'payableFen' | 'taxFen' | 'netFen' | 'agencyKeepsFen') => own.reduce((t, r) => t + Number(r[k] ?? 0), 0);
      const counts = emptyCounts();
      for (const r of own) counts[r.status] = r.n;
      const lock = closed.get(period);
      return {
        period, status: lock ? 'closed' as const : 'open' as const, closedAt: lock?.closedAt ? formatInstant(lock.closedAt, timezone) : null, closedBy: lock?.closedBy ?? null,
        statements: counts,
        totals: { commissionFen: sum('commissionFen'), pitFeesFen: sum('pitFeesFen'), costsFen: sum('costsFen'), payableFen: sum('payableFen'), taxFen: sum('taxFen'), netFen: sum('netFen'), agencyKeepsFen: sum('agencyKeepsFen') },
      };
    }),
  };
}
