// Money and rates (SPEC section 3). Money is an integer number of fen, rates are integer
// basis points. Products are computed exactly with BigInt and rounded once, half away
// from zero, so that no floating-point error ever reaches an amount.

import { text as say, type Text } from './text';
import { quoted } from './echo';

/** An amount of money in fen (分): a safe integer, may be negative (refunds, clawbacks). */
export type Fen = number;
/** A rate in basis points: 1% = 100 bp, 100% = 10000 bp. */
export type Bp = number;

export const BP_PER_UNIT = 10_000;
const BP_DENOMINATOR = 10_000n;

/**
 * A number or piece of text that cannot be read as money or a rate. Importers catch it and
 * report the row with its message; any other error is a bug.
 */
export class UnitParseError extends Error {
  override name = 'UnitParseError';
  constructor(
    readonly text: Text,
    readonly input: string,
  ) {
    super(text.en);
  }
}

export function isFen(n: unknown): n is Fen {
  return typeof n === 'number' && Number.isSafeInteger(n);
}

export function assertFen(n: number, what = 'amount'): Fen {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be a whole number of fen (a safe integer), got ${n}`);
  }
  return n;
}

export function assertBp(n: number, what = 'rate'): Bp {
  if (!Number.isSafeInteger(n)) {
    throw new RangeError(`${what} must be a whole number of basis points, got ${n}`);
  }
  return n;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function isSafeBigInt(value: bigint): boolean {
  return value <= MAX_SAFE && value >= -MAX_SAFE;
}

/** Exact bigint back to a number; beyond 2^53 it is a bug or a corrupt input, never money. */
function toSafeNumber(value: bigint, unit = 'fen'): number {
  if (!isSafeBigInt(value)) throw new RangeError(`${value} ${unit} is outside the safe integer range`);
  return value === 0n ? 0 : Number(value);
}

function toBigInt(n: number | bigint, what: string): bigint {
  if (typeof n === 'bigint') return n;
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a safe integer, got ${n}`);
  return BigInt(n);
}

/** numerator / denominator rounded to an integer, halves away from zero (-0.5 -> -1). */
export function roundHalfAwayFromZero(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('cannot divide by zero');
  const num = denominator < 0n ? -numerator : numerator;
  const den = denominator < 0n ? -denominator : denominator;
  const magnitude = num < 0n ? -num : num;
  let quotient = magnitude / den;
  if (2n * (magnitude % den) >= den) quotient += 1n;
  return num < 0n ? -quotient : quotient;
}

/** amount x rate, exact, rounded once to fen. */
export function applyRate(amountFen: Fen, rateBp: Bp): Fen {
  return applyRates([{ amountFen, rateBp }]);
}

/**
 * The sum of several rated parts (the tiers of a split): summed exactly, then rounded once,
 * so a tiered share never carries one rounding per tier.
 */
export function applyRates(parts: ReadonlyArray<{ amountFen: Fen; rateBp: Bp }>): Fen {
  let sum = 0n;
  for (const { amountFen, rateBp } of parts) {
    sum += BigInt(assertFen(amountFen)) * BigInt(assertBp(rateBp));
  }
  return toSafeNumber(roundHalfAwayFromZero(sum, BP_DENOMINATOR));
}

/**
 * amount x numerator / denominator, exact, rounded once: proration (guarantee x activeDays /
 * daysInPeriod) and platform rates finer than a basis point (x1000000).
 */
export function mulDivRound(amountFen: Fen, numerator: number | bigint, denominator: number | bigint): Fen {
  const amount = BigInt(assertFen(amountFen));
  const product = amount * toBigInt(numerator, 'numerator');
  return toSafeNumber(roundHalfAwayFromZero(product, toBigInt(denominator, 'denominator')));
}

/** Adds amounts, refusing a total that is no longer an exact integer. */
export function sumFen(amounts: Iterable<Fen>): Fen {
  let total = 0n;
  for (const amount of amounts) total += BigInt(assertFen(amount));
  return toSafeNumber(total);
}

/**
 * Divides a total by integer weights with the largest-remainder method (SPEC section 3):
 * each part rounded down, the fen left over one each to the largest dropped fractions, ties
 * to the earlier-listed. A negative total is divided as its absolute value and negated, so
 * the parts of a refund mirror those of the sale.
 */
export function allocate(totalFen: Fen, weights: readonly number[]): Fen[] {
  assertFen(totalFen, 'total');
  if (weights.length === 0) throw new RangeError('allocate needs at least one weight');
  let weightSum = 0n;
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new RangeError(`allocate weights must be non-negative integers, got ${w}`);
    }
    weightSum += BigInt(w);
  }
  if (weightSum === 0n) throw new RangeError('allocate weights are all zero: nobody to give the amount to');
  if (totalFen < 0) return allocate(-totalFen, weights).map((part) => 0 - part);

  const total = BigInt(totalFen);
  const floors = weights.map((w) => (total * BigInt(w)) / weightSum);
  const remainders = weights.map((w) => (total * BigInt(w)) % weightSum);
  let leftover = total - floors.reduce((a, b) => a + b, 0n);
  // Stable order: largest dropped fraction first, then the earlier-listed part.
  const order = weights.map((_, i) => i);
  order.sort((a, b) => {
    const ra = remainders[a] ?? 0n;
    const rb = remainders[b] ?? 0n;
    return ra === rb ? a - b : ra > rb ? -1 : 1;
  });
  for (const i of order) {
    if (leftover === 0n) break;
    floors[i] = (floors[i] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return floors.map((part) => toSafeNumber(part));
}

// Yuan as platforms and spreadsheets write them: optional sign, optional ¥/￥, optional
// thousands separators in groups of three, any number of decimals (checked afterwards).
const YUAN_PATTERN = /^([+-]?)[¥￥]?\s*([+-]?)(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(?:\.(\d+))?$/;

/** Parses yuan text ("¥1,234.56", "-12.3") to fen exactly, without floating point. */
export function yuanToFen(text: string): Fen {
  const match = YUAN_PATTERN.exec(text.trim());
  if (!match) throw new UnitParseError(say(`${quoted(text)} is not an amount of yuan`, `${quoted(text)} 不是以元为单位的金额`), text);
  const [, sign1 = '', sign2 = '', whole = '', fraction = ''] = match;
  if (sign1 && sign2) throw new UnitParseError(say(`${quoted(text)} has two signs`, `${quoted(text)} 有两个正负号`), text);
  // Platforms export yuan with two decimals; a third non-zero digit is not a whole fen and
  // must be reported rather than silently rounded.
  if (fraction.length > 2 && /[^0]/.test(fraction.slice(2))) {
    throw new UnitParseError(say(`${quoted(text)} has more than two decimals: not a whole number of fen`, `${quoted(text)} 超过两位小数：不是整数分`), text);
  }
  const fen = BigInt((whole.replaceAll(',', '') || '0') + fraction.slice(0, 2).padEnd(2, '0'));
  const negative = (sign1 || sign2) === '-';
  if (!isSafeBigInt(fen)) throw new UnitParseError(say(`${quoted(text)} is too large to be an amount`, `${quoted(text)} 金额过大`), text);
  return toSafeNumber(negative ? -fen : fen);
}

/** Plain yuan text for spreadsheets and CSV: "1234.56", "-0.05", no grouping or symbol. */
export function fenToYuanString(fen: Fen): string {
  assertFen(fen);
  const magnitude = Math.abs(fen);
  const yuan = Math.floor(magnitude / 100);
  const cents = String(magnitude % 100).padStart(2, '0');
  return `${fen < 0 ? '-' : ''}${yuan}.${cents}`;
}

/**
 * A rate of numerator / denominator (of one whole) in basis points, rounded half away from
 * zero: Douyin's x10000 (3500/10000), Kuaishou's per mille (100/1000), WeChat's x1000000.
 */
export function ratioToBp(numerator: bigint | number, denominator: bigint | number): Bp {
  const num = toBigInt(numerator, 'numerator');
  const bp = roundHalfAwayFromZero(num * BP_DENOMINATOR, toBigInt(denominator, 'denominator'));
  return toSafeNumber(bp, 'bp');
}

const PERCENT_PATTERN = /^([+-]?)(\d+|(?=\.\d))(?:\.(\d+))?\s*[%％]?$/;

/**
 * Percent text ("32.00%", "32.5", "0.45") to bp. SPEC: a rate finer than 1 bp stays exact in
 * the raw row and is rounded half away from zero in the normalized order.
 */
export function percentTextToBp(text: string): Bp {
  const match = PERCENT_PATTERN.exec(text.trim());
  if (!match) throw new UnitParseError(say(`${quoted(text)} is not a percentage`, `${quoted(text)} 不是百分比`), text);
  const [, sign = '', whole = '', fraction = ''] = match;
  const digits = BigInt(`${sign}${whole || '0'}${fraction}`);
  // percent x 100 = bp; the text carries `fraction.length` decimals.
  const bp = roundHalfAwayFromZero(digits * 100n, 10n ** BigInt(fraction.length));
  if (!isSafeBigInt(bp)) throw new UnitParseError(say(`${quoted(text)} is too large to be a rate`, `${quoted(text)} 比率过大`), text);
  return toSafeNumber(bp, 'bp');
}

/** A rate for people and spreadsheets: 3250 -> "32.50%". */
export function bpToPercentString(rateBp: Bp): string {
  assertBp(rateBp);
  return `${fenToYuanString(rateBp)}%`;
}
