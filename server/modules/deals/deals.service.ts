import { canChangeDealStatus } from '../../domain/deals';
import { pitFeeDealStatuses, type PitFeeDeal } from '../../domain/pit-fees';
import { periodOf } from '../../domain/periods';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { notFound, ruleBroken } from '../../errors';
import { recordAudit } from '../../db/audit';
import { brandNames, findBrand } from '../brands/brands.service';
import { assertPeriodOpen } from '../periods/periods.service';
import { agencyToday, currentSettings } from '../settings/settings.service';
import { findSession, sessionIdsStarting, sessionsByIds } from '../sessions/sessions.service';
import { dealsSoldIn, findDeal, insertDeal, listDeals, sessionIdsOf, setDealSessions, updateDealRow, type DealRow } from './deals.repo';
import { checkQualifications } from '../compliance/compliance.service';
import type { DealCreate, DealPatch, DealQuery } from '../../shared/api/deals';

function dealView(db: Db, d: DealRow, timezone: string) {
  return {
    id: d.id, brandId: d.brandId, sessionIds: sessionIdsOf(db, [d.id]).get(d.id) ?? [], pitFeeFen: d.pitFeeFen, category: d.category,
    commissionRateBp: d.commissionRateBp, status: d.status, notes: d.notes,
    invoicedOn: d.invoicedOn, dueOn: d.dueOn, receivedFen: d.receivedFen, receivedOn: d.receivedOn,
    createdAt: formatInstant(d.createdAt, timezone), updatedAt: formatInstant(d.updatedAt, timezone),
  };
}

function checkReferences(db: Db, input: { brandId?: number; sessionIds?: number[] }): void {
  if (input.brandId !== undefined && !findBrand(db, input.brandId)) throw ruleBroken('brandId', text(`No brand has id ${input.brandId}`, `没有 id 为 ${input.brandId} 的品牌`));
  if (input.sessionIds && new Set(input.sessionIds).size !== input.sessionIds.length) throw ruleBroken('sessionIds', text('A session is listed twice', '同一场次被重复列出'));
}

/** The deal's sessions exist, and their hosts may sell the deal's category on each session's date. */
function checkSessions(db: Db, category: DealRow['category'], sessionIds: number[], timezone: string): void {
  const toSell = sessionIds.map((id, i) => {
    const session = findSession(db, id);
    if (!session) throw ruleBroken(['sessionIds', i], text(`No session has id ${id}`, `没有 id 为 ${id} 的场次`));
    if (session.status === 'cancelled') throw ruleBroken(['sessionIds', i], text(`Session ${id} is cancelled`, `场次 ${id} 已取消`));
    return { sessionId: id, startsAt: session.startsAt, hostIds: session.hosts.map((h) => h.hostId), path: ['sessionIds', i] };
  });
  checkQualifications(db, [category], toSell, timezone);
}

/**
 * A deal's pit fee is booked in the periods its sessions start in (SPEC section 8): once one of them is
 * closed, the fee, the status and the sessions of the deal no longer change there (409 period_locked).
 */
function assertFeePeriodsOpen(tx: Db, sessionIds: readonly number[], timezone: string): void {
  const periods = new Set(sessionsByIds(tx, [...new Set(sessionIds)]).map((s) => periodOf(s.startsAt, timezone)));
  for (const period of periods) assertPeriodOpen(tx, period);
}

/** A deal marked paid without saying what came in was paid in full, today (agency date). */
function receiptOnPaid<T extends DealPatch>(deps: AppDeps, before: DealRow | undefined, input: T): T {
  if (input.status !== 'paid' || before?.status === 'paid' || input.receivedFen !== undefined || (before?.receivedFen ?? 0) > 0) return input;
  return { ...input, receivedFen: input.pitFeeFen ?? before?.pitFeeFen ?? 0, receivedOn: input.receivedOn ?? before?.receivedOn ?? agencyToday(deps) };
}

export function createDeal(deps: AppDeps, actor: Actor, created: DealCreate) {
  const input = receiptOnPaid(deps, undefined, created);
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    checkReferences(tx, input);
    checkSessions(tx, input.category ?? null, input.sessionIds ?? [], timezone);
    if (pitFeeDealStatuses.includes(input.status) && input.pitFeeFen > 0) assertFeePeriodsOpen(tx, input.sessionIds ?? [], timezone);
    const at = deps.clock.now();
    const { sessionIds, ...fields } = input;
    const deal = insertDeal(tx, { ...fields, createdAt: at, updatedAt: at });
    setDealSessions(tx, deal.id, sessionIds ?? []);
    const view = dealView(tx, deal, timezone);
    recordAudit(tx, { actor, at, action: 'create', entity: 'deal', entityId: deal.id, after: view });
    return view;
  });
}

// Once paid or cancelled a deal is history: its money and brand no longer change.
const frozenFields = ['brandId', 'pitFeeFen', 'commissionRateBp'] as const;

function checkChange(before: DealRow, patch: DealPatch): void {
  if (patch.status && !canChangeDealStatus(before.status, patch.status)) {
    throw ruleBroken('status', text(`A deal cannot go from ${before.status} to ${patch.status}`, `合作不能从 ${before.status} 变为 ${patch.status}`));
  }
  if (before.status !== 'paid' && before.status !== 'cancelled') return;
  const changed = frozenFields.find((f) => patch[f] !== undefined && patch[f] !== before[f]);
  if (changed) throw ruleBroken(changed, text(`A ${before.status} deal's ${changed} cannot change`, `${before.status} 状态的合作不能修改 ${changed}`));
}

export function updateDeal(deps: AppDeps, actor: Actor, id: number, asked: DealPatch) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = findDeal(tx, id);
    if (!before) throw notFound('Deal', id);
    const patch = receiptOnPaid(deps, before, asked);
    checkChange(before, patch);
    checkReferences(tx, patch);
    const beforeView = dealView(tx, before, timezone);
    const category = patch.category === undefined ? before.category : patch.category;
    if (patch.sessionIds || patch.category !== undefined) checkSessions(tx, category, patch.sessionIds ?? beforeView.sessionIds, timezone);
    const moves = (patch.pitFeeFen !== undefined && patch.pitFeeFen !== before.pitFeeFen) || (patch.status !== undefined && patch.status !== before.status) || (patch.sessionIds !== undefined && patch.sessionIds.join() !== beforeView.sessionIds.join());
    if (moves) assertFeePeriodsOpen(tx, [...beforeView.sessionIds, ...(patch.sessionIds ?? [])], timezone);
    const at = deps.clock.now();
    const { sessionIds, ...fields } = patch;
    const row = updateDealRow(tx, id, { ...fields, updatedAt: at });
    if (sessionIds) setDealSessions(tx, id, sessionIds);
    const view = dealView(tx, row, timezone);
    recordAudit(tx, { actor, at, action: 'update', entity: 'deal', entityId: id, before: beforeView, after: view });
    return view;
  });
}

export function getDeal(deps: AppDeps, id: number) {
  const deal = findDeal(deps.db, id);
  if (!deal) throw notFound('Deal', id);
  return dealView(deps.db, deal, currentSettings(deps).timezone);
}

export function searchDeals(deps: AppDeps, query: DealQuery) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listDeals(deps.db, query);
  return { items: items.map((d) => dealView(deps.db, d, timezone)), total, page: query.page, pageSize: query.pageSize };
}

/** The deals a session is sold in (the booking rules ask through Ports: server/deps.ts). */
export { brandsOfSessions, dealsOfSession } from './deals.repo';

/**
 * The deals whose pit fees have a part in [from, to) (SPEC section 8 step 2): those committed (confirmed,
 * invoiced, paid) with a session starting then, each with all its sessions, since the fee is divided
 * among them all. A cancelled session streamed nothing: it takes no part of the fee.
 */
export function pitFeeDeals(db: Db, from: Date, to: Date): PitFeeDeal[] {
  const rows = dealsSoldIn(db, sessionIdsStarting(db, from, to), pitFeeDealStatuses);
  const idsOfDeal = sessionIdsOf(db, rows.map((d) => d.id));
  const sessions = new Map(sessionsByIds(db, [...new Set([...idsOfDeal.values()].flat())]).map((s) => [s.id, s]));
  return rows.map((d) => ({
    id: d.id, pitFeeFen: d.pitFeeFen, status: d.status,
    sessions: (idsOfDeal.get(d.id) ?? []).flatMap((id) => {
      const s = sessions.get(id);
      return s && s.status !== 'cancelled' ? [{ id: s.id, startsAt: s.startsAt, hosts: s.hosts.map((h) => ({ hostId: h.hostId, shareBp: h.shareBp })) }] : [];
    }),
  }));
}

/**
 * The committed deals (confirmed, invoiced, paid) with a session starting in [from, to), with their brand's name:
 * reconciliation's pit fees invoiced against received.
 */
export function dealsWithSessionsIn(db: Db, from: Date, to: Date) {
  const rows = dealsSoldIn(db, sessionIdsStarting(db, from, to), pitFeeDealStatuses).sort((a, b) => a.id - b.id);
  const names = brandNames(db, [...new Set(rows.map((d) => d.brandId))]);
  return rows.map((d) => ({ id: d.id, brandId: d.brandId, brandName: names.get(d.brandId) ?? '', status: d.status, pitFeeFen: d.pitFeeFen, receivedFen: d.receivedFen, invoicedOn: d.invoicedOn, dueOn: d.dueOn, receivedOn: d.receivedOn }));
}
