// taobao.tbk.order.details.get PublisherOrderDto rows (platform-formats.md 3.2-3.3): yuan as
// strings, rates as percent strings ("0.45" = 0.45%), Beijing wall times, tk_status codes.
import { guardRow, integer, lookupStatus, percentRate, requiredText, rowKey, settledTime, text, wallTime, yuan } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

// 14 is "received" (订单成功): at least one public repo maps it to invalid, which is wrong.
export const TAOBAO_API_STATUS: Readonly<Record<string, OrderStatus>> = {
  '12': 'paid',
  '14': 'received',
  '3': 'settled',
  '13': 'invalid',
};

export function parseTaobaoApiRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, 'trade_id');
    const status = lookupStatus(TAOBAO_API_STATUS, requiredText(row, 'tk_status'), 'tk_status');
    const settled = status === 'settled';
    const account = requiredText(row, 'adzone_id');
    const rate = percentRate(row, 'total_commission_rate');
    const gmvFen = yuan(row, 'alipay_total_price');
    return {
      order: {
        platform: 'taobao',
        rowKey: key,
        accountIdentifier: account,
        accountIdentifiers: [account],
        liveRoomId: null,
        product: text(row, 'item_title'),
        quantity: integer(row, 'item_num', 1),
        gmvFen,
        // pay_price is the amount confirmed at receipt: the base once settled.
        commissionBaseFen: settled ? yuan(row, 'pay_price') : gmvFen,
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: yuan(row, 'pub_share_pre_fee'),
        settledCommissionFen: settled ? yuan(row, 'pub_share_fee') : 0,
        status,
        paidAt: wallTime(row, 'tk_paid_time'),
        settledAt: settledTime(wallTime(row, 'tk_earning_time'), settled, 'tk_earning_time'),
        // Refunds after settlement come from a separate API (taobao.tbk.order.refund).
        refundedAt: null,
        raw: row,
      },
    };
  });
}
