// Test helpers: read a fixture through the importers and total it the way expected.json does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { periodOf } from '../../../server/domain/periods.ts';
import { readOrders, type NormalizedOrder, type ReadOrdersInput, type RowResult } from '../../../server/importers/index.ts';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/platforms/', import.meta.url));
export const fixture = (name: string): string => `${FIXTURES}${name}`;

export interface Totals {
  rows: number;
  byStatus: Record<string, number>;
  gmvFen: number;
  estimatedCommissionFen: number;
  settledCommissionFen: number;
  settledByAccount: Record<string, number>;
  settledByPeriod: Record<string, number>;
}

export async function collect(input: ReadOrdersInput): Promise<RowResult[]> {
  const results: RowResult[] = [];
  for await (const result of readOrders(input)) results.push(result);
  return results;
}

export async function ordersOf(name: string): Promise<NormalizedOrder[]> {
  const results = await collect({ path: fixture(name) });
  const errors = results.filter((r) => 'error' in r);
  if (errors.length > 0) throw new Error(`${name}: ${JSON.stringify(errors)}`);
  return results.flatMap((r) => ('order' in r ? [r.order] : []));
}

const add = (map: Record<string, number>, key: string, n: number): void => {
  map[key] = (map[key] ?? 0) + n;
};

/** Totals as expected.json defines them; `accountOf` maps a platform identifier to the agency account. */
export function totals(orders: NormalizedOrder[], accountOf: (order: NormalizedOrder) => string): Totals {
  const t: Totals = {
    rows: orders.length, byStatus: {}, gmvFen: 0, estimatedCommissionFen: 0, settledCommissionFen: 0,
    settledByAccount: {}, settledByPeriod: {},
  };
  for (const order of orders) {
    add(t.byStatus, order.status, 1);
    t.gmvFen += order.gmvFen;
    if (order.status !== 'invalid') t.estimatedCommissionFen += order.estimatedCommissionFen;
    if (order.status !== 'settled') continue;
    t.settledCommissionFen += order.settledCommissionFen;
    add(t.settledByAccount, accountOf(order), order.settledCommissionFen);
    if (!order.settledAt) throw new Error(`settled order ${order.rowKey} has no settledAt`);
    add(t.settledByPeriod, periodOf(order.settledAt, 'Asia/Shanghai'), order.settledCommissionFen);
  }
  return t;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Expected = Record<string, any>;
export const expected: Expected = JSON.parse(readFileSync(fixture('expected.json'), 'utf8'));

/** The agency account for a platform identifier, from expected.json's `*Accounts` lists. */
export function accountMap(list: Array<Record<string, string>>): (order: NormalizedOrder) => string {
  const byId = new Map<string, string>();
  for (const entry of list) {
    for (const [field, value] of Object.entries(entry)) {
      if (field !== 'account' && field !== 'nickname' && entry.account) byId.set(value, entry.account);
    }
  }
  return (order) => {
    const id = order.accountIdentifiers.find((candidate) => byId.has(candidate));
    if (!id) throw new Error(`order ${order.rowKey}: no registered account for ${order.accountIdentifiers.join(', ')}`);
    return byId.get(id) ?? '';
  };
}
