// open.distribution.cps.distributor.order.cursor.list rows (platform-formats.md 4.2-4.4): fen,
// rates per mille (千分比), epoch milliseconds where 0 means "not yet", items in
// cpsOrderProductView and refunds in orderRefundInfo.
import { at, epoch, guardRow, integer, lookupStatus, ratioRate, requiredText, rowKey, settledOnlyWithInstant, RowError, text } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

export const KUAISHOU_API_STATUS: Readonly<Record<string, OrderStatus>> = {
  '30': 'paid',
  '50': 'received',
  '60': 'settled',
  '80': 'invalid',
};

function objects(row: PlatformRow, path: string): PlatformRow[] {
  const value = at(row, path);
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) throw new RowError(`${path}: expected a list`, `${path}：应为列表`);
  return value.filter((v): v is PlatformRow => v !== null && typeof v === 'object' && !Array.isArray(v));
}

/** The refund instant: when the last refund ended, else when one started. */
function refundedAt(row: PlatformRow): Date | null {
  let latest: Date | null = null;
  for (const refund of objects(row, 'orderRefundInfo')) {
    const when = epoch(refund, 'endRefundTime', 'ms') ?? epoch(refund, 'startRefundTime', 'ms');
    if (when && (!latest || when > latest)) latest = when;
  }
  return latest;
}

function itemsOf(row: PlatformRow): { product: string; quantity: number; estimatedFen: number } {
  const items = objects(row, 'cpsOrderProductView');
  return {
    product: items.map((item) => text(item, 'itemTitle')).filter(Boolean).join(' / '),
    quantity: items.reduce((sum, item) => sum + integer(item, 'num', 1), 0) || 1,
    // The order's estimate is the sum over its items (fixtures README).
    estimatedFen: items.reduce((sum, item) => sum + integer(item, 'estimatedIncome'), 0),
  };
}

export function parseKuaishouApiRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, 'oid');
    const marked = lookupStatus(KUAISHOU_API_STATUS, requiredText(row, 'cpsOrderStatus'), 'cpsOrderStatus');
    const settledAt = epoch(row, 'settlementSuccessTime', 'ms');
    const status = settledOnlyWithInstant(marked, settledAt);
    const settled = status === 'settled';
    const account = requiredText(row, 'distributorId');
    const items = itemsOf(row);
    const first = objects(row, 'cpsOrderProductView')[0] ?? {};
    const rate = ratioRate(first, 'commissionRate', 1000);
    return {
      order: {
        platform: 'kuaishou',
        rowKey: key,
        accountIdentifier: account,
        accountIdentifiers: [account],
        liveRoomId: null,
        product: items.product,
        quantity: items.quantity,
        gmvFen: integer(row, 'orderTradeAmount'),
        commissionBaseFen: integer(row, 'baseAmount'),
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: items.estimatedFen,
        settledCommissionFen: settled ? integer(row, 'settlementAmount') : 0,
        status,
        paidAt: epoch(row, 'payTime', 'ms'),
        settledAt,
        refundedAt: refundedAt(row),
        sourceUpdatedAt: epoch(row, 'updateTime', 'ms'),
        raw: row,
      },
    };
  });
}
