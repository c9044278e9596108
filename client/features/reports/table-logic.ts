import type { SortOrder } from '../../components/ui/SortHeader';
import type { ReportRow } from './api';

// The report table's order on the client: a report answers all its rows at once, so sorting needs no round trip.

export const moneyKeys = ['gmvFen', 'estimatedCommissionFen', 'settledCommissionFen', 'refundsFen', 'payableFen', 'netFen'] as const;
export const countKeys = ['orders', 'refunds'] as const;
export const sortKeys = ['label', ...countKeys, ...moneyKeys] as const;
export type SortKey = (typeof sortKeys)[number];

export function isSortKey(value: string): value is SortKey {
  return (sortKeys as readonly string[]).includes(value);
}

/** The rows by one column; an empty value (no payouts, no name) goes last either way; ties keep the API's order. */
export function sortRows(rows: readonly ReportRow[], key: SortKey, order: SortOrder): ReportRow[] {
  const sign = order === 'asc' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: row[key] }))
    .sort((a, b) => {
      const empty = (v: unknown) => v === null || v === '';
      if (empty(a.value) || empty(b.value)) return empty(a.value) === empty(b.value) ? a.index - b.index : empty(a.value) ? 1 : -1;
      const byValue = typeof a.value === 'string' ? a.value.localeCompare(String(b.value), 'zh-CN') : Number(a.value) - Number(b.value);
      return sign * byValue || a.index - b.index;
    })
    .map((x) => x.row);
}

/** A month's first day and today, the report's default range. */
export function defaultRange(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 7)}-01`, to: today };
}
