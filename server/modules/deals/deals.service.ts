import { canChangeDealStatus } from '../../domain/deals';
import { formatInstant } from '../../domain/periods';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../http/context';
import { notFound, ruleBroken } from '../../http/errors';
import { recordAudit } from '../audit/audit.repo';
import { findBrand } from '../brands/brands.repo';
import { currentSettings } from '../settings/settings.service';
import { findDeal, insertDeal, listDeals, updateDealRow, type DealRow } from './deals.repo';
import type { DealCreate, DealPatch, DealQuery } from './deals.schemas';

function dealView(d: DealRow, timezone: string) {
  return {
    id: d.id, brandId: d.brandId, sessionIds: [] as number[], pitFeeFen: d.pitFeeFen, category: d.category,
    commissionRateBp: d.commissionRateBp, status: d.status, notes: d.notes,
    createdAt: formatInstant(d.createdAt, timezone), updatedAt: formatInstant(d.updatedAt, timezone),
  };
}

function checkReferences(db: Db, input: { brandId?: number; sessionIds?: number[] }): void {
  if (input.brandId !== undefined && !findBrand(db, input.brandId)) throw ruleBroken('brandId', `No brand has id ${input.brandId}`);
  // TODO(scheduling issue): link the deal to its sessions; there are no sessions to name yet.
  if (input.sessionIds && input.sessionIds.length > 0) {
    throw ruleBroken('sessionIds', 'Sessions cannot be linked yet: send an empty list until scheduling is available');
  }
}

export function createDeal(deps: AppDeps, actor: Actor, input: DealCreate) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    checkReferences(tx, input);
    const at = deps.clock.now();
    const { sessionIds: _sessions, ...fields } = input;
    const deal = insertDeal(tx, { ...fields, createdAt: at, updatedAt: at });
    const view = dealView(deal, timezone);
    recordAudit(tx, { actor, at, action: 'create', entity: 'deal', entityId: deal.id, after: view });
    return view;
  });
}

// Once paid or cancelled a deal is history: its money and brand no longer change.
const frozenFields = ['brandId', 'pitFeeFen', 'commissionRateBp'] as const;

function checkChange(before: DealRow, patch: DealPatch): void {
  if (patch.status && !canChangeDealStatus(before.status, patch.status)) {
    throw ruleBroken('status', `A deal cannot go from ${before.status} to ${patch.status}`);
  }
  if (before.status !== 'paid' && before.status !== 'cancelled') return;
  const changed = frozenFields.find((f) => patch[f] !== undefined && patch[f] !== before[f]);
  if (changed) throw ruleBroken(changed, `A ${before.status} deal's ${changed} cannot change`);
}

export function updateDeal(deps: AppDeps, actor: Actor, id: number, patch: DealPatch) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = findDeal(tx, id);
    if (!before) throw notFound('Deal', id);
    checkChange(before, patch);
    checkReferences(tx, patch);
    const at = deps.clock.now();
    const { sessionIds: _sessions, ...fields } = patch;
    const view = dealView(updateDealRow(tx, id, { ...fields, updatedAt: at }), timezone);
    recordAudit(tx, { actor, at, action: 'update', entity: 'deal', entityId: id, before: dealView(before, timezone), after: view });
    return view;
  });
}

export function getDeal(deps: AppDeps, id: number) {
  const deal = findDeal(deps.db, id);
  if (!deal) throw notFound('Deal', id);
  return dealView(deal, currentSettings(deps).timezone);
}

export function searchDeals(deps: AppDeps, query: DealQuery) {
  const { timezone } = currentSettings(deps);
  const { items, total } = listDeals(deps.db, query);
  return { items: items.map((d) => dealView(d, timezone)), total, page: query.page, pageSize: query.pageSize };
}
