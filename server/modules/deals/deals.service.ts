import { canChangeDealStatus } from '../../domain/deals';
import { formatInstant } from '../../domain/periods';
import { text } from '../../domain/text';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { notFound, ruleBroken } from '../../errors';
import { recordAudit } from '../../db/audit';
import { findBrand } from '../brands/brands.service';
import { currentSettings } from '../settings/settings.service';
import { findSession } from '../sessions/sessions.service';
import { findDeal, insertDeal, listDeals, sessionIdsOf, setDealSessions, updateDealRow, type DealRow } from './deals.repo';
import { checkQualifications } from '../compliance/compliance.service';
import type { DealCreate, DealPatch, DealQuery } from '../../shared/api/deals';

function dealView(db: Db, d: DealRow, timezone: string) {
  return {
    id: d.id, brandId: d.brandId, sessionIds: sessionIdsOf(db, [d.id]).get(d.id) ?? [], pitFeeFen: d.pitFeeFen, category: d.category,
    commissionRateBp: d.commissionRateBp, status: d.status, notes: d.notes,
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

export function createDeal(deps: AppDeps, actor: Actor, input: DealCreate) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    checkReferences(tx, input);
    checkSessions(tx, input.category ?? null, input.sessionIds ?? [], timezone);
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

export function updateDeal(deps: AppDeps, actor: Actor, id: number, patch: DealPatch) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = findDeal(tx, id);
    if (!before) throw notFound('Deal', id);
    checkChange(before, patch);
    checkReferences(tx, patch);
    const beforeView = dealView(tx, before, timezone);
    const category = patch.category === undefined ? before.category : patch.category;
    if (patch.sessionIds || patch.category !== undefined) checkSessions(tx, category, patch.sessionIds ?? beforeView.sessionIds, timezone);
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

/** The categories sold in a session (the booking rules ask through Ports: server/deps.ts). */
export { categoriesSoldIn } from './deals.repo';
