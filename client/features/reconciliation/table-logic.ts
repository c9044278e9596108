import type { SortOrder } from '../../components/ui/SortHeader';
import type { ReconciliationItem } from './api';

// The reconciliation table's order and totals, on the client: a period has one row per platform account,
// all of them in one answer, so sorting needs no round trip.

export const countKeys = ['orders', 'invalidOrders', 'commissionMismatches', 'settledWithoutHost'] as const;
export const moneyKeys = ['gmvFen', 'estimatedCommissionFen', 'settledCommissionFen', 'refundsFen', 'ledgerFen', 'payoutFen', 'differenceFen'] as const;
export const sortKeys = ['platform', 'handle', 'host', ...countKeys, ...moneyKeys, 'reconciled'] as const;

export type CountKey = (typeof countKeys)[number];
export type MoneyKey = (typeof moneyKeys)[number];
export type SortKey = (typeof sortKeys)[number];

export function isSortKey(value: string): value is SortKey {
  return (sortKeys as readonly string[]).includes(value);
}

type Value = string | number | boolean | null;

function valueOf(item: ReconciliationItem, key: SortKey, hostName: (id: number) => string): Value {
  if (key === 'host') return hostName(item.hostId);
  if (key === 'handle') return item.handle;
  return item[key];
}

function compare(a: Value, b: Value): number {
  if (typeof a === 'string' && typeof b === 'string') return a.localeCompare(b, 'zh-CN');
  return Number(a) - Number(b);
}

/** The rows by one column; an empty value (no payout yet, no handle) goes last either way; ties keep the API's order. */
export function sortItems(items: readonly ReconciliationItem[], key: SortKey, order: SortOrder, hostName: (id: number) => string): ReconciliationItem[] {
  const sign = order === 'asc' ? 1 : -1;
  return items
    .map((item, index) => ({ item, index, value: valueOf(item, key, hostName) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      return sign * compare(a.value, b.value) || a.index - b.index;
    })
    .map(({ item }) => item);
}

export type Totals = Record<CountKey, number> & Record<MoneyKey, number | null> & { reconciled: number };

/** Column sums in integer fen; payout and difference sum only the accounts with a payout entered (null when none has). */
export function totalsOf(items: readonly ReconciliationItem[]): Totals {
  const sum = (key: CountKey | MoneyKey) => {
    const values = items.map((i) => i[key]).filter((v): v is number => v !== null);
    return values.length === 0 && (key === 'payoutFen' || key === 'differenceFen') ? null : values.reduce((t, v) => t + v, 0);
  };
  const totals = { reconciled: items.filter((i) => i.reconciled).length } as Totals;
  for (const key of countKeys) totals[key] = sum(key) ?? 0;
  for (const key of moneyKeys) totals[key] = sum(key);
  return totals;
}
