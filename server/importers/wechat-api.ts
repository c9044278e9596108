// channels league headsupplier order get rows (platform-formats.md 6.1): the response field is
// `commssion_order` (sic), fen, the talent's ratio in millionths, epoch seconds (0 = not yet),
// and two statuses: the commission's and the order's.
import { epoch, guardRow, integer, lookupStatus, ratioRate, requiredText, rowKey as orderKey, settledOnlyWithInstant, text } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

/** CommissionOrderStatus: 100 settled and 200 cancelled decide; 20 (未结算) defers to the order. */
export const WECHAT_COMMISSION_STATUS: Readonly<Record<string, OrderStatus | 'by-order'>> = {
  '20': 'by-order',
  '100': 'settled',
  '200': 'invalid',
};

export const WECHAT_ORDER_STATUS: Readonly<Record<string, OrderStatus>> = {
  '10': 'pending',
  '20': 'paid',
  '21': 'paid',
  '30': 'paid',
  '100': 'received',
  '200': 'invalid',
  '250': 'invalid',
};

function statusOf(row: PlatformRow): OrderStatus {
  const commission = lookupStatus(WECHAT_COMMISSION_STATUS, requiredText(row, 'status'), 'status');
  if (commission !== 'by-order') return commission;
  const path = 'order_detail.order_info.order_status';
  return lookupStatus(WECHAT_ORDER_STATUS, requiredText(row, path), path);
}

const FINDER = 'order_detail.commission_info.finder_info';
const SETTLED_AT = 'order_detail.commission_info.profit_sharding_suc_time';

export function parseWechatApiRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    // One order has one commission row per sku: the pair is the key.
    const rowKey = `${orderKey(row, 'order_id')}_${orderKey(row, 'sku_id')}`;
    const marked = statusOf(row);
    const settledAt = epoch(row, SETTLED_AT, 's');
    const status = settledOnlyWithInstant(marked, settledAt);
    const account = requiredText(row, `${FINDER}.openfinderid`);
    const rate = ratioRate(row, `${FINDER}.ratio`, 1_000_000);
    const paymentFen = integer(row, 'order_detail.product_info.actual_payment');
    const amountFen = integer(row, `${FINDER}.amount`);
    return {
      order: {
        platform: 'wechat',
        rowKey,
        accountIdentifier: account,
        accountIdentifiers: [account],
        liveRoomId: null,
        product: text(row, 'order_detail.product_info.title'),
        // The commission row is per sku and carries no count.
        quantity: 1,
        // actual_payment (可分佣金额) is both the GMV and the commission base.
        gmvFen: paymentFen,
        commissionBaseFen: paymentFen,
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: amountFen,
        settledCommissionFen: status === 'settled' ? amountFen : 0,
        status,
        paidAt: epoch(row, 'create_time', 's'),
        settledAt,
        refundedAt: null,
        sourceUpdatedAt: epoch(row, 'update_time', 's'),
        raw: row,
      },
    };
  });
}
