// Taobao's API rows and its publisher export carry the same facts under different column names:
// one mapping, read through a table of columns per format (platform-formats.md 3.2-3.4).
import { guardRow, integer, lookupStatus, percentRate, requiredText, rowKey, settledTime, text, wallTime, yuan } from './fields.ts';
import type { OrderStatus, ParsedRow, PlatformRow } from './types.ts';

export interface TaobaoColumns {
  rowKey: string;
  status: string;
  /** The promotion slot (adzone) that names the account. */
  account: string;
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
}

export function parseTaobaoRow(row: PlatformRow, columns: TaobaoColumns, statuses: Readonly<Record<string, OrderStatus>>): ParsedRow {
  return guardRow(() => {
    const key = rowKey(row, columns.rowKey);
    const status = lookupStatus(statuses, requiredText(row, columns.status), columns.status);
    const settled = status === 'settled';
    const account = requiredText(row, columns.account);
    const rate = percentRate(row, columns.rate);
    const gmvFen = yuan(row, columns.gmv);
    return {
      order: {
        platform: 'taobao',
        rowKey: key,
        accountIdentifier: account,
        accountIdentifiers: [account],
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
        settledAt: settledTime(wallTime(row, columns.settledAt), settled, columns.settledAt),
        // Refunds after settlement come from a separate API (taobao.tbk.order.refund).
        refundedAt: null,
        raw: row,
      },
    };
  });
}
