import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { laborWithholding } from '../../server/domain/tax';

describe('laborWithholding', () => {
  it.each([
    // SPEC section 8 worked examples, in fen
    [300_000, 44_000, 'fixed800', 2000],
    [400_000, 64_000, 'fixed800', 2000],
    [400_001, 64_000, 'percent20', 2000],
    [2_500_000, 400_000, 'percent20', 2000],
    [3_000_000, 520_000, 'percent20', 3000],
    [10_000_000, 2_500_000, 'percent20', 4000],
    [70_000, 0, 'fixed800', 2000],
    // edges
    [80_000, 0, 'fixed800', 2000],
    [80_003, 1, 'fixed800', 2000], // 0.6 fen rounds up
    [80_002, 0, 'fixed800', 2000], // 0.4 fen rounds down
    [6_250_000, 1_300_000, 'percent20', 3000], // taxable exactly 50,000 yuan: top of the 30% bracket
    [6_250_001, 1_300_000, 'percent20', 4000], // 40% of 50,000.008 yuan - 7,000 = 13,000.0032 yuan
    [0, 0, 'fixed800', 2000],
    [-100_000, 0, 'fixed800', 2000],
  ] as const)('when income is %i fen, then tax is %i fen (%s, %i bp)', (incomeFen, taxFen, deduction, rateBp) => {
    const result = laborWithholding(incomeFen);
    expect(result.taxFen).toBe(taxFen);
    expect(result.deduction).toBe(deduction);
    expect(result.bracket.rateBp).toBe(rateBp);
  });

  it('when income is 4,000.01 yuan, then taxable is 3,200.008 yuan shown as 320,001 fen and tax stays 640.00 yuan', () => {
    expect(laborWithholding(400_001)).toEqual({
      incomeFen: 400_001,
      deduction: 'percent20',
      taxableFen: 320_001,
      bracket: { rateBp: 2000, quickDeductionFen: 0 },
      taxFen: 64_000,
    });
  });

  it('when income is 100,000 yuan, then the 40% bracket with its 7,000 yuan quick deduction applies', () => {
    expect(laborWithholding(10_000_000)).toMatchObject({ taxableFen: 8_000_000, bracket: { rateBp: 4000, quickDeductionFen: 700_000 } });
  });

  it('when income is below 800 yuan, then taxable is 0, never negative', () => {
    expect(laborWithholding(70_000).taxableFen).toBe(0);
  });

  it('when income is not whole fen, then it throws a RangeError', () => {
    expect(() => laborWithholding(100.5)).toThrow(RangeError);
  });
});

const income = fc.integer({ min: -1_000_000, max: 10_000_000_000 });

describe('laborWithholding properties', () => {
  it('when any income is taxed, then the tax is never negative and never above the income', () => {
    fc.assert(
      fc.property(income, (incomeFen) => {
        const { taxFen } = laborWithholding(incomeFen);
        expect(taxFen).toBeGreaterThanOrEqual(0);
        expect(taxFen).toBeLessThanOrEqual(Math.max(incomeFen, 0));
      }),
    );
  });

  it('when income grows, then the tax never shrinks', () => {
    fc.assert(
      fc.property(income, fc.nat(10_000_000), (incomeFen, more) => {
        expect(laborWithholding(incomeFen + more).taxFen).toBeGreaterThanOrEqual(laborWithholding(incomeFen).taxFen);
      }),
    );
  });

  it('when income grows by one fen anywhere near a bracket edge, then the tax never shrinks', () => {
    const edges = [80_000, 400_000, 2_500_000, 6_250_000];
    fc.assert(
      fc.property(fc.constantFrom(...edges), fc.integer({ min: -50, max: 50 }), (edge, offset) => {
        const incomeFen = edge + offset;
        expect(laborWithholding(incomeFen + 1).taxFen).toBeGreaterThanOrEqual(laborWithholding(incomeFen).taxFen);
      }),
    );
  });
});
