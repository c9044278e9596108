import { describe, expect, it } from 'vitest';
import type { ReconciliationItem } from './api';
import { sortItems, totalsOf } from './table-logic';

const item = (accountId: number, patch: Partial<ReconciliationItem> = {}): ReconciliationItem => ({
  accountId, platform: 'douyin', handle: `h${accountId}`, hostId: accountId, orders: 0, invalidOrders: 0, gmvFen: 0, estimatedCommissionFen: 0,
  settledCommissionFen: 0, refundsFen: 0, ledgerFen: 0, payoutFen: null, differenceFen: null, commissionMismatches: 0, settledWithoutHost: 0,
  reconciled: false, note: '', reconciledBy: null, reconciledAt: null, ...patch,
});

const names: Record<number, string> = { 1: '小雨', 2: '阿杰', 3: '大川' };
const hostName = (id: number) => names[id] ?? `#${id}`;

describe('sortItems', () => {
  it('when sorted by a money column, then ascending and descending reverse, and a missing payout stays last', () => {
    const rows = [item(1, { payoutFen: 500 }), item(2), item(3, { payoutFen: -20 })];
    expect(sortItems(rows, 'payoutFen', 'asc', hostName).map((r) => r.accountId)).toEqual([3, 1, 2]);
    expect(sortItems(rows, 'payoutFen', 'desc', hostName).map((r) => r.accountId)).toEqual([1, 3, 2]);
  });

  it('when sorted by host, then by the host\'s name, not its id', () => {
    const rows = [item(1), item(2), item(3)];
    expect(sortItems(rows, 'host', 'asc', hostName).map((r) => hostName(r.hostId))).toEqual([...Object.values(names)].sort((a, b) => a.localeCompare(b, 'zh-CN')));
  });

  it('when values tie, then the API\'s order is kept', () => {
    const rows = [item(3, { reconciled: true }), item(1), item(2, { reconciled: true })];
    expect(sortItems(rows, 'reconciled', 'desc', hostName).map((r) => r.accountId)).toEqual([3, 2, 1]);
  });
});

describe('totalsOf', () => {
  it('when some accounts have a payout, then payout and difference sum only those, to the fen', () => {
    const totals = totalsOf([
      item(1, { orders: 3, gmvFen: 10_001, ledgerFen: 700, payoutFen: 701, differenceFen: 1, reconciled: true }),
      item(2, { orders: 2, gmvFen: 20_002, ledgerFen: 300, commissionMismatches: 1 }),
    ]);
    expect(totals).toMatchObject({ orders: 5, gmvFen: 30_003, ledgerFen: 1_000, payoutFen: 701, differenceFen: 1, commissionMismatches: 1, reconciled: 1 });
  });

  it('when no account has a payout, then the payout and difference totals are empty, not zero', () => {
    expect(totalsOf([item(1)])).toMatchObject({ payoutFen: null, differenceFen: null });
  });
});
