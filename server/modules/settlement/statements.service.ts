import { recordAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { settleStatement } from '../../domain/settlement';
import { text } from '../../domain/text';
import { AppError, notFound } from '../../errors';
import { hostIdsOfAgent, hostSummaries } from '../hosts/hosts.service';
import { statementDetail } from './statement-detail';
import { assertPeriodOpen } from '../periods/periods.service';
import { currentSettings } from '../settings/settings.service';
import { revivedInputs } from './settlement-inputs';
import { detailsOfPeriod, statementsCsv, statementsWorkbook } from './statements-export';
import { adjustmentView, columnsOf, statementView } from './statement-view';
import {
  adjustmentsOf, deleteAdjustmentRow, findStatement, insertAdjustment, listStatements, payoutRows, statementCounts, updateStatementRow, type StatementRow,
} from './statements.repo';

// A statement's life after the run (SPEC section 8): finance adjusts the draft, another user approves it
// (four eyes), it is paid with a reference; a closed period changes none of it.

/** The hosts a user may see statements of: a manager only their own hosts' (SPEC section 11); null: all. */
function visibleHosts(db: Db, actor: Actor): number[] | null {
  return actor.role === 'manager' ? hostIdsOfAgent(db, actor.id) : null;
}

function requireStatement(db: Db, actor: Actor | null, id: number): StatementRow {
  const s = findStatement(db, id);
  const visible = actor ? visibleHosts(db, actor) : null;
  if (!s || (visible && !visible.includes(s.hostId))) throw notFound('Statement', id);
  return s;
}

const stateConflict = (en: string, zh: string) => new AppError('state_conflict', text(en, zh), [{ path: ['status'], message: text(en, zh) }]);

function requireDraft(s: StatementRow, what: { en: string; zh: string }): void {
  if (s.status !== 'draft') throw stateConflict(`Statement ${s.id} is ${s.status}: ${what.en}`, `结算单 ${s.id} 状态为 ${s.status}：${what.zh}`);
}

/** Draft statements waiting for approval, per period, among those the user may see (the dashboard). */
export function draftsAwaitingApproval(deps: AppDeps, actor: Actor): { period: string; n: number }[] {
  return statementCounts(deps.db, { status: 'draft', hostIds: visibleHosts(deps.db, actor) ?? undefined });
}

/** Per host and period in [fromPeriod, toPeriod]: payable and net of the statements the user may see (the reports). */
export function statementPayouts(deps: AppDeps, actor: Actor, fromPeriod: string, toPeriod: string, hostIds?: number[]) {
  const visible = visibleHosts(deps.db, actor);
  const scope = visible && hostIds ? hostIds.filter((id) => visible.includes(id)) : visible ?? hostIds;
  return payoutRows(deps.db, fromPeriod, toPeriod, scope);
}

export function getStatement(deps: AppDeps, actor: Actor, id: number) {
  return statementDetail(deps.db, requireStatement(deps.db, actor, id), currentSettings(deps).timezone);
}

export interface StatementQuery { period?: string; status?: StatementRow['status']; hostId?: number; agentId?: number; page: number; pageSize: number }

export function searchStatements(deps: AppDeps, actor: Actor, q: StatementQuery) {
  const { timezone } = currentSettings(deps);
  const scopes = [visibleHosts(deps.db, actor), q.agentId ? hostIdsOfAgent(deps.db, q.agentId) : null, q.hostId ? [q.hostId] : null]
    .filter((s): s is number[] => s !== null);
  const hostIds = scopes.length ? scopes.reduce((a, b) => a.filter((id) => b.includes(id))) : undefined;
  const { items, total } = listStatements(deps.db, { period: q.period, status: q.status, hostIds }, q.page, q.pageSize);
  const hosts = hostSummaries(deps.db, [...new Set(items.map((s) => s.hostId))]);
  return {
    items: items.map((s) => ({ ...statementView(s, timezone), stageName: hosts.get(s.hostId)?.stageName ?? null, agentId: hosts.get(s.hostId)?.agentId ?? null })),
    total, page: q.page, pageSize: q.pageSize,
  };
}

/** Recomputes a draft from the run's inputs and its adjustments; 422 when they would make the payable negative. */
function recompute(tx: Db, s: StatementRow, at: Date): StatementRow {
  const adjustments = (adjustmentsOf(tx, [s.id]).get(s.id) ?? []).map((a) => ({ id: a.id, amountFen: a.amountFen, reason: a.reason }));
  const statement = settleStatement({ ...revivedInputs(s.inputs), adjustments });
  return updateStatementRow(tx, s.id, { ...columnsOf(statement), lines: statement.lines as unknown as Record<string, unknown>, updatedAt: at });
}

export function addAdjustment(deps: AppDeps, actor: Actor, id: number, input: { amountFen: number; reason: string }) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const s = requireStatement(tx, actor, id);
    assertPeriodOpen(tx, s.period);
    requireDraft(s, { en: 'only a draft can be adjusted', zh: '只有草稿可以调整' });
    const at = deps.clock.now();
    const adjustment = insertAdjustment(tx, { statementId: id, amountFen: input.amountFen, reason: input.reason, createdBy: actor.id, createdAt: at });
    const after = recompute(tx, s, at);
    recordAudit(tx, { actor, at, action: 'adjust', entity: 'statement', entityId: id, before: statementView(s, timezone), after: { ...statementView(after, timezone), adjustment: adjustmentView(adjustment, timezone) } });
    return statementDetail(tx, after, timezone);
  });
}

export function removeAdjustment(deps: AppDeps, actor: Actor, id: number, adjustmentId: number) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const s = requireStatement(tx, actor, id);
    assertPeriodOpen(tx, s.period);
    requireDraft(s, { en: 'only a draft can be adjusted', zh: '只有草稿可以调整' });
    const adjustment = (adjustmentsOf(tx, [id]).get(id) ?? []).find((a) => a.id === adjustmentId);
    if (!adjustment) throw new AppError('not_found', text(`Adjustment ${adjustmentId} of statement ${id} not found`, `找不到结算单 ${id} 的调整项 ${adjustmentId}`));
    const at = deps.clock.now();
    deleteAdjustmentRow(tx, adjustmentId);
    const after = recompute(tx, s, at);
    recordAudit(tx, { actor, at, action: 'remove_adjustment', entity: 'statement', entityId: id, before: adjustmentView(adjustment, timezone), after: statementView(after, timezone) });
    return statementDetail(tx, after, timezone);
  });
}

/** Four eyes: the user who ran the settlement that produced the draft may not approve it (403). */
export function approveStatement(deps: AppDeps, actor: Actor, id: number) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const s = requireStatement(tx, actor, id);
    assertPeriodOpen(tx, s.period);
    requireDraft(s, { en: 'only a draft can be approved', zh: '只有草稿可以审批' });
    if (s.runBy === actor.id) {
      throw new AppError('forbidden', text('You ran this settlement: another user must approve it (four eyes)', '此结算由您执行：须由另一位用户审批（双人复核）'));
    }
    const at = deps.clock.now();
    const after = updateStatementRow(tx, id, { status: 'approved', approvedBy: actor.id, approvedAt: at, updatedAt: at });
    recordAudit(tx, { actor, at, action: 'approve', entity: 'statement', entityId: id, before: statementView(s, timezone), after: statementView(after, timezone) });
    return statementDetail(tx, after, timezone);
  });
}

export function payStatement(deps: AppDeps, actor: Actor, id: number, input: { reference: string; paidOn: string }) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const s = requireStatement(tx, actor, id);
    // A closed period's statements keep their figures; paying one records the transfer, changes no amount,
    // and hosts are often paid after the month is closed.
    if (s.status !== 'approved') {
      throw stateConflict(`Statement ${id} is ${s.status}: only an approved statement can be paid`, `结算单 ${id} 状态为 ${s.status}：只有已审批的结算单可以付款`);
    }
    const at = deps.clock.now();
    const after = updateStatementRow(tx, id, { status: 'paid', paidBy: actor.id, paidAt: at, paymentReference: input.reference, paidOn: input.paidOn, updatedAt: at });
    recordAudit(tx, { actor, at, action: 'pay', entity: 'statement', entityId: id, before: statementView(s, timezone), after: statementView(after, timezone) });
    return statementDetail(tx, after, timezone);
  });
}

/** The period's statements the user may see, as .xlsx or .csv (a manager: own hosts' only). */
export async function exportPeriod(deps: AppDeps, actor: Actor, period: string, format: 'xlsx' | 'csv') {
  const { timezone, agencyName } = currentSettings(deps);
  const visible = visibleHosts(deps.db, actor);
  const details = detailsOfPeriod(deps.db, period, timezone, (s) => !visible || visible.includes(s.hostId));
  const fileName = `statements-${period}.${format}`;
  return format === 'xlsx' ? { fileName, body: await statementsWorkbook(details, agencyName) } : { fileName, body: statementsCsv(details) };
}

export async function exportStatement(deps: AppDeps, actor: Actor, id: number) {
  const { timezone, agencyName } = currentSettings(deps);
  const detail = statementDetail(deps.db, requireStatement(deps.db, actor, id), timezone);
  return { fileName: `statement-${id}-${detail.period}.xlsx`, body: await statementsWorkbook([detail], agencyName) };
}
