import { orderStatusLabels, platformLabels } from '../../domain/labels';
import type { Platform } from '../../domain/roster';
import { text, type Locale } from '../../domain/text';
import { formatInstant } from '../../domain/zones';
import type { AppDeps } from '../../deps';
import type { TableDownload } from '../../http/table-download';
import { currentSettings } from '../settings/settings.service';
import { ledgerPageAfter, type LedgerFilter } from './ledger.repo';

// The ledger as finance exports it (issue 17): what the filter matches, newest first, headers and labels in
// the reader's language, read a page at a time.

export const EXPORT_PAGE_ROWS = 2000;

/** An instant as the agency's wall-clock time, as a spreadsheet reader expects it: 2026-11-11 20:00:00. */
export const wallClock = (instant: Date, timeZone: string) => formatInstant(instant, timeZone).slice(0, 19).replace('T', ' ');

const ledgerColumns = [
  { header: text('Booking period', '记账周期'), width: 12 },
  { header: text('Event time', '发生时间'), width: 20 },
  { header: text('Platform', '平台'), width: 14 },
  { header: text('Platform order no.', '平台订单号'), width: 24 },
  { header: text('Order status', '订单状态'), width: 12 },
  { header: text('Host', '主播'), width: 16 },
  { header: text('Amount (yuan)', '金额（元）'), width: 14, money: true },
];

export function ledgerTable(deps: AppDeps, filter: LedgerFilter, locale: Locale, pageRows = EXPORT_PAGE_ROWS): TableDownload {
  const { timezone } = currentSettings(deps);
  function* pages() {
    let after: { eventAt: Date; id: number } | null = null;
    for (;;) {
      const rows = ledgerPageAfter(deps.db, filter, after, pageRows);
      yield rows.map((e) => [
        e.bookingPeriod, wallClock(e.eventAt, timezone), platformLabels[e.platform as Platform]?.in(locale) ?? e.platform, e.platformOrderId,
        orderStatusLabels[e.orderStatus].in(locale), e.hostName, e.amountFen,
      ]);
      const last = rows.at(-1);
      if (!last || rows.length < pageRows) return;
      after = { eventAt: last.eventAt, id: last.id };
    }
  }
  const scope = [filter.period, filter.hostId ? `host${filter.hostId}` : undefined].filter(Boolean).join('-') || 'all';
  return {
    fileName: `ledger-${scope}`,
    sheetName: text('Ledger', '佣金台账').in(locale),
    columns: ledgerColumns.map((c) => ({ ...c, header: c.header.in(locale) })),
    pages: pages(),
  };
}
