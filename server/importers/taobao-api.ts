// taobao.tbk.order.details.get PublisherOrderDto rows (platform-formats.md 3.2-3.3): yuan as
// strings, rates as percent strings ("0.45" = 0.45%), Beijing wall times, tk_status codes.
import { parseTaobaoRow, type TaobaoColumns } from './taobao-row.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

// 14 is "received" (订单成功): at least one public repo maps it to invalid, which is wrong.
export const TAOBAO_API_STATUS: Readonly<Record<string, OrderStatus>> = {
  '12': 'paid',
  '14': 'received',
  '3': 'settled',
  '13': 'invalid',
};

const TAOBAO_API_COLUMNS: TaobaoColumns = {
  rowKey: 'trade_id', status: 'tk_status', adzone: 'adzone_id', relation: 'relation_id', rate: 'total_commission_rate', gmv: 'alipay_total_price',
  product: 'item_title', quantity: 'item_num', settledBase: 'pay_price', estimated: 'pub_share_pre_fee', settled: 'pub_share_fee',
  paidAt: 'tk_paid_time', settledAt: 'tk_earning_time', updatedAt: 'modified_time',
};

export function parseTaobaoApiRow(row: PlatformRow): ParsedRow {
  return parseTaobaoRow(row, TAOBAO_API_COLUMNS, TAOBAO_API_STATUS);
}
