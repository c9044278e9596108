// The merchant-side 精选联盟 order export (platform-formats.md 2.1, 2.4): yuan text with two
// decimals, rates like "32.00%", ids padded with a tab, '-' for empty, Beijing wall times.
import { guardRow, integer, lookupStatus, percentRate, requiredText, rowKey, settledOnlyWithInstant, RowError, text, wallTime, yuan } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

// Both refund spellings occur in real exports (订单退货退款 and 订单退款退货).
export const DOUYIN_EXPORT_STATUS: Readonly<Record<string, OrderStatus>> = {
  订单付款: 'paid',
  订单收货: 'received',
  订单结算: 'settled',
  订单退货退款: 'invalid',
  订单退款退货: 'invalid',
};

/** Headers that identify this export (detection) and that every row needs. */
export const DOUYIN_EXPORT_HEADERS = ['订单id', '抖音/火山号', '支付金额', '佣金率', '订单状态', '付款时间'];

export function parseDouyinExportRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, '订单id');
    const marked = lookupStatus(DOUYIN_EXPORT_STATUS, requiredText(row, '订单状态'), '订单状态');
    const settledAt = wallTime(row, '订单结算时间');
    const status = settledOnlyWithInstant(marked, settledAt);
    const settled = status === 'settled';
    const account = text(row, '抖音/火山号');
    if (account === '') throw new RowError('抖音/火山号: missing, cannot name the account', '抖音/火山号：缺失，无法确定平台账号');
    const rate = percentRate(row, '佣金率');
    const gmvFen = yuan(row, '支付金额');
    return {
      order: {
        platform: 'douyin',
        rowKey: key,
        accountIdentifier: account,
        accountIdentifiers: [account],
        // The export carries no live-room id: attribution falls back to account and pay time.
        liveRoomId: null,
        product: text(row, '商品名称'),
        quantity: integer(row, '商品数量', 1),
        gmvFen,
        commissionBaseFen: settled ? yuan(row, '结算金额') : gmvFen,
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: yuan(row, '预估佣金支出'),
        settledCommissionFen: settled ? yuan(row, '实际佣金支出') : 0,
        status,
        paidAt: wallTime(row, '付款时间'),
        settledAt,
        // The export has no refund time column.
        refundedAt: null,
        sourceUpdatedAt: null,
        raw: row,
      },
    };
  });
}
