import { joinList, orderStatusLabels, platformLabels } from '../../domain/labels';
import type { Platform } from '../../domain/roster';
import { text, type Locale } from '../../domain/text';
import type { AppDeps } from '../../deps';
import type { TableDownload } from '../../http/table-download';
import { hostSummaries } from '../hosts/hosts.service';
import { currentSettings } from '../settings/settings.service';
import { EXPORT_PAGE_ROWS, wallClock } from './ledger-export';
import type { OrderFilterQuery } from '../../shared/api/ledger';
import { orderFilterOf } from './ledger.service';
import { ordersPageAfter, type OrderCursor } from './orders.repo';

// The orders list as finance exports it (issue 17): exactly what the list's filter matches, in the list's
// order, headers and labels in the reader's language, money in yuan, read a page at a time.

const orderColumns = [
  { header: text('Paid at', '付款时间'), width: 20 },
  { header: text('Platform', '平台'), width: 14 },
  { header: text('Platform order no.', '平台订单号'), width: 24 },
  { header: text('Order status', '订单状态'), width: 12 },
  { header: text('Hosts', '主播'), width: 18 },
  { header: text('Product', '商品'), width: 30 },
  { header: text('Quantity', '数量'), width: 8 },
  { header: text('GMV (yuan)', '成交金额（元）'), width: 14, money: true },
  { header: text('Commission rate', '佣金率'), width: 10 },
  { header: text('Estimated commission (yuan)', '预估佣金（元）'), width: 16, money: true },
  { header: text('Settled commission (yuan)', '结算佣金（元）'), width: 16, money: true },
  { header: text('Settled at', '结算时间'), width: 20 },
  { header: text('Refunded at', '退款时间'), width: 20 },
];

/** A rate in basis points as a percentage with two decimals: 3200 -> "32.00%". */
const percent = (bp: number) => `${bp < 0 ? '-' : ''}${Math.floor(Math.abs(bp) / 100)}.${String(Math.abs(bp) % 100).padStart(2, '0')}%`;

export function ordersTable(deps: AppDeps, query: OrderFilterQuery, locale: Locale, pageRows = EXPORT_PAGE_ROWS): TableDownload {
  const { timezone } = currentSettings(deps);
  const filter = orderFilterOf(deps, query);
  const at = (d: Date | null) => (d ? wallClock(d, timezone) : null);
  function* pages() {
    let after: OrderCursor | null = null;
    for (;;) {
      const rows = ordersPageAfter(deps.db, filter, after, pageRows);
      const names = hostSummaries(deps.db, [...new Set(rows.flatMap((o) => o.hosts.map((h) => h.hostId)))]);
      yield rows.map((o) => [
        at(o.paidAt), platformLabels[o.platform as Platform]?.in(locale) ?? o.platform, o.rowKey, orderStatusLabels[o.status].in(locale),
        joinList(o.hosts.map((h) => names.get(h.hostId)?.stageName ?? `#${h.hostId}`), locale), o.product, o.quantity,
        o.gmvFen, percent(o.commissionRateBp), o.estimatedCommissionFen, o.settledCommissionFen, at(o.settledAt), at(o.refundedAt),
      ]);
      const last = rows.at(-1);
      if (!last || rows.length < pageRows) return;
      after = { paidAt: last.paidAt, id: last.id };
    }
  }
  return {
    fileName: `orders-${query.period ?? 'all'}${query.hostId ? `-host${query.hostId}` : ''}`,
    sheetName: text('Orders', '订单').in(locale),
    columns: orderColumns.map((c) => ({ ...c, header: c.header.in(locale) })),
    pages: pages(),
  };
}
