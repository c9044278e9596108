// jd.union.open.order.row.query rows (platform-formats.md 5): money and rates are JSON numbers
// in yuan and percent (read from their source text, never a float), Beijing wall times,
// validCode as the status, and settlement marked by payMonth (yyyyMMdd, 0 until completed).
import { PLATFORM_TIME_ZONE, guardRow, integer, percentRate, requiredText, rowKey, RowError, text, wallTime, yuan } from './fields.ts';
import { zonedWallTimeToInstant } from '../domain/zones.ts';
import { quoted } from '../domain/echo.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

/** 17 is 已完成; it is settled once payMonth is set (fixtures README). Anything unlisted is invalid. */
export function jdStatus(validCode: number, payMonth: number): OrderStatus {
  if (validCode === 15) return 'pending';
  if (validCode === 16 || validCode === 24) return 'paid';
  if (validCode === 17) return payMonth === 0 ? 'received' : 'settled';
  return 'invalid';
}

/** payMonth 20261116 -> 2026-11-16 00:00 Beijing; 0 -> null. */
function payMonthInstant(row: PlatformRow): Date | null {
  const value = integer(row, 'payMonth');
  if (value === 0) return null;
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(String(value));
  const wall = match && { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]), h: 0, mi: 0, s: 0 };
  try {
    if (wall) return zonedWallTimeToInstant(wall, PLATFORM_TIME_ZONE);
  } catch {
    // an impossible date falls through to the row error below
  }
  throw new RowError(`payMonth: ${quoted(String(value))} is not a date (yyyyMMdd)`, `payMonth：${quoted(String(value))} 不是日期（yyyyMMdd）`);
}

export function parseJdApiRow(row: PlatformRow): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, 'id');
    const settledAt = payMonthInstant(row);
    requiredText(row, 'validCode');
    const status = jdStatus(integer(row, 'validCode'), settledAt ? 1 : 0);
    const settled = status === 'settled';
    const account = requiredText(row, 'positionId');
    const rate = percentRate(row, 'commissionRate');
    const quantity = integer(row, 'skuNum', 1);
    const gmvFen = yuan(row, 'price') * quantity;
    if (!Number.isSafeInteger(gmvFen)) throw new RowError(`price x skuNum: ${gmvFen} fen is too large`, `price x skuNum：${gmvFen} 分，金额过大`);
    return {
      order: {
        platform: 'jd',
        rowKey: key,
        accountIdentifier: account,
        accountIdentifiers: [account],
        liveRoomId: null,
        product: text(row, 'skuName'),
        quantity,
        // The row has a unit price, not a line total: GMV is price x skuNum, exact in fen.
        gmvFen,
        commissionBaseFen: yuan(row, settled ? 'actualCosPrice' : 'estimateCosPrice'),
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: yuan(row, 'estimateFee'),
        settledCommissionFen: settled ? yuan(row, 'actualFee') : 0,
        status,
        paidAt: wallTime(row, 'orderTime'),
        settledAt,
        refundedAt: null,
        sourceUpdatedAt: wallTime(row, 'modifyTime'),
        raw: row,
      },
    };
  });
}
