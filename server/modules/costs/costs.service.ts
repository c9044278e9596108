import { recordAudit } from '../../db/audit';
import type { Db } from '../../db/client';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import { notFound, ruleBroken } from '../../errors';
import type { CostCreate, CostPatch, CostQuery } from '../../shared/api/costs';
import { findHost } from '../hosts/hosts.service';
import { assertPeriodOpen } from '../periods/periods.service';
import { currentSettings } from '../settings/settings.service';
import { deleteCostRow, findCost, insertCost, listCosts, updateCostRow, type CostRow } from './costs.repo';

// Costs a host's contract may deduct from the base (SPEC section 8 step 3). A cost belongs to its
// period: once the period is closed it no longer changes (409 period_locked).

function costView(c: CostRow, timezone: string) {
  return {
    id: c.id, hostId: c.hostId, period: c.period, amountFen: c.amountFen, kind: c.kind, note: c.note, createdBy: c.createdBy,
    createdAt: formatInstant(c.createdAt, timezone), updatedAt: formatInstant(c.updatedAt, timezone),
  };
}

function requireCost(db: Db, id: number): CostRow {
  const cost = findCost(db, id);
  if (!cost) throw notFound('Cost', id);
  return cost;
}

export function createCost(deps: AppDeps, actor: Actor, input: CostCreate) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    if (!findHost(tx, input.hostId)) throw ruleBroken('hostId', text(`No host has id ${input.hostId}`, `没有 id 为 ${input.hostId} 的主播`));
    assertPeriodOpen(tx, input.period);
    const at = deps.clock.now();
    const view = costView(insertCost(tx, { ...input, createdBy: actor.id, createdAt: at, updatedAt: at }), timezone);
    recordAudit(tx, { actor, at, action: 'create', entity: 'cost', entityId: view.id, after: view });
    return view;
  });
}

export function updateCost(deps: AppDeps, actor: Actor, id: number, patch: CostPatch) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireCost(tx, id);
    assertPeriodOpen(tx, before.period);
    if (patch.period) assertPeriodOpen(tx, patch.period);
    const at = deps.clock.now();
    const view = costView(updateCostRow(tx, id, { ...patch, updatedAt: at }), timezone);
    recordAudit(tx, { actor, at, action: 'update', entity: 'cost', entityId: id, before: costView(before, timezone), after: view });
    return view;
  });
}

export function deleteCost(deps: AppDeps, actor: Actor, id: number): void {
  const { timezone } = currentSettings(deps);
  writeTransaction(deps.db, (tx) => {
    const before = requireCost(tx, id);
    assertPeriodOpen(tx, before.period);
    deleteCostRow(tx, id);
    recordAudit(tx, { actor, at: deps.clock.now(), action: 'delete', entity: 'cost', entityId: id, before: costView(before, timezone) });
  });
}

export function getCost(deps: AppDeps, id: number) {
  return costView(requireCost(deps.db, id), currentSettings(deps).timezone);
}

export function searchCosts(deps: AppDeps, query: CostQuery) {
  const { timezone } = currentSettings(deps);
  const { items, total, sumFen } = listCosts(deps.db, query);
  return { items: items.map((c) => costView(c, timezone)), total, sumFen, page: query.page, pageSize: query.pageSize };
}

export { costsOfPeriod } from './costs.repo';
