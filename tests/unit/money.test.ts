import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  UnitParseError,
  allocate,
  applyRate,
  applyRates,
  assertFen,
  bpToPercentString,
  fenToYuanString,
  mulDivRound,
  percentTextToBp,
  ratioToBp,
  roundHalfAwayFromZero,
  sumFen,
  yuanToFen,
} from '../../server/domain/money';

const safeFen = fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER });
// Realistic amounts: up to 10 billion yuan either way, so amount x rate stays a safe integer.
const amountFen = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });
const rateBp = fc.integer({ min: 0, max: 10_000 });

describe('roundHalfAwayFromZero', () => {
  it.each([
    [5n, 10n, 1n],
    [-5n, 10n, -1n],
    [4n, 10n, 0n],
    [-4n, 10n, 0n],
    [6n, 10n, 1n],
    [-6n, 10n, -1n],
    [15n, 10n, 2n],
    [-15n, 10n, -2n],
    [25n, 10n, 3n],
    [-25n, 10n, -3n],
    [7n, -2n, -4n],
    [-7n, -2n, 4n],
    [0n, 3n, 0n],
    [10n, 5n, 2n],
  ])('when %s / %s is rounded, then it is %s', (numerator, denominator, expected) => {
    expect(roundHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it('when the denominator is zero, then it throws a RangeError', () => {
    expect(() => roundHalfAwayFromZero(1n, 0n)).toThrow(RangeError);
  });
});

describe('applyRate', () => {
  it.each([
    // SPEC section 8: flat 30% of 1,234,567 fen is 370,370.1, which rounds down.
    [1_234_567, 3000, 370_370],
    [-1_234_567, 3000, -370_370],
    [5, 1000, 1], // 0.5 fen -> 1
    [-5, 1000, -1], // -0.5 fen -> -1, away from zero
    [4, 1000, 0],
    [-4, 1000, 0],
    [3, 5000, 2], // 1.5 -> 2
    [-3, 5000, -2],
    [16_900, 3200, 5408],
    [0, 3000, 0],
    [1_000_000, 10_000, 1_000_000],
  ])('when %i fen is rated at %i bp, then the result is %i fen', (amount, rate, expected) => {
    expect(applyRate(amount, rate)).toBe(expected);
  });

  it('when an amount is not a whole number of fen, then it throws', () => {
    expect(() => applyRate(1.5, 3000)).toThrow(RangeError);
    expect(() => applyRate(100, 12.5)).toThrow(RangeError);
  });

  it('when any amount and rate are given, then the result equals the exact product rounded half away from zero', () => {
    fc.assert(
      fc.property(amountFen, rateBp, (amount, rate) => {
        // Another way: add half a fen to the magnitude and floor.
        const exact = BigInt(amount) * BigInt(rate);
        const magnitude = (((exact < 0n ? -exact : exact) + 5000n) / 10_000n);
        const expected = Number(exact < 0n ? -magnitude : magnitude);
        expect(applyRate(amount, rate)).toBe(expected);
      }),
    );
  });

  it('when an amount is negated, then its rated value is negated (refunds mirror sales)', () => {
    fc.assert(fc.property(amountFen, rateBp, (amount, rate) => applyRate(-amount, rate) === 0 - applyRate(amount, rate)));
  });
});

describe('applyRates', () => {
  it('when the SPEC tiered_marginal example is summed, then it is 5,000,000 fen', () => {
    const parts = [{ amountFen: 10_000_000, rateBp: 3000 }, { amountFen: 5_000_000, rateBp: 4000 }];
    expect(applyRates(parts)).toBe(5_000_000);
  });

  it('when two parts are each half a fen, then the exact sum is rounded once to 1, not 2', () => {
    expect(applyRates([{ amountFen: 1, rateBp: 5000 }, { amountFen: 1, rateBp: 5000 }])).toBe(1);
  });

  it('when there are no parts, then the result is 0', () => {
    expect(applyRates([])).toBe(0);
  });

  it('when several parts are summed, then the result is within half a fen of the exact sum', () => {
    const part = fc.record({ amountFen, rateBp });
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        const exact = parts.reduce((sum, p) => sum + BigInt(p.amountFen) * BigInt(p.rateBp), 0n);
        const diff = BigInt(applyRates(parts)) * 10_000n - exact;
        return (diff < 0n ? -diff : diff) <= 5000n;
      }),
    );
  });
});

describe('mulDivRound', () => {
  it.each([
    // SPEC section 8: guarantee 1,000,000 fen, active 15 of 30 days.
    [1_000_000, 15, 30, 500_000],
    [1_000_001, 1, 2, 500_001],
    [-1, 1, 2, -1],
    [600_000, 17, 31, 329_032],
    [1999, 123_457, 1_000_000, 247], // a WeChat x1000000 rate finer than bp: 246.79...
  ])('when %i x %i / %i, then it is %i fen', (amount, numerator, denominator, expected) => {
    expect(mulDivRound(amount, numerator, denominator)).toBe(expected);
  });

  it('when given bigint factors, then it computes exactly', () => {
    expect(mulDivRound(Number.MAX_SAFE_INTEGER, 3n, 3n)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('when the denominator is zero or the result is unsafe, then it throws', () => {
    expect(() => mulDivRound(100, 1, 0)).toThrow(RangeError);
    expect(() => mulDivRound(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(RangeError);
  });
});

describe('allocate', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [-100, [1, 1, 1], [-34, -33, -33]],
    [1, [1, 1], [1, 0]], // a tie goes to the earlier-listed person
    [-1, [1, 1], [-1, 0]],
    [2, [1, 1, 1], [1, 1, 0]],
    [101, [3000, 7000], [30, 71]], // 30.3 and 70.7: the larger fraction gets the fen
    [-101, [3000, 7000], [-30, -71]],
    [10, [0, 1], [0, 10]],
    [0, [1, 2], [0, 0]],
    [100_000, [1, 1, 1], [33_334, 33_333, 33_333]], // a pit fee over three sessions
    [7, [5000, 5000], [4, 3]],
    [5, [2, 1, 1], [3, 1, 1]], // 2.5, 1.25, 1.25: the largest dropped fraction first
  ])('when %i fen is allocated by %j, then the parts are %j', (total, weights, expected) => {
    expect(allocate(total, weights)).toEqual(expected);
  });

  it.each([
    ['an empty list', []],
    ['all-zero weights', [0, 0]],
    ['a negative weight', [1, -1]],
    ['a fractional weight', [1, 0.5]],
  ])('when the weights are %s, then it throws a RangeError', (_label, weights) => {
    expect(() => allocate(100, weights)).toThrow(RangeError);
  });

  const weights = fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 8 }).filter((ws) => ws.some((w) => w > 0));

  it('when any total is allocated, then the parts sum to the whole and each is within 1 fen of its exact share', () => {
    fc.assert(
      fc.property(amountFen, weights, (total, ws) => {
        const parts = allocate(total, ws);
        expect(parts).toHaveLength(ws.length);
        expect(sumFen(parts)).toBe(total);
        const weightSum = BigInt(ws.reduce((a, b) => a + b, 0));
        parts.forEach((part, i) => {
          const diff = BigInt(part) * weightSum - BigInt(total) * BigInt(ws[i] ?? 0);
          expect((diff < 0n ? -diff : diff) < weightSum).toBe(true);
        });
      }),
    );
  });

  it('when a total is negated, then its parts are the mirror image', () => {
    fc.assert(
      fc.property(amountFen, weights, (total, ws) => {
        expect(allocate(-total, ws)).toEqual(allocate(total, ws).map((p) => 0 - p));
      }),
    );
  });
});

describe('yuanToFen', () => {
  it.each([
    ['1234.56', 123_456],
    ['-12.3', -1230],
    ['0.5', 50],
    ['1,234.56', 123_456],
    ['¥1,234.56', 123_456],
    ['￥1,234,567.89', 123_456_789],
    ['  169.00\t', 16_900],
    ['+7', 700],
    ['-¥3.05', -305],
    ['¥-3.05', -305],
    ['0', 0],
    ['-0.00', 0],
    ['.5', 50],
    ['12.3400', 1234], // extra decimals that are zeros are exact
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ])('when "%s" is parsed, then it is %i fen', (text, expected) => {
    expect(yuanToFen(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['abc', 'garbage'],
    ['1.234', 'a third decimal'],
    ['-0.001', 'a non-zero third decimal'],
    ['12,34.00', 'misplaced separators'],
    ['1.2.3', 'two points'],
    ['+-5', 'two signs'],
    ['1e3', 'scientific notation'],
    ['12.', 'a bare point'],
    ['NaN', 'not a number'],
    ['90071992547409.92', 'too large'],
  ])('when "%s" (%s) is parsed, then it throws a UnitParseError naming the input', (text) => {
    expect(() => yuanToFen(text)).toThrow(UnitParseError);
    try {
      yuanToFen(text);
    } catch (error) {
      expect((error as UnitParseError).input).toBe(text);
      expect((error as UnitParseError).message).toContain(`"${text}"`);
    }
  });

  it('when any fen amount is written as yuan and read back, then it is unchanged', () => {
    fc.assert(fc.property(safeFen, (fen) => yuanToFen(fenToYuanString(fen)) === fen));
  });

  it('when an amount is written with ¥ and thousands separators, then it reads back unchanged', () => {
    const grouped = (fen: number): string => {
      const [whole = '', cents = ''] = fenToYuanString(Math.abs(fen)).split('.');
      return `${fen < 0 ? '-' : ''}¥${whole.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
    };
    fc.assert(fc.property(safeFen, (fen) => yuanToFen(grouped(fen)) === fen));
  });
});

describe('fenToYuanString', () => {
  it.each([
    [123_456, '1234.56'],
    [-5, '-0.05'],
    [0, '0.00'],
    [100, '1.00'],
    [-123_456_789, '-1234567.89'],
    [Number.MAX_SAFE_INTEGER, '90071992547409.91'],
  ])('when %i fen is written, then it is "%s"', (fen, expected) => {
    expect(fenToYuanString(fen)).toBe(expected);
  });

  it('when the amount is not a safe integer, then it throws', () => {
    expect(() => fenToYuanString(0.5)).toThrow(RangeError);
    expect(() => fenToYuanString(Number.NaN)).toThrow(RangeError);
  });
});

describe('percentTextToBp', () => {
  it.each([
    ['32.00%', 3200],
    ['32.5', 3250],
    ['20.00 %', 2000],
    ['0.45', 45],
    ['0.455', 46], // finer than 1 bp: half away from zero
    ['-0.455', -46],
    ['0.4549', 45],
    ['100%', 10_000],
    ['0%', 0],
    ['5%', 500],
    [' 10.0 ', 1000],
  ])('when "%s" is read, then it is %i bp', (text, expected) => {
    expect(percentTextToBp(text)).toBe(expected);
  });

  it.each(['', '%', 'abc', '计算中', '1,000%', '12%%', '1e2'])('when "%s" is read, then it throws a UnitParseError', (text) => {
    expect(() => percentTextToBp(text)).toThrow(UnitParseError);
  });

  it('when any bp value is written as a percentage and read back, then it is unchanged', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (bp) => percentTextToBp(bpToPercentString(bp)) === bp));
  });
});

describe('ratioToBp', () => {
  it.each([
    [3500n, 10_000n, 3500], // Douyin x10000
    [100n, 1000n, 1000], // Kuaishou per mille
    [100_000n, 1_000_000n, 1000], // WeChat x1000000
    [123_456n, 1_000_000n, 1235], // 1234.56 bp
    [123_450n, 1_000_000n, 1235], // 1234.5 bp: half away from zero
    [-123_450n, 1_000_000n, -1235],
    [123_449n, 1_000_000n, 1234],
  ])('when the ratio is %s / %s, then it is %i bp', (numerator, denominator, expected) => {
    expect(ratioToBp(numerator, denominator)).toBe(expected);
  });

  it('when the denominator is zero, then it throws', () => {
    expect(() => ratioToBp(1n, 0n)).toThrow(RangeError);
  });
});

describe('assertFen and sumFen', () => {
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('when %s is checked, then it is refused', (n) => {
    expect(() => assertFen(n)).toThrow(RangeError);
  });

  it('when a safe integer is checked, then it is returned', () => {
    expect(assertFen(-42)).toBe(-42);
  });

  it('when a sum leaves the safe range, then it throws rather than lose a fen', () => {
    expect(sumFen([1, 2, -3])).toBe(0);
    expect(() => sumFen([Number.MAX_SAFE_INTEGER, 1])).toThrow(RangeError);
  });
});
