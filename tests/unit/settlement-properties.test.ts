import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { datesOfPeriod } from '../../server/domain/periods';
import { DomainRuleError } from '../../server/domain/rule-error';
import { settleStatement, type Statement } from '../../server/domain/settlement';
import { laborWithholding } from '../../server/domain/tax';
import type { ContractTermsInput } from '../../server/domain/terms';
import { entries, pitFeePart, statementInput } from './settlement-fixtures';

// Properties every statement keeps, over random terms and amounts.

const rateBp = fc.integer({ min: 0, max: 10000 });
const tiers = fc.uniqueArray(fc.integer({ min: 1, max: 50_000_000 }), { maxLength: 3 })
  .chain((froms) => fc.tuple(...[0, ...froms.sort((a, b) => a - b)].map((fromFen) => rateBp.map((r) => ({ fromFen, rateBp: r })))));
const hostShare = fc.oneof(
  rateBp.map((r) => ({ mode: 'flat' as const, rateBp: r })),
  fc.tuple(fc.constantFrom('tiered_marginal' as const, 'tiered_whole' as const), tiers).map(([mode, t]) => ({ mode, tiers: t })),
);
const guarantee = fc.option(fc.record({
  amountFen: fc.nat(3_000_000),
  mode: fc.constantFrom('max' as const, 'plus' as const),
  live: fc.option(fc.record({ minLiveDays: fc.integer({ min: 1, max: 31 }), minMinutesPerDay: fc.integer({ min: 1, max: 1440 }) }), { nil: undefined }),
}).map(({ live, ...g }) => ({ ...g, ...live })), { nil: undefined });
const terms: fc.Arbitrary<ContractTermsInput> = fc.record({
  hostShare,
  includePitFees: fc.boolean(),
  deductCosts: fc.boolean(),
  guarantee,
  tax: fc.constantFrom('labor' as const, 'none' as const),
}).map(({ guarantee: g, ...t }) => (g ? { ...t, guarantee: g } : t));

const amounts = fc.record({
  commission: fc.array(fc.integer({ min: -5_000_000, max: 20_000_000 }), { maxLength: 4 }),
  pitFees: fc.array(fc.nat(5_000_000), { maxLength: 3 }),
  costs: fc.array(fc.nat(3_000_000), { maxLength: 3 }),
  carryIn: fc.integer({ min: -10_000_000, max: 0 }),
  activeFrom: fc.integer({ min: 0, max: 30 }),
  minutes: fc.array(fc.integer({ min: 0, max: 600 }), { minLength: 30, maxLength: 30 }),
  adjustments: fc.array(fc.integer({ min: -3_000_000, max: 3_000_000 }), { maxLength: 3 }),
});

type Amounts = typeof amounts extends fc.Arbitrary<infer A> ? A : never;

/** The statement, or the DomainRuleError refusing its adjustments. */
function settle(t: ContractTermsInput, a: Amounts): Statement | DomainRuleError {
  const input = statementInput(t, {
    commission: entries(...a.commission),
    pitFeeParts: a.pitFees.map((fen, i) => pitFeePart(i + 1, i + 1, fen)),
    costs: a.costs.map((amountFen, i) => ({ id: i + 1, kind: 'other' as const, amountFen })),
    carryIn: { statementId: 1, amountFen: a.carryIn },
    activeDates: datesOfPeriod('2026-11').slice(a.activeFrom),
    minutesByDay: a.minutes,
    adjustments: a.adjustments.map((amountFen) => ({ amountFen, reason: 'test' })),
  });
  try {
    return settleStatement(input);
  } catch (error) {
    if (error instanceof DomainRuleError) return error;
    throw error;
  }
}

describe('settleStatement properties', () => {
  it('when any statement is settled, then base = payable + agencyKeeps, net = payable - tax, and payable and tax are never negative', () => {
    fc.assert(fc.property(terms, amounts, (t, a) => {
      const s = settle(t, a);
      if (s instanceof DomainRuleError) return;
      const { amounts: x } = s;
      expect(x.baseFen).toBe(x.payableFen + x.agencyKeepsFen);
      expect(x.netFen).toBe(x.payableFen - x.taxFen);
      expect(x.payableFen).toBeGreaterThanOrEqual(0);
      expect(x.taxFen).toBeGreaterThanOrEqual(0);
      expect(x.taxFen).toBeLessThanOrEqual(x.payableFen);
      expect(x.carryOutFen).toBe(Math.min(0, x.baseFen));
    }));
  });

  it('when adjustments are random, then a statement is refused exactly when they would take the payable below 0', () => {
    fc.assert(fc.property(terms, amounts, (t, a) => {
      const withoutAdjustments = settle(t, { ...a, adjustments: [] });
      if (withoutAdjustments instanceof DomainRuleError) throw withoutAdjustments;
      const payable = withoutAdjustments.amounts.payableFen + a.adjustments.reduce((sum, fen) => sum + fen, 0);
      expect(settle(t, a) instanceof DomainRuleError).toBe(payable < 0);
    }));
  });

  it('when the base is 0 or more, then the share never exceeds it; below 0, the share is 0', () => {
    fc.assert(fc.property(terms, amounts, (t, a) => {
      const s = settle(t, { ...a, adjustments: [] });
      if (s instanceof DomainRuleError) throw s;
      const { baseFen, shareFen } = s.amounts;
      expect(shareFen).toBeGreaterThanOrEqual(0);
      expect(shareFen).toBeLessThanOrEqual(Math.max(0, baseFen));
    }));
  });

  it('when any statement is settled, then every line shows the amount the totals hold and adds up from its inputs', () => {
    fc.assert(fc.property(terms, amounts, (t, a) => {
      const s = settle(t, { ...a, adjustments: [] });
      if (s instanceof DomainRuleError) throw s;
      const { lines: l, amounts: x } = s;
      expect([l.commission, l.pitFees, l.costs, l.carryIn, l.base, l.share, l.payable, l.tax, l.net, l.carryOut, l.agencyKeeps].map((line) => line.amountFen))
        .toEqual([x.commissionFen, x.pitFeesFen, x.costsFen, x.carryInFen, x.baseFen, x.shareFen, x.payableFen, x.taxFen, x.netFen, x.carryOutFen, x.agencyKeepsFen]);
      expect(l.base.amountFen).toBe(l.commission.amountFen + l.pitFees.amountFen - l.costs.amountFen + l.carryIn.amountFen);
      expect(l.commission.amountFen).toBe(a.commission.reduce((sum: number, e: number) => sum + e, 0));
      expect(l.guarantee?.amountFen ?? 0).toBe(x.guaranteeFen);
      expect(l.costs.byKind.other.totalFen).toBe(l.costs.recordedFen);
    }));
  });

  it('when income grows, then the labor tax never falls, on its own or through a statement', () => {
    const income = fc.integer({ min: -100_000, max: 200_000_000 });
    fc.assert(fc.property(income, fc.nat(50_000_000), (low, more) => {
      expect(laborWithholding(low + more).taxFen).toBeGreaterThanOrEqual(laborWithholding(low).taxFen);
    }));
    fc.assert(fc.property(fc.nat(20_000_000), fc.nat(5_000_000), (low, more) => {
      const taxOn = (fen: number) => settleStatement(statementInput({ hostShare: { mode: 'flat', rateBp: 10000 }, tax: 'labor' }, { commission: entries(fen) })).amounts.taxFen;
      expect(taxOn(low + more)).toBeGreaterThanOrEqual(taxOn(low));
    }));
  });

  it('when the income crosses a bracket edge by one fen, then the tax moves by at most a fen', () => {
    for (const edge of [400_000, 2_500_000, 6_250_000]) {
      expect(laborWithholding(edge + 1).taxFen - laborWithholding(edge).taxFen).toBeLessThanOrEqual(1);
    }
  });
});
