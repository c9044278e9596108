import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeBp, foldMoney, minutesBetween, mondayOf, perHourLive, refundRateBp, topBy } from '../../server/domain/report-figures';

describe('perHourLive', () => {
  it.each([
    [600_000, 480, 75_000], // 6,000 yuan over 8 hours
    [100, 90, 67], // 66.67 rounds up
    [1, 120, 1], // 0.5 rounds away from zero
    [-1, 120, -1],
    [0, 60, 0],
    [500, 0, null], // never live: no rate
  ])('when %i fen were sold over %i minutes, then %s fen an hour', (fen, minutes, expected) => {
    expect(perHourLive(fen, minutes)).toBe(expected);
  });

  it('when the minutes are an hour\'s multiple, then the rate times the hours gives the amount back', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 1, max: 1000 }), (fen, hours) => {
      expect(perHourLive(fen * hours, hours * 60)).toBe(fen);
    }));
  });
});

describe('refundRateBp and changeBp', () => {
  it.each([
    [0, 10_000, 0], [2_500, 10_000, 2500], [1, 3, 3333], [2, 3, 6667], [5, 0, null],
  ])('when %i of %i fen were refunded, then %s bp', (refunds, sold, expected) => {
    expect(refundRateBp(refunds, sold)).toBe(expected);
  });

  it.each([
    [150, 100, 5000], [50, 100, -5000], [100, 100, 0], [1, 3, -6667], [100, 0, null], [-50, -100, 5000],
  ])('when this month is %i against %i, then the change is %s bp', (current, previous, expected) => {
    expect(changeBp(current, previous)).toBe(expected);
  });

  it('when any rate is taken, then it lies within 0..10000 for refunds no larger than the sales', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10 ** 12 }), fc.double({ min: 0, max: 1, noNaN: true }), (sold, share) => {
      const rate = refundRateBp(Math.floor(sold * share), sold)!;
      expect(rate).toBeGreaterThanOrEqual(0);
      expect(rate).toBeLessThanOrEqual(10_000);
    }));
  });
});

describe('minutesBetween, mondayOf and topBy', () => {
  it('when a session runs backwards or for 90.5 minutes, then 0 and 90', () => {
    expect(minutesBetween(new Date('2026-11-10T12:00:00Z'), new Date('2026-11-10T11:00:00Z'))).toBe(0);
    expect(minutesBetween(new Date('2026-11-10T12:00:00Z'), new Date('2026-11-10T13:30:30Z'))).toBe(90);
  });

  it.each([['2026-12-05', '2026-11-30'], ['2026-11-30', '2026-11-30'], ['2026-12-06', '2026-11-30'], ['2026-01-01', '2025-12-29'], ['1970-01-01', '1969-12-29']])(
    'when the date is %s, then its week starts on Monday %s', (date, monday) => expect(mondayOf(date)).toBe(monday),
  );

  it('when hosts tie, then the smaller id comes first, and never more than n', () => {
    const rows = [{ key: 3, v: 5 }, { key: 1, v: 5 }, { key: 2, v: 9 }, { key: 4, v: 1 }];
    expect(topBy(rows, 3, (r) => r.v).map((r) => r.key)).toEqual([2, 1, 3]);
  });
});

describe('foldMoney', () => {
  it('when the rows of three intervals are folded into two days, then each day adds up its intervals and every field is kept', () => {
    const days = ['2026-11-30', '2026-11-30', '2026-12-01'];
    const folded = foldMoney({
      paid: [{ bucket: 0, key: 'douyin', orders: 2, gmvFen: 300, estimatedCommissionFen: 30 }, { bucket: 1, key: 'kuaishou', orders: 1, gmvFen: 20, estimatedCommissionFen: 2 }, { bucket: 2, key: 'douyin', orders: 1, gmvFen: 100, estimatedCommissionFen: 10 }],
      settled: [{ bucket: 2, key: 'kuaishou', settledCommissionFen: 7 }],
      refunds: [{ bucket: 0, key: 'douyin', refunds: 1, refundsFen: 50 }],
    }, (i) => days[i]!);
    expect(Object.fromEntries(folded)).toEqual({
      '2026-11-30': { orders: 3, gmvFen: 320, estimatedCommissionFen: 32, settledCommissionFen: 0, refunds: 1, refundsFen: 50 },
      '2026-12-01': { orders: 1, gmvFen: 100, estimatedCommissionFen: 10, settledCommissionFen: 7, refunds: 0, refundsFen: 0 },
    });
  });

  it('when a group is refused (null), then its rows are left out', () => {
    const folded = foldMoney({ paid: [{ bucket: 0, key: null, gmvFen: 5 }], settled: [], refunds: [] }, (_i, key) => (key === null ? null : 'x'));
    expect(folded.size).toBe(0);
  });
});
