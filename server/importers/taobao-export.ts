// The 淘宝联盟 publisher order export (platform-formats.md 3.4): yuan text, rates like
// "20.00 %" (with a space), Beijing wall times, Chinese status text.
import { guardRow, integer, lookupStatus, percentRate, requiredText, rowKey, settledTime, text, wallTime, yuan } from './fields.ts';
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

export function parseTaobaoExportRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, '淘宝子订单号');
    const status = lookupStatus(TAOBAO_EXPORT_STATUS, requiredText(row, '订单状态'), '订单状态');
    const settled = status === 'settled';
    const account = requiredText(row, '推广位ID');
    const rate = percentRate(row, '佣金比率');
    const gmvFen = yuan(row, '付款金额');
    return {
      order: {
        platform: 'taobao',
        rowKey: key,
        accountIdentifier: account,
        accountIdentifiers: [account],
        liveRoomId: null,
        product: text(row, '商品标题'),
        quantity: integer(row, '商品数量', 1),
        gmvFen,
        commissionBaseFen: settled ? yuan(row, '结算金额') : gmvFen,
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: yuan(row, '付款预估收入'),
        settledCommissionFen: settled ? yuan(row, '结算预估收入') : 0,
        status,
        paidAt: wallTime(row, '付款时间'),
        settledAt: settledTime(wallTime(row, '结算时间'), settled, '结算时间'),
        refundedAt: null,
        raw: row,
      },
    };
  });
}
