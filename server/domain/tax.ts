import { roundHalfAwayFromZero } from './money';

// Individual income tax withheld on labor remuneration (劳务报酬), SPEC section 8 step 8.
// Taxable income may be a fraction of a fen (income x 80%), so it is kept exactly in
// fifths of a fen and only the tax is rounded, once, half away from zero.

export interface LaborBracket {
  /** Upper bound of taxable income for this bracket, inclusive; null for the last. */
  upToFen: number | null;
  rateBp: number;
  quickDeductionFen: number;
}

export const LABOR_BRACKETS: readonly LaborBracket[] = [
  { upToFen: 2_000_000, rateBp: 2000, quickDeductionFen: 0 },
  { upToFen: 5_000_000, rateBp: 3000, quickDeductionFen: 200_000 },
  { upToFen: null, rateBp: 4000, quickDeductionFen: 700_000 },
];

/** Up to 4,000 yuan of income, 800 yuan is deducted; above, 20% of the income. */
const FIXED_DEDUCTION_LIMIT_FEN = 400_000;
const FIXED_DEDUCTION_FEN = 80_000;
const FIFTHS = 5n;
const BP = 10000n;

export interface LaborWithholding {
  incomeFen: number;
  deduction: 'fixed800' | 'percent20';
  /** Taxable income, never below 0, rounded half away from zero for display; the tax uses the exact value. */
  taxableFen: number;
  bracket: { rateBp: number; quickDeductionFen: number };
  taxFen: number;
}

function bracketFor(taxableFifths: bigint): LaborBracket {
  const found = LABOR_BRACKETS.find((b) => b.upToFen === null || taxableFifths <= BigInt(b.upToFen) * FIFTHS);
  // The last bracket has no upper bound, so a bracket is always found.
  return found ?? (LABOR_BRACKETS[LABOR_BRACKETS.length - 1] as LaborBracket);
}

/** The tax to withhold from one payment of labor remuneration. Income <= 0 owes nothing. */
export function laborWithholding(incomeFen: number): LaborWithholding {
  if (!Number.isSafeInteger(incomeFen)) throw new RangeError(`incomeFen ${incomeFen} is not an integer number of fen.`);
  const income = BigInt(incomeFen);
  const fixed = incomeFen <= FIXED_DEDUCTION_LIMIT_FEN;
  const exactFifths = fixed ? (income - BigInt(FIXED_DEDUCTION_FEN)) * FIFTHS : income * 4n;
  const taxableFifths = exactFifths > 0n ? exactFifths : 0n;
  const bracket = bracketFor(taxableFifths);
  const numerator = taxableFifths * BigInt(bracket.rateBp) - BigInt(bracket.quickDeductionFen) * FIFTHS * BP;
  const tax = roundHalfAwayFromZero(numerator, FIFTHS * BP);
  return {
    incomeFen,
    deduction: fixed ? 'fixed800' : 'percent20',
    taxableFen: Number(roundHalfAwayFromZero(taxableFifths, FIFTHS)),
    bracket: { rateBp: bracket.rateBp, quickDeductionFen: bracket.quickDeductionFen },
    taxFen: tax > 0n ? Number(tax) : 0,
  };
}
