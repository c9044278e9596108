// The 淘宝联盟 publisher order export (platform-formats.md 3.4): yuan text, rates like
// "20.00 %" (with a space), Beijing wall times, Chinese status text.
import { parseTaobaoRow, type TaobaoColumns } from './taobao-row.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

// Every wording of the tk_status table (3.3) that an export may carry.
export const TAOBAO_EXPORT_STATUS: Readonly<Record<string, OrderStatus>> = {
  已付款: 'paid',
  订单付款: 'paid',
  已收货: 'received',
  订单成功: 'received',
  确认收货: 'received',
  已结算: 'settled',
  订单结算: 'settled',
  结算成功: 'settled',
  已失效: 'invalid',
  订单失效: 'invalid',
  关闭: 'invalid',
};

export const TAOBAO_EXPORT_HEADERS = ['淘宝子订单号', '推广位ID', '付款金额', '佣金比率', '订单状态', '付款时间'];

const TAOBAO_EXPORT_COLUMNS: TaobaoColumns = {
  rowKey: '淘宝子订单号', status: '订单状态', adzone: '推广位ID', relation: '渠道关系ID', rate: '佣金比率', gmv: '付款金额',
  product: '商品标题', quantity: '商品数量', settledBase: '结算金额', estimated: '付款预估收入', settled: '结算预估收入',
  paidAt: '付款时间', settledAt: '结算时间',
};

export function parseTaobaoExportRow(row: PlatformRow): ParsedRow {
  return parseTaobaoRow(row, TAOBAO_EXPORT_COLUMNS, TAOBAO_EXPORT_STATUS);
}
