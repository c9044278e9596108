// buyin.instituteOrderMCN / kolOrderAds rows (platform-formats.md 1.2-1.4): money in fen,
// commission_rate x10000, Beijing wall times, flow_point as the status.
import { guardRow, integer, lookupStatus, ratioRate, requiredText, rowKey, settledOnlyWithInstant, RowError, text, wallTime } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

// Some SDK comments spell CONFIRM as COMFIRM: both occur in saved payloads.
export const DOUYIN_API_STATUS: Readonly<Record<string, OrderStatus>> = {
  PAY_SUCC: 'paid',
  CONFIRM: 'received',
  COMFIRM: 'received',
  SETTLE: 'settled',
  REFUND: 'invalid',
};

/** The buyin id is what the MCN API keys talents by; the short id (抖音号) is the fallback. */
function accountIdentifiers(row: PlatformRow): string[] {
  const ids = [text(row, 'author_buyin_id'), text(row, 'author_short_id')].filter((id) => id !== '');
  if (ids.length === 0) throw new RowError('author_buyin_id / author_short_id: missing, cannot name the account', 'author_buyin_id / author_short_id：缺失，无法确定平台账号');
  return ids;
}

/** media_id is the live-room id only for live orders; for video it is a video id. */
function liveRoomId(row: PlatformRow): string | null {
  const id = text(row, 'media_id');
  return text(row, 'media_type') === 'live' && id !== '' && id !== '0' ? id : null;
}

export function parseDouyinApiRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, 'order_id');
    const marked = lookupStatus(DOUYIN_API_STATUS, requiredText(row, 'flow_point'), 'flow_point');
    // A refund after settlement keeps its settle_time: kept here, but nothing is booked.
    const settledAt = wallTime(row, 'settle_time');
    const status = settledOnlyWithInstant(marked, settledAt);
    const settled = status === 'settled';
    const ids = accountIdentifiers(row);
    const rate = ratioRate(row, 'commission_rate', 10_000);
    return {
      order: {
        platform: 'douyin',
        rowKey: key,
        accountIdentifier: ids[0] ?? '',
        accountIdentifiers: ids,
        liveRoomId: liveRoomId(row),
        product: text(row, 'product_name'),
        quantity: integer(row, 'item_num', 1),
        gmvFen: integer(row, 'total_pay_amount'),
        // settled_goods_amount stays 0 until settlement: the estimate base applies before.
        commissionBaseFen: integer(row, settled ? 'settled_goods_amount' : 'pay_goods_amount'),
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: integer(row, 'estimated_commission'),
        settledCommissionFen: settled ? integer(row, 'real_commission') : 0,
        status,
        paidAt: wallTime(row, 'pay_success_time'),
        settledAt,
        refundedAt: wallTime(row, 'refund_time'),
        sourceUpdatedAt: wallTime(row, 'update_time'),
        raw: row,
      },
    };
  });
}

