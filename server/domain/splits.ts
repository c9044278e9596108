import { roundHalfAwayFromZero } from './money';
import type { GuaranteeTerms, HostShareTerms, Tier } from './terms';

// The host's share and the minimum guarantee (SPEC section 8, steps 5 and 6).
// Money is integer fen; the exact sums are BigInt rationals, rounded once.

const BP = 10000n;

export interface TierLine {
  fromFen: number;
  /** Exclusive upper bound; null for the last tier. */
  toFen: number | null;
  rateBp: number;
  /** The part of the base this tier's rate is applied to (the whole base for the applied tier of tiered_whole). */
  amountInTierFen: number;
  applied: boolean;
}

export interface HostShareResult {
  mode: HostShareTerms['mode'];
  baseFen: number;
  shareFen: number;
  /** The single rate applied to the whole base (flat, tiered_whole); null for tiered_marginal or a base <= 0. */
  wholeRateBp: number | null;
  tiers: TierLine[];
}

function emptyLines(tiers: Tier[]): TierLine[] {
  return tiers.map((tier, i) => ({
    fromFen: tier.fromFen,
    toFen: tiers[i + 1]?.fromFen ?? null,
    rateBp: tier.rateBp,
    amountInTierFen: 0,
    applied: false,
  }));
}

function marginalLines(baseFen: number, tiers: Tier[]): TierLine[] {
  return emptyLines(tiers).map((line) => {
    const top = line.toFen === null ? baseFen : Math.min(baseFen, line.toFen);
    const amountInTierFen = Math.max(0, top - line.fromFen);
    return { ...line, amountInTierFen, applied: amountInTierFen > 0 };
  });
}

function wholeLines(baseFen: number, tiers: Tier[]): TierLine[] {
  let reached = -1;
  tiers.forEach((tier, i) => {
    if (baseFen >= tier.fromFen) reached = i;
  });
  return emptyLines(tiers).map((line, i) =>
    i === reached ? { ...line, amountInTierFen: baseFen, applied: true } : line,
  );
}

function shareLines(baseFen: number, terms: HostShareTerms): TierLine[] {
  if (terms.mode === 'flat') return wholeLines(baseFen, [{ fromFen: 0, rateBp: terms.rateBp }]);
  if (terms.mode === 'tiered_marginal') return marginalLines(baseFen, terms.tiers);
  return wholeLines(baseFen, terms.tiers);
}

/**
 * The host's share of a base under the contract's hostShare terms (already parsed by
 * contractTermsSchema). Every tier's part is summed exactly and the sum is rounded once,
 * half away from zero. A base <= 0 earns nothing.
 */
export function hostShare(baseFen: number, terms: HostShareTerms): HostShareResult {
  const source = terms.mode === 'flat' ? [{ fromFen: 0, rateBp: terms.rateBp }] : terms.tiers;
  if (baseFen <= 0) {
    return { mode: terms.mode, baseFen, shareFen: 0, wholeRateBp: null, tiers: emptyLines(source) };
  }
  const tiers = shareLines(baseFen, terms);
  const exact = tiers.reduce((sum, line) => sum + BigInt(line.amountInTierFen) * BigInt(line.rateBp), 0n);
  const applied = tiers.find((line) => line.applied);
  return {
    mode: terms.mode,
    baseFen,
    shareFen: Number(roundHalfAwayFromZero(exact, BP)),
    wholeRateBp: terms.mode === 'tiered_marginal' ? null : (applied?.rateBp ?? null),
    tiers,
  };
}

export interface LiveDaysCondition {
  minLiveDays: number;
  minMinutesPerDay: number;
  /** Minutes of completed sessions on each agency day of the period. */
  minutesByDay: number[];
}

export interface GuaranteeInput {
  amountFen: number;
  activeDays: number;
  daysInPeriod: number;
  liveDays?: LiveDaysCondition;
}

export interface GuaranteeResult {
  amountFen: number;
  activeDays: number;
  daysInPeriod: number;
  /** amountFen x activeDays / daysInPeriod, rounded half away from zero. */
  proratedFen: number;
  /** ceil(minLiveDays x activeDays / daysInPeriod); null without a live-days condition. */
  requiredLiveDays: number | null;
  /** Days on which the host streamed at least minMinutesPerDay; null without a live-days condition. */
  qualifyingDays: number | null;
  conditionMet: boolean;
  guaranteeFen: number;
}

function ceilDiv(numerator: number, denominator: number): number {
  const quotient = Math.trunc(numerator / denominator);
  return quotient * denominator < numerator ? quotient + 1 : quotient;
}

function assertDays(activeDays: number, daysInPeriod: number): void {
  const valid =
    Number.isInteger(activeDays) && Number.isInteger(daysInPeriod) && daysInPeriod >= 1 && activeDays >= 0;
  if (!valid || activeDays > daysInPeriod) {
    throw new RangeError(`activeDays ${activeDays} must be an integer in 0..daysInPeriod (${daysInPeriod}).`);
  }
}

/**
 * The minimum guarantee for a period: prorated by the days the contract was active, and
 * 0 unless the live-days condition (when the terms set one) is met on enough days.
 */
export function guaranteeAmount(input: GuaranteeInput): GuaranteeResult {
  const { amountFen, activeDays, daysInPeriod, liveDays } = input;
  assertDays(activeDays, daysInPeriod);
  const proratedFen = Number(
    roundHalfAwayFromZero(BigInt(amountFen) * BigInt(activeDays), BigInt(daysInPeriod)),
  );
  if (!liveDays) {
    const none = { requiredLiveDays: null, qualifyingDays: null, conditionMet: true };
    return { amountFen, activeDays, daysInPeriod, proratedFen, ...none, guaranteeFen: proratedFen };
  }
  const requiredLiveDays = ceilDiv(liveDays.minLiveDays * activeDays, daysInPeriod);
  const qualifyingDays = liveDays.minutesByDay.filter((minutes) => minutes >= liveDays.minMinutesPerDay).length;
  const conditionMet = qualifyingDays >= requiredLiveDays;
  return {
    amountFen,
    activeDays,
    daysInPeriod,
    proratedFen,
    requiredLiveDays,
    qualifyingDays,
    conditionMet,
    guaranteeFen: conditionMet ? proratedFen : 0,
  };
}

export interface PayableInput {
  shareFen: number;
  guaranteeFen: number;
  mode: GuaranteeTerms['mode'];
}

/** 保底与分成取高 (max) or 底薪+提成 (plus). */
export function payable({ shareFen, guaranteeFen, mode }: PayableInput): number {
  return mode === 'max' ? Math.max(shareFen, guaranteeFen) : shareFen + guaranteeFen;
}
