import { instantRange } from '../../domain/periods';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps, SessionChange } from '../../deps';
import { AppError, notFound, ruleBroken } from '../../errors';
import type { PreparedOrder } from '../../importers/prepared-order';
import { addIdentifier } from '../accounts/accounts.service';
import { recordAudit } from '../../db/audit';
import { currentSettings } from '../settings/settings.service';
import { attributionContext } from './attribution-context';
import { orderStatements } from './order-statements';
import { reattributeOrder, upsertContext, upsertOrder, type UpsertContext, type UpsertOutcome } from './order-upsert';
import { boundsOrders, type OrderFilterQuery, type OrderQuery } from '../../shared/api/ledger';
import { orderSubtotals } from './order-subtotals';
import { attributionOfImport as attributionCounts, findOrder, rawRowOf, ledgerOfOrder, listOrders, ordersToReattribute, type OrderFilter, type OrderRow } from './orders.repo';
import { ledgerSubtotals, listLedger, type LedgerFilter } from './ledger.repo';
import type { Db } from '../../db/client';

export function orderView(o: OrderRow, tz: string) {
  const at = (d: Date | null) => (d ? formatInstant(d, tz) : null);
  return {
    id: o.id, platform: o.platform, rowKey: o.rowKey, status: o.status, accountIdentifiers: o.accountIdentifiers,
    accountId: o.accountId, sessionId: o.sessionId, hosts: o.hosts, liveRoomId: o.liveRoomId, product: o.product, quantity: o.quantity,
    gmvFen: o.gmvFen, commissionBaseFen: o.commissionBaseFen, commissionRateBp: o.commissionRateBp, commissionRateRaw: o.commissionRateRaw,
    estimatedCommissionFen: o.estimatedCommissionFen, settledCommissionFen: o.settledCommissionFen,
    paidAt: at(o.paidAt), settledAt: at(o.settledAt), refundedAt: at(o.refundedAt), importId: o.importId,
  };
}

/**
 * The list's query as the repo filters: a period and paid dates from..to (agency dates, both included) become the
 * paid instants both allow, in the agency time zone; a to before from is refused.
 */
export function orderFilterOf(deps: AppDeps, { period, from, to, ...rest }: OrderFilterQuery): OrderFilter {
  if (from !== undefined && to !== undefined && from > to) throw ruleBroken('to', text('to must not be before from', '结束日期不能早于开始日期'));
  const paid = instantRange({ period, from, to }, currentSettings(deps).timezone);
  return { ...rest, from: paid.start, to: paid.end };
}

export function searchOrders(deps: AppDeps, q: OrderQuery) {
  const { timezone } = currentSettings(deps);
  const { page, pageSize, ...filter } = q;
  const { items, total } = listOrders(deps.db, orderFilterOf(deps, filter), page, pageSize);
  return { items: items.map((o) => orderView(o, timezone)), total, page, pageSize };
}

/** What the orders list's filter matches, summed: totals, by platform, and by host unless the list is one host's. */
export function orderSubtotalsOf(deps: AppDeps, q: OrderFilterQuery) {
  const filter = orderFilterOf(deps, q);
  if (!boundsOrders(q)) {
    throw ruleBroken('period', text('Subtotals need a period, paid dates, a host, a session or an account (the reports sum the whole history)',
      '小计需要先选择周期、付款日期、主播、场次或账号（全部历史的汇总请看报表）'));
  }
  return orderSubtotals(deps.db, filter);
}

export function getOrder(deps: AppDeps, id: number) {
  const { timezone } = currentSettings(deps);
  const order = findOrder(deps.db, id);
  if (!order) throw notFound('Order', id);
  const ledger = ledgerOfOrder(deps.db, id).map((e) => ({ ...e, eventAt: formatInstant(e.eventAt, timezone), createdAt: formatInstant(e.createdAt, timezone) }));
  return { ...orderView(order, timezone), raw: rawRowOf(deps.db, order), ledger };
}

export function searchLedger(deps: AppDeps, q: LedgerFilter & { page: number; pageSize: number }) {
  const { timezone } = currentSettings(deps);
  const { items, total, sumFen } = listLedger(deps.db, q, q.page, q.pageSize);
  return { items: items.map((e) => ({ ...e, eventAt: formatInstant(e.eventAt, timezone) })), total, sumFen, page: q.page, pageSize: q.pageSize };
}

/** What the filter matches, summed by host and by booking period (the ledger page's subtotals). */
export function ledgerSubtotalsOf(deps: AppDeps, q: LedgerFilter) {
  const { byHost, byPeriod } = ledgerSubtotals(deps.db, q);
  return {
    byHost, byPeriod,
    totalFen: byPeriod.reduce((t, p) => t + p.amountFen, 0), entries: byPeriod.reduce((t, p) => t + p.entries, 0),
  };
}

function reattribute(deps: Pick<AppDeps, 'clock' | 'sqlite'>, tx: Db, candidates: OrderRow[]): number {
  if (candidates.length === 0) return 0;
  const settings = currentSettings(deps);
  const ctx = upsertContext(tx, deps.sqlite, attributionContext(tx, settings.attributionGraceMinutes), settings.timezone, deps.clock.now(), null);
  return candidates.filter((o) => reattributeOrder(tx, o, ctx)).length;
}

/** Attributes again the orders an account change may affect: unmatched ones of its platform, and its own. */
export function reattributeForAccount(deps: Pick<AppDeps, 'clock' | 'sqlite'>, tx: Db, account: { id: number; platform: string }): number {
  return reattribute(deps, tx, [...ordersToReattribute(tx, { unmatchedOn: account.platform }), ...ordersToReattribute(tx, { accountId: account.id })]);
}

/**
 * Attributes again the orders a session change may move (SPEC section 6): its accounts' orders paid around
 * it, the orders it holds, and its accounts' orders naming a live-room id it newly carries, whenever they
 * were paid (that search reads all of an account's orders, so it runs only when the id is new).
 */
export function reattributeForSession(deps: Pick<AppDeps, 'clock' | 'sqlite'>, tx: Db, change: SessionChange): number {
  const grace = currentSettings(deps).attributionGraceMinutes * 60_000;
  const until = new Date(change.to.getTime() + grace);
  const statements = orderStatements(deps.sqlite);
  const candidates = new Map<number, OrderRow>();
  const add = (rows: OrderRow[]) => rows.forEach((o) => candidates.set(o.id, o));
  for (const accountId of new Set(change.accountIds)) {
    if (statements.anyPaidBetween(accountId, change.from, until)) add(ordersToReattribute(tx, { accountId, from: change.from, to: until }));
    if (change.platformLiveId !== null) add(ordersToReattribute(tx, { accountId, liveRoomId: change.platformLiveId }));
  }
  if (change.sessionId !== null) add(ordersToReattribute(tx, { sessionId: change.sessionId }));
  return reattribute(deps, tx, [...candidates.values()]);
}

/** From the unmatched queue: the order's identifier joins the account, and every order naming it is attributed. */
export function assignToAccount(deps: AppDeps, actor: Actor, orderId: number, accountId: number) {
  const result = writeTransaction(deps.db, (tx) => {
    const order = findOrder(tx, orderId);
    if (!order) throw notFound('Order', orderId);
    if (order.accountId !== null) throw new AppError('state_conflict', text('This order is already attributed to an account', '该订单已归属到平台账号'));
    const identifier = order.accountIdentifiers[0] as string;
    const attributed = addIdentifier(deps, tx, { accountId, platform: order.platform, identifier });
    recordAudit(tx, { actor, at: deps.clock.now(), action: 'assign', entity: 'order', entityId: orderId, before: { accountId: null }, after: { accountId, identifier, attributed } });
    return { attributed };
  });
  return { ...getOrder(deps, orderId), attributed: result.attributed };
}

/**
 * An import's writer of orders (SPEC section 6): each batch runs in the caller's write transaction. The
 * attribution lookups are kept across batches until what they read changes (attribution_inputs).
 */
export function orderWriter(deps: AppDeps, importId: number) {
  const settings = currentSettings(deps);
  const statements = orderStatements(deps.sqlite);
  let cached: { version: number | undefined; ctx: UpsertContext } | undefined;
  return {
    batch(tx: Db): (order: PreparedOrder) => UpsertOutcome {
      const version = statements.attributionVersion();
      if (!cached || version === undefined || cached.version !== version) {
        cached = { version, ctx: upsertContext(tx, deps.sqlite, attributionContext(tx, settings.attributionGraceMinutes), settings.timezone, deps.clock.now(), importId) };
      }
      const ctx = { ...cached.ctx, now: deps.clock.now() };
      return (order) => upsertOrder(order, ctx);
    },
  };
}

export type { UpsertOutcome };

export { commissionByHost } from './ledger.repo';

/** Where an import's orders were attributed (read once, when it finishes: one pass over its orders). */
export function attributionOfImport(deps: Pick<AppDeps, 'db'>, importId: number) {
  return attributionCounts(deps.db, importId);
}

export { accountFigures, commissionMismatchCount, mismatchedOrders, type AccountFigures, type MismatchedOrder } from './reconciliation-figures';

export { hostMoney, hostMoneyOf, moneyFigures, unmatchedOrderCount, type HostMoney } from './report-figures';
