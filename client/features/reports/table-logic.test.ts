import { describe, expect, it } from 'vitest';
import type { ReportRow } from './api';
import { defaultRange, sortRows } from './table-logic';

const row = (key: string, label: string, gmvFen: number, payableFen: number | null): ReportRow => ({
  key, label, gmvFen, payableFen, netFen: payableFen, orders: 1, estimatedCommissionFen: 0, settledCommissionFen: 0, refunds: 0, refundsFen: 0, link: {},
});

describe('sortRows', () => {
  const rows = [row('1', '乙', 300, null), row('2', '甲', 100, 50), row('3', '', 300, 20)];

  it('when sorted by GMV, then ties keep the API\'s order, both ways', () => {
    expect(sortRows(rows, 'gmvFen', 'asc').map((r) => r.key)).toEqual(['2', '1', '3']);
    expect(sortRows(rows, 'gmvFen', 'desc').map((r) => r.key)).toEqual(['1', '3', '2']);
  });

  it('when a value is missing (no payouts, no name), then that row goes last either way', () => {
    expect(sortRows(rows, 'payableFen', 'asc').map((r) => r.key)).toEqual(['3', '2', '1']);
    expect(sortRows(rows, 'payableFen', 'desc').map((r) => r.key)).toEqual(['2', '3', '1']);
    expect(sortRows(rows, 'label', 'desc').at(-1)?.key).toBe('3');
  });

  it('when the month has begun, then the range runs from its first day to today', () => {
    expect(defaultRange('2026-12-05')).toEqual({ from: '2026-12-01', to: '2026-12-05' });
  });
});
