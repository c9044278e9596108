import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DomainRuleError } from '../../server/domain/rule-error';
import { computeStatementAmounts, previewStatementAmounts } from '../../server/domain/statement';
import { hostShare, payable } from '../../server/domain/splits';
import { laborWithholding } from '../../server/domain/tax';
import type { StatementAmountsInput } from '../../server/domain/statement';
import { contractTermsSchema } from '../../server/domain/terms';
import type { ContractTermsInput } from '../../server/domain/terms';

function input(terms: ContractTermsInput, overrides: Partial<StatementAmountsInput> = {}): StatementAmountsInput {
  return {
    commissionFen: 0,
    pitFeesFen: 0,
    costsFen: 0,
    carryInFen: 0,
    terms: contractTermsSchema.parse(terms),
    activeDays: 30,
    daysInPeriod: 30,
    minutesByDay: Array<number>(30).fill(0),
    adjustments: [],
    ...overrides,
  };
}

const flat30 = { mode: 'flat', rateBp: 3000 } as const;

function catchError(run: () => unknown): DomainRuleError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainRuleError) return error;
    throw error;
  }
  throw new Error('expected a DomainRuleError');
}

describe('computeStatementAmounts: SPEC section 8 worked examples', () => {
  it('when flat 30% applies to 1,234,567 fen, then the share is 370,370 fen', () => {
    const r = computeStatementAmounts(input({ hostShare: flat30 }, { commissionFen: 1_234_567 }));
    expect(r).toMatchObject({ baseFen: 1_234_567, shareFen: 370_370, payableFen: 370_370, netFen: 370_370, agencyKeepsFen: 864_197 });
  });

  it.each([
    ['tiered_marginal', 5_000_000],
    ['tiered_whole', 6_000_000],
  ] as const)('when %s [0: 30%%, 10,000,000: 40%%] applies to 15,000,000 fen, then the share is %i fen', (mode, shareFen) => {
    const tiers = [{ fromFen: 0, rateBp: 3000 }, { fromFen: 10_000_000, rateBp: 4000 }];
    const r = computeStatementAmounts(input({ hostShare: { mode, tiers } }, { commissionFen: 15_000_000 }));
    expect(r.shareFen).toBe(shareFen);
  });

  it('when a 1,000,000 fen max guarantee covers 15 of 30 days and the share is 200,000, then payable is 500,000', () => {
    const terms = { hostShare: { mode: 'flat', rateBp: 5000 }, guarantee: { amountFen: 1_000_000, mode: 'max' } } as const;
    const r = computeStatementAmounts(input(terms, { commissionFen: 400_000, activeDays: 15 }));
    expect(r).toMatchObject({ shareFen: 200_000, guaranteeFen: 500_000, payableFen: 500_000 });
  });

  it('when a 600,000 fen plus guarantee needs 20 days of 240 minutes and 19 were reached, then payable is the share', () => {
    const guarantee = { amountFen: 600_000, mode: 'plus', minLiveDays: 20, minMinutesPerDay: 240 } as const;
    const minutesByDay = [...Array<number>(19).fill(240), ...Array<number>(11).fill(120)];
    const r = computeStatementAmounts(input({ hostShare: flat30, guarantee }, { commissionFen: 1_000_000, minutesByDay }));
    expect(r).toMatchObject({ shareFen: 300_000, guaranteeFen: 0, payableFen: 300_000 });
    expect(r.guarantee).toMatchObject({ requiredLiveDays: 20, qualifyingDays: 19, conditionMet: false });
  });

  it('when a refund month leaves base -50,000 under a 300,000 max guarantee, then the loss carries to next month', () => {
    const terms = { hostShare: flat30, guarantee: { amountFen: 300_000, mode: 'max' } } as const;
    const refundMonth = computeStatementAmounts(input(terms, { commissionFen: -50_000 }));
    expect(refundMonth).toMatchObject({ baseFen: -50_000, shareFen: 0, payableFen: 300_000, carryOutFen: -50_000, agencyKeepsFen: -350_000 });
    const nextMonth = computeStatementAmounts(input(terms, { commissionFen: 400_000, carryInFen: refundMonth.carryOutFen }));
    expect(nextMonth).toMatchObject({ baseFen: 350_000, shareFen: 105_000, carryOutFen: 0, payableFen: 300_000 });
  });

  it.each([
    [300_000, 44_000],
    [400_000, 64_000],
    [400_001, 64_000],
    [2_500_000, 400_000],
    [3_000_000, 520_000],
    [10_000_000, 2_500_000],
    [70_000, 0],
  ])('when labor tax applies to a payable of %i fen, then %i fen is withheld', (payableFen, taxFen) => {
    const r = computeStatementAmounts(input({ hostShare: { mode: 'flat', rateBp: 10000 }, tax: 'labor' }, { commissionFen: payableFen }));
    expect([r.payableFen, r.taxFen, r.netFen]).toEqual([payableFen, taxFen, payableFen - taxFen]);
  });
});

describe('computeStatementAmounts: the base', () => {
  it('when the terms leave out pit fees and costs, then they count as 0', () => {
    const r = computeStatementAmounts(input({ hostShare: flat30 }, { commissionFen: 100_000, pitFeesFen: 50_000, costsFen: 20_000 }));
    expect(r).toMatchObject({ pitFeesFen: 0, costsFen: 0, baseFen: 100_000 });
  });

  it('when the terms include pit fees and deduct costs, then base = commission + pitFees - costs + carryIn', () => {
    const terms = { hostShare: flat30, includePitFees: true, deductCosts: true };
    const r = computeStatementAmounts(input(terms, { commissionFen: 100_000, pitFeesFen: 50_000, costsFen: 20_000, carryInFen: -30_000 }));
    expect(r).toMatchObject({ pitFeesFen: 50_000, costsFen: 20_000, baseFen: 100_000, shareFen: 30_000 });
  });

  it('when the base is exactly 0, then nothing carries out', () => {
    const r = computeStatementAmounts(input({ hostShare: flat30 }, { commissionFen: 50_000, carryInFen: -50_000 }));
    expect([r.baseFen, r.shareFen, r.carryOutFen]).toEqual([0, 0, 0]);
  });

  it('when carryIn is positive, then it throws a RangeError', () => {
    expect(() => computeStatementAmounts(input({ hostShare: flat30 }, { carryInFen: 1 }))).toThrow(RangeError);
  });

  it('when an amount is not whole fen, then it throws a RangeError', () => {
    expect(() => computeStatementAmounts(input({ hostShare: flat30 }, { commissionFen: 0.5 }))).toThrow(RangeError);
  });
});

describe('computeStatementAmounts: adjustments', () => {
  it('when adjustments are added, then they count after the guarantee and before the tax', () => {
    const terms = { hostShare: flat30, guarantee: { amountFen: 300_000, mode: 'max' }, tax: 'labor' } as const;
    const adjustments = [{ amountFen: 150_000 }, { amountFen: -50_000 }];
    const r = computeStatementAmounts(input(terms, { commissionFen: 100_000, adjustments }));
    expect(r).toMatchObject({ payableBeforeAdjustmentsFen: 300_000, adjustmentsFen: 100_000, payableFen: 400_000, taxFen: 64_000, netFen: 336_000 });
  });

  it('when adjustments bring payable to exactly 0, then nothing is withheld', () => {
    const r = computeStatementAmounts(input({ hostShare: flat30, tax: 'labor' }, { commissionFen: 100_000, adjustments: [{ amountFen: -30_000 }] }));
    expect(r).toMatchObject({ payableFen: 0, taxFen: 0, netFen: 0, tax: null });
  });

  it('when adjustments would make payable negative, then a DomainRuleError (422) says so in both languages', () => {
    const run = () => computeStatementAmounts(input({ hostShare: flat30 }, { commissionFen: 100_000, adjustments: [{ amountFen: -30_001 }] }));
    expect(run).toThrow(DomainRuleError);
    const error = catchError(run);
    expect(error).toMatchObject({ code: 'unprocessable', message: error.text.en });
    expect(error.text.en).toBe('The adjustments (-300.01 yuan) would make the payable negative: 300.00 yuan before them, -0.01 yuan after.');
    expect(error.text.zh).toBe('调整合计 -300.01 元将使应发为负：调整前 300.00 元，调整后 -0.01 元。');
    expect(error.details).toEqual([
      { path: ['adjustments'], message: error.text, payableBeforeAdjustmentsFen: 30_000, adjustmentsFen: -30_001, payableFen: -1 },
    ]);
  });
});

describe('computeStatementAmounts properties', () => {
  const amounts = fc.record({
    commissionFen: fc.integer({ min: -10_000_000, max: 100_000_000 }),
    pitFeesFen: fc.nat(10_000_000),
    costsFen: fc.nat(10_000_000),
    carryInFen: fc.integer({ min: -10_000_000, max: 0 }),
    adjustment: fc.integer({ min: 0, max: 1_000_000 }),
  });
  const terms = fc.record({
    rateBp: fc.integer({ min: 0, max: 10000 }),
    includePitFees: fc.boolean(),
    deductCosts: fc.boolean(),
    amountFen: fc.nat(2_000_000),
    mode: fc.constantFrom('max' as const, 'plus' as const),
  });

  it('when any statement is computed, then net + tax = payable and agencyKeeps + payable = base', () => {
    fc.assert(
      fc.property(amounts, terms, fc.integer({ min: 0, max: 31 }), (a, t, activeDays) => {
        const termsInput = {
          hostShare: { mode: 'flat', rateBp: t.rateBp },
          includePitFees: t.includePitFees,
          deductCosts: t.deductCosts,
          guarantee: { amountFen: t.amountFen, mode: t.mode },
          tax: 'labor',
        } as const;
        const { adjustment, ...rest } = a;
        const r = computeStatementAmounts(input(termsInput, { ...rest, activeDays, daysInPeriod: 31, adjustments: [{ amountFen: adjustment }] }));
        expect(r.netFen + r.taxFen).toBe(r.payableFen);
        expect(r.agencyKeepsFen + r.payableFen).toBe(r.baseFen);
        expect(r.carryOutFen).toBe(Math.min(r.baseFen, 0));
        expect(r.taxFen).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('previewStatementAmounts (the contract form\'s preview)', () => {
  it('when the terms guarantee 600,000 plus with a 31-day live-days condition, then the preview shows the whole guarantee', () => {
    const terms = contractTermsSchema.parse({ hostShare: flat30, guarantee: { amountFen: 600_000, mode: 'plus', minLiveDays: 31, minMinutesPerDay: 1440 }, tax: 'labor' });
    expect(previewStatementAmounts(1_000_000, terms)).toMatchObject({ shareFen: 300_000, guaranteeFen: 600_000, payableFen: 900_000, taxFen: 144_000, netFen: 756_000 });
  });

  it('when any base and terms are previewed, then the numbers are those of hostShare, payable and laborWithholding on that base', () => {
    const termsArb = fc.record({
      rateBp: fc.integer({ min: 0, max: 10000 }),
      guarantee: fc.option(fc.record({ amountFen: fc.nat(2_000_000), mode: fc.constantFrom('max' as const, 'plus' as const), minLiveDays: fc.integer({ min: 1, max: 31 }), minMinutesPerDay: fc.integer({ min: 1, max: 1440 }) }), { nil: undefined }),
      tax: fc.constantFrom('labor' as const, 'none' as const),
    });
    fc.assert(fc.property(fc.integer({ min: -10_000_000, max: 100_000_000 }), termsArb, (baseFen, t) => {
      const terms = contractTermsSchema.parse({ hostShare: { mode: 'flat', rateBp: t.rateBp }, guarantee: t.guarantee, tax: t.tax });
      const shareFen = hostShare(baseFen, terms.hostShare).shareFen;
      const guaranteeFen = terms.guarantee?.amountFen ?? 0;
      const payableFen = terms.guarantee ? payable({ shareFen, guaranteeFen, mode: terms.guarantee.mode }) : shareFen;
      const taxFen = terms.tax === 'labor' && payableFen > 0 ? laborWithholding(payableFen).taxFen : 0;
      expect(previewStatementAmounts(baseFen, terms)).toMatchObject({ shareFen, guaranteeFen, payableFen, taxFen, netFen: payableFen - taxFen });
    }));
  });
});
