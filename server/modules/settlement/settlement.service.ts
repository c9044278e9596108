import { recordAudit } from '../../db/audit';
import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import type { Period } from '../../domain/periods';
import { formatInstant } from '../../domain/zones';
import { DomainRuleError } from '../../domain/rule-error';
import { settleStatement, type Statement } from '../../domain/settlement';
import { text } from '../../domain/text';
import { notFound } from '../../errors';
import { stageNamesOf } from '../hosts/hosts.service';
import { assertPeriodOpen } from '../periods/periods.service';
import { currentSettings } from '../settings/settings.service';
import { periodInputs, type HostInputs } from './settlement-inputs';
import { columnsOf } from './statement-view';
import { insertDraft, statementKeys, statementTotals, updateDraft, type StatementKey } from './statement-writes';
import { adjustmentsOf, deleteStatementRows, findRun, insertRun, listRuns, updateRunSummary, type AdjustmentRow, type RunRow } from './statements.repo';

// The monthly settlement run (SPEC section 8): one transaction computes the period's draft statements,
// so a run that is interrupted leaves the previous drafts exactly as they were.

/** A draft's statement; a kept adjustment that the new figures cannot carry stops the run (422, nothing written). */
function settleHost(inputs: HostInputs, adjustments: readonly AdjustmentRow[], statementId: number | null): Statement {
  try {
    return settleStatement({ ...inputs, adjustments: adjustments.map((a) => ({ id: a.id, amountFen: a.amountFen, reason: a.reason })) });
  } catch (err) {
    if (!(err instanceof DomainRuleError)) throw err;
    throw new DomainRuleError(text(
      `Host ${inputs.hostId}'s statement ${statementId}: ${err.text.en} Remove or change its adjustments, then run again.`,
      `主播 ${inputs.hostId} 的结算单 ${statementId}：${err.text.zh}请先删除或修改其调整项，再重新结算。`,
    ), err.details.map((d) => ({ ...d, hostId: inputs.hostId, statementId })));
  }
}

function writeStatement(sqlite: Database.Database, s: Statement, inputs: HostInputs, prior: StatementKey | undefined, run: RunRow): number {
  const write = { money: columnsOf(s), contractId: s.applied.contractId, applied: s.applied, inputs, lines: s.lines, runId: run.id, runBy: run.runBy, at: run.runAt };
  if (!prior) return insertDraft(sqlite, s.hostId, s.period, write);
  updateDraft(sqlite, prior.id, write);
  return prior.id;
}

export function runSettlement(deps: AppDeps, actor: Actor, period: Period) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    assertPeriodOpen(tx, period);
    const existing = new Map(statementKeys(deps.sqlite, period).map((s) => [s.hostId, s]));
    const adjustments = adjustmentsOf(tx, [...existing.values()].map((s) => s.id));
    const kept = [...existing.values()].filter((s) => s.status === 'draft' && (adjustments.get(s.id) ?? []).length > 0).map((s) => s.hostId);
    const inputs = periodInputs(tx, deps.sqlite, period, timezone, kept);
    const run = insertRun(tx, { period, runBy: actor.id, runAt: deps.clock.now(), summary: {} });
    const written: { id: number; hostId: number }[] = [];
    const skipped: { statementId: number; hostId: number; status: StatementKey['status'] }[] = [];
    for (const host of inputs.hosts) {
      const prior = existing.get(host.hostId);
      if (prior && prior.status !== 'draft') { skipped.push({ statementId: prior.id, hostId: prior.hostId, status: prior.status }); continue; }
      const statement = settleHost(host, (prior && adjustments.get(prior.id)) || [], prior?.id ?? null);
      written.push({ id: writeStatement(deps.sqlite, statement, host, prior, run), hostId: host.hostId });
    }
    const settled = new Set(inputs.hosts.map((h) => h.hostId));
    const removed = [...existing.values()].filter((s) => s.status === 'draft' && !settled.has(s.hostId));
    deleteStatementRows(tx, removed.map((s) => s.id));
    const summary = runSummary(tx, deps.sqlite, period, { written, skipped, removed, inputs });
    updateRunSummary(tx, run.id, summary);
    // The audit keeps what the run did, not every statement's id again (the run row has them).
    const { statements: _ids, ...audited } = summary;
    recordAudit(tx, { actor, at: run.runAt, action: 'run', entity: 'settlement', entityId: run.id, after: { period, written: written.length, ...audited } });
    return runView({ ...run, summary }, timezone);
  });
}

function runSummary(tx: Db, sqlite: Database.Database, period: Period, r: { written: { id: number; hostId: number }[]; skipped: { statementId: number; hostId: number; status: StatementKey['status'] }[]; removed: StatementKey[]; inputs: ReturnType<typeof periodInputs> }) {
  const names = stageNamesOf(tx, r.inputs.unsettled.map((u) => u.hostId));
  return {
    statements: r.written,
    skipped: r.skipped,
    removed: r.removed.map((s) => ({ statementId: s.id, hostId: s.hostId })),
    unsettled: r.inputs.unsettled.map((u) => ({ ...u, stageName: names.get(u.hostId) ?? null, reason: u.reason.en, reasonZh: u.reason.zh })),
    unallocatedPitFees: r.inputs.unallocated.map((u) => ({ ...u, reason: u.reason.en, reasonZh: u.reason.zh })),
    // The period's statements as they stand after the run: the new drafts and the approved or paid ones kept.
    totals: statementTotals(sqlite, period),
  };
}

type RunSummary = ReturnType<typeof runSummary>;

export function runView(run: RunRow, tz: string) {
  return { id: run.id, period: run.period, runBy: run.runBy, runAt: formatInstant(run.runAt, tz), ...(run.summary as RunSummary) };
}

export function getRun(deps: AppDeps, id: number) {
  const run = findRun(deps.db, id);
  if (!run) throw notFound('Settlement run', id);
  return runView(run, currentSettings(deps).timezone);
}

export function searchRuns(deps: AppDeps, q: { period?: string; page: number; pageSize: number }) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listRuns(deps.db, q.period, q.page, q.pageSize);
  return { items: items.map((r) => runView(r, timezone)), total, page: q.page, pageSize: q.pageSize };
}
