// Taobao's API rows and its publisher export carry the same facts under different column names:
// one mapping, read through a table of columns per format (platform-formats.md 3.2-3.4).
import { guardRow, integer, lookupStatus, percentRate, requiredText, rowKey, settledOnlyWithInstant, text, wallTime, yuan } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

export interface TaobaoColumns {
  rowKey: string;
  status: string;
  /** The promotion slot (adzone, 推广位) that names the account. */
  adzone: string;
  /** The channel relation id (渠道关系ID) that names a talent of a 渠道 order. */
  relation: string;
  rate: string;
  gmv: string;
  product: string;
  quantity: string;
  /** The amount confirmed at receipt: the commission base once settled. */
  settledBase: string;
  estimated: string;
  settled: string;
  paidAt: string;
  settledAt: string;
  /** The row's last-update time, where the format has one (the API's modified_time; the export has none). */
  updatedAt?: string;
}

/** What a relation id cell holds when the order is no 渠道 order ('-' already reads as ''). */
const NO_RELATION = new Set(['', '0']);

/**
 * The relation id first, then the adzone. With 渠道 (channel) orders every talent shares one
 * adzone and only the relation id tells them apart, so when both name registered accounts the
 * relation id's account, the more specific, must win (attribution takes the first identifier
 * that names one; the unmatched queue assigns the first). The adzone stays the fallback, and the
 * only identifier of an ordinary order.
 */
function accountIdentifiers(row: PlatformRow, columns: TaobaoColumns): string[] {
  const adzone = requiredText(row, columns.adzone);
  const relation = text(row, columns.relation);
  return NO_RELATION.has(relation) || relation === adzone ? [adzone] : [relation, adzone];
}

export function parseTaobaoRow(row: PlatformRow, columns: TaobaoColumns, statuses: Readonly<Record<string, OrderStatus>>): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, columns.rowKey);
    const marked = lookupStatus(statuses, requiredText(row, columns.status), columns.status);
    const settledAt = wallTime(row, columns.settledAt);
    const status = settledOnlyWithInstant(marked, settledAt);
    const settled = status === 'settled';
    const ids = accountIdentifiers(row, columns);
    const rate = percentRate(row, columns.rate);
    const gmvFen = yuan(row, columns.gmv);
    return {
      order: {
        platform: 'taobao',
        rowKey: key,
        accountIdentifier: ids[0] ?? '',
        accountIdentifiers: ids,
        liveRoomId: null,
        product: text(row, columns.product),
        quantity: integer(row, columns.quantity, 1),
        gmvFen,
        commissionBaseFen: settled ? yuan(row, columns.settledBase) : gmvFen,
        commissionRateBp: rate.bp,
        commissionRateRaw: rate.raw,
        estimatedCommissionFen: yuan(row, columns.estimated),
        settledCommissionFen: settled ? yuan(row, columns.settled) : 0,
        status,
        paidAt: wallTime(row, columns.paidAt),
        settledAt,
        // Refunds after settlement come from a separate API (taobao.tbk.order.refund).
        refundedAt: null,
        sourceUpdatedAt: columns.updatedAt ? wallTime(row, columns.updatedAt) : null,
        raw: row,
      },
    };
  });
}
