import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { guaranteeAmount, hostShare, payable } from '../../server/domain/splits';
import type { HostShareTerms } from '../../server/domain/terms';

const tiers = [
  { fromFen: 0, rateBp: 3000 },
  { fromFen: 10_000_000, rateBp: 4000 },
];
const marginal: HostShareTerms = { mode: 'tiered_marginal', tiers };
const whole: HostShareTerms = { mode: 'tiered_whole', tiers };
const flat30: HostShareTerms = { mode: 'flat', rateBp: 3000 };

describe('hostShare', () => {
  it.each([
    // SPEC section 8 worked examples
    ['flat 30%', flat30, 1_234_567, 370_370],
    ['tiered_marginal [0: 30%, 10,000,000: 40%]', marginal, 15_000_000, 5_000_000],
    ['tiered_whole [0: 30%, 10,000,000: 40%]', whole, 15_000_000, 6_000_000],
    // edges
    ['flat 30%, half a fen', flat30, 5, 2],
    ['flat 50%, exactly half a fen rounds away from zero', { mode: 'flat', rateBp: 5000 }, 1, 1],
    ['tiered_whole at the tier boundary', whole, 10_000_000, 4_000_000],
    ['tiered_whole just below the boundary', whole, 9_999_999, 3_000_000],
    ['tiered_marginal at the boundary', marginal, 10_000_000, 3_000_000],
    ['flat 30%, base 0', flat30, 0, 0],
    ['flat 30%, negative base', flat30, -50_000, 0],
    ['tiered_marginal, negative base', marginal, -1, 0],
  ] as const)('when %s of %i fen, then the share is %i fen', (_name, terms, baseFen, shareFen) => {
    expect(hostShare(baseFen, terms).shareFen).toBe(shareFen);
  });

  it('when tiered parts are fractional, then they are summed exactly and rounded once', () => {
    // 3 x 0.15 + 3 x 0.15 = 0.9 fen: per-tier rounding would give 0, the exact sum gives 1.
    const terms: HostShareTerms = { mode: 'tiered_marginal', tiers: [{ fromFen: 0, rateBp: 1500 }, { fromFen: 3, rateBp: 1500 }] };
    expect(hostShare(6, terms).shareFen).toBe(1);
  });

  it('when marginal applies, then each tier shows the part of the base inside it', () => {
    expect(hostShare(15_000_000, marginal)).toEqual({
      mode: 'tiered_marginal',
      baseFen: 15_000_000,
      shareFen: 5_000_000,
      wholeRateBp: null,
      tiers: [
        { fromFen: 0, toFen: 10_000_000, rateBp: 3000, amountInTierFen: 10_000_000, applied: true },
        { fromFen: 10_000_000, toFen: null, rateBp: 4000, amountInTierFen: 5_000_000, applied: true },
      ],
    });
  });

  it('when whole applies, then only the highest tier reached carries the whole base', () => {
    const result = hostShare(15_000_000, whole);
    expect(result.wholeRateBp).toBe(4000);
    expect(result.tiers.map((t) => [t.applied, t.amountInTierFen])).toEqual([[false, 0], [true, 15_000_000]]);
  });

  it('when the base is not positive, then no tier is applied', () => {
    const result = hostShare(-50_000, marginal);
    expect(result.tiers.every((t) => !t.applied && t.amountInTierFen === 0)).toBe(true);
    expect(result.wholeRateBp).toBeNull();
  });
});

const rateBp = fc.integer({ min: 0, max: 10000 });
const schedule = fc
  .uniqueArray(fc.integer({ min: 1, max: 100_000_000 }), { maxLength: 5 })
  .chain((starts) => {
    const fromFens = [0, ...[...starts].sort((a, b) => a - b)];
    return fc.tuple(...fromFens.map((fromFen) => rateBp.map((r) => ({ fromFen, rateBp: r }))));
  });
const base = fc.integer({ min: -1_000_000, max: 1_000_000_000 });

describe('hostShare properties', () => {
  it('when the base grows, then the marginal share never shrinks', () => {
    fc.assert(
      fc.property(schedule, base, fc.nat(100_000_000), (t, b, more) => {
        const terms: HostShareTerms = { mode: 'tiered_marginal', tiers: t };
        expect(hostShare(b + more, terms).shareFen).toBeGreaterThanOrEqual(hostShare(b, terms).shareFen);
      }),
    );
  });

  it('when rates are at most 10000 bp, then no share exceeds the base', () => {
    fc.assert(
      fc.property(schedule, base, fc.constantFrom('tiered_marginal' as const, 'tiered_whole' as const), (t, b, mode) => {
        const share = hostShare(b, { mode, tiers: t }).shareFen;
        expect(share).toBeLessThanOrEqual(Math.max(b, 0));
        expect(share).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('when the schedule has one tier, then whole, marginal and flat agree', () => {
    fc.assert(
      fc.property(rateBp, base, (r, b) => {
        const one = [{ fromFen: 0, rateBp: r }];
        const m = hostShare(b, { mode: 'tiered_marginal', tiers: one }).shareFen;
        expect(hostShare(b, { mode: 'tiered_whole', tiers: one }).shareFen).toBe(m);
        expect(hostShare(b, { mode: 'flat', rateBp: r }).shareFen).toBe(m);
      }),
    );
  });

  it('when marginal applies, then the tier amounts add up to the base', () => {
    fc.assert(
      fc.property(schedule, fc.nat(1_000_000_000), (t, b) => {
        const lines = hostShare(b, { mode: 'tiered_marginal', tiers: t }).tiers;
        expect(lines.reduce((sum, l) => sum + l.amountInTierFen, 0)).toBe(b);
      }),
    );
  });
});

describe('guaranteeAmount', () => {
  it('when the contract was active 15 of 30 days, then 1,000,000 fen prorates to 500,000', () => {
    const g = guaranteeAmount({ amountFen: 1_000_000, activeDays: 15, daysInPeriod: 30 });
    expect(g).toMatchObject({ proratedFen: 500_000, guaranteeFen: 500_000, conditionMet: true, requiredLiveDays: null });
    expect(payable({ shareFen: 200_000, guaranteeFen: g.guaranteeFen, mode: 'max' })).toBe(500_000);
  });

  it('when 20 days of 240 minutes are required and 19 were reached, then the guarantee is 0 and payable is the share', () => {
    const minutesByDay = [...Array<number>(19).fill(240), ...Array<number>(11).fill(239)];
    const liveDays = { minLiveDays: 20, minMinutesPerDay: 240, minutesByDay };
    const g = guaranteeAmount({ amountFen: 600_000, activeDays: 30, daysInPeriod: 30, liveDays });
    expect(g).toMatchObject({ proratedFen: 600_000, requiredLiveDays: 20, qualifyingDays: 19, conditionMet: false, guaranteeFen: 0 });
    expect(payable({ shareFen: 123_456, guaranteeFen: g.guaranteeFen, mode: 'plus' })).toBe(123_456);
  });

  it.each([
    // amount, activeDays, daysInPeriod, minLiveDays, required, prorated
    [600_000, 30, 30, 20, 20, 600_000],
    [600_000, 15, 31, 20, 10, 290_323], // 20 x 15 / 31 = 9.68 -> 10; 290,322.58 -> 290,323
    [100, 1, 3, 1, 1, 33],
    [100, 1, 2, 1, 1, 50],
    [1, 1, 2, 31, 16, 1], // 0.5 fen rounds away from zero
    [600_000, 0, 30, 20, 0, 0],
  ])('when %i fen, %i of %i days and %i live days, then %i days are required and %i fen prorated', (amountFen, activeDays, daysInPeriod, minLiveDays, required, prorated) => {
    const liveDays = { minLiveDays, minMinutesPerDay: 60, minutesByDay: Array<number>(daysInPeriod).fill(60) };
    const g = guaranteeAmount({ amountFen, activeDays, daysInPeriod, liveDays });
    expect([g.requiredLiveDays, g.proratedFen]).toEqual([required, prorated]);
  });

  it('when the required days are reached exactly, then the prorated guarantee is paid', () => {
    const minutesByDay = [300, 0, 240, 10, ...Array<number>(26).fill(240)];
    const g = guaranteeAmount({ amountFen: 600_000, activeDays: 30, daysInPeriod: 30, liveDays: { minLiveDays: 27, minMinutesPerDay: 240, minutesByDay } });
    expect(g).toMatchObject({ qualifyingDays: 28, conditionMet: true, guaranteeFen: 600_000 });
  });

  it.each([
    [31, 30],
    [-1, 30],
    [1.5, 30],
    [1, 0],
  ])('when activeDays is %s of %s, then it throws a RangeError', (activeDays, daysInPeriod) => {
    expect(() => guaranteeAmount({ amountFen: 1, activeDays, daysInPeriod })).toThrow(RangeError);
  });
});

describe('payable', () => {
  it.each([
    ['max', 200_000, 500_000, 500_000],
    ['max', 700_000, 500_000, 700_000],
    ['plus', 200_000, 500_000, 700_000],
    ['plus', 0, 300_000, 300_000],
  ] as const)('when mode is %s, share %i and guarantee %i, then payable is %i', (mode, shareFen, guaranteeFen, expected) => {
    expect(payable({ shareFen, guaranteeFen, mode })).toBe(expected);
  });
});
