import { sumFen, type Fen } from './money';
import type { PlainDate } from './dates';
import { datesOfPeriod, daysInPeriod, periodOfDate, type Period } from './periods';
import type { PitFeePart } from './pit-fees';
import type { GuaranteeResult, HostShareResult } from './splits';
import { computeStatementAmounts, type StatementAmounts } from './statement';
import type { AppliedTerms } from './statement-terms';
import type { LaborWithholding } from './tax';
import type { ContractTerms, GuaranteeTerms } from './terms';
import { text, type Text } from './text';

// One host's statement for one period (SPEC section 8): every line with the inputs behind it, so a
// person can check each number by hand. The amounts come from computeStatementAmounts; this file
// only gathers what they were computed from. Loading entries, deals, costs and sessions is the
// service's job (allocatePitFees, activeDatesInPeriod, liveMinutesByDay, termsForPeriod help).

export const costKinds = ['ad_spend', 'samples', 'other'] as const;

/** draft -> approved (by another user than the one who ran it) -> paid. */
export const statementStatuses = ['draft', 'approved', 'paid'] as const;
export type StatementStatus = (typeof statementStatuses)[number];
export type CostKind = (typeof costKinds)[number];

/** The host's ledger entries booked in the period, summed (the entries themselves: GET /ledger?period=&hostId=). */
export interface CommissionInput { amountFen: Fen; entryCount: number }
export interface CostInput { id: number; kind: CostKind; amountFen: Fen; note?: string }
export interface AdjustmentInput { id?: number; amountFen: Fen; reason: string }

export interface StatementInput {
  hostId: number;
  period: Period;
  /** termsForPeriod(...).applied: the terms with the contract and version they come from. */
  applied: AppliedTerms;
  /** The host's ledger entries booked in the period (step 1). */
  commission: CommissionInput;
  /** The host's pit-fee parts in the period: pitFeesOf(allocatePitFees(...).parts, hostId, period).parts (step 2). */
  pitFeeParts: readonly PitFeePart[];
  /** The host's costs recorded for the period (step 3). */
  costs: readonly CostInput[];
  /** The previous period's statement and its carry-out (0 or negative); null when there is none. */
  carryIn: { statementId: number; amountFen: Fen } | null;
  /** activeDatesInPeriod(...) of the host's active contracts (step 6). */
  activeDates: readonly PlainDate[];
  /** liveMinutesByDay(...): one number per date of the period (step 6). */
  minutesByDay: readonly number[];
  /** Finance's lines, each with its reason (step 7). */
  adjustments: readonly AdjustmentInput[];
}

export interface CostsOfKind { totalFen: Fen; items: CostInput[] }

export interface LiveDay { date: PlainDate; minutes: number; reached: boolean }

export interface LiveDaysTest {
  minLiveDays: number;
  minMinutesPerDay: number;
  /** ceil(minLiveDays x activeDays / daysInPeriod). */
  requiredDays: number;
  /** Days of the period on which the host streamed at least minMinutesPerDay. */
  reachedDays: number;
  met: boolean;
  days: LiveDay[];
}

export interface GuaranteeLine {
  /** The line: proratedFen, or 0 when the live-days test fails. */
  amountFen: Fen;
  mode: GuaranteeTerms['mode'];
  /** The guarantee for a whole month, as the terms state it. */
  contractAmountFen: Fen;
  activeDays: number;
  daysInPeriod: number;
  activeDates: PlainDate[];
  /** contractAmountFen x activeDays / daysInPeriod, rounded half away from zero. */
  proratedFen: Fen;
  /** null when the terms set no live-days condition. */
  liveDays: LiveDaysTest | null;
}

/** The lines in the order finance reads them (SPEC section 8). */
export interface StatementLines {
  commission: { amountFen: Fen; entryCount: number };
  /** included false: the terms leave pit fees out of the base, so the line is 0 whatever was allocated. */
  pitFees: { amountFen: Fen; included: boolean; allocatedFen: Fen; parts: PitFeePart[] };
  /** deducted false: the terms do not deduct costs, so the line is 0 whatever was recorded. */
  costs: { amountFen: Fen; deducted: boolean; recordedFen: Fen; byKind: Record<CostKind, CostsOfKind> };
  carryIn: { amountFen: Fen; statementId: number | null };
  base: { amountFen: Fen };
  share: { amountFen: Fen; hostShare: HostShareResult };
  /** null when the terms have no guarantee. */
  guarantee: GuaranteeLine | null;
  adjustments: { amountFen: Fen; payableBeforeFen: Fen; items: AdjustmentInput[] };
  /** rule: share alone (no guarantee), the higher of share and guarantee (max), or their sum (plus). */
  payable: { amountFen: Fen; rule: 'share' | GuaranteeTerms['mode'] };
  /** withholding null: no labor tax (terms say none, or nothing is payable). */
  tax: { amountFen: Fen; basis: ContractTerms['tax']; withholding: LaborWithholding | null };
  net: { amountFen: Fen };
  carryOut: { amountFen: Fen };
  agencyKeeps: { amountFen: Fen };
}

export type StatementLineKey = keyof StatementLines;

export const statementLineLabels: Readonly<Record<StatementLineKey, Text>> = {
  commission: text('Commission', '佣金收入'),
  pitFees: text('Pit fees', '坑位费分成'),
  costs: text('Costs', '成本扣除'),
  carryIn: text('Carry-in', '上期结转'),
  base: text('Base', '分成基数'),
  share: text('Host share', '主播分成'),
  guarantee: text('Guarantee', '保底'),
  adjustments: text('Adjustments', '调整'),
  payable: text('Payable', '应发'),
  tax: text('Tax withheld', '代扣个税'),
  net: text('Net', '实发'),
  carryOut: text('Carry-out', '结转下期'),
  agencyKeeps: text('Agency keeps', '机构留存'),
};

export const costKindLabels: Readonly<Record<CostKind, Text>> = {
  ad_spend: text('Ad spend', '投流'),
  samples: text('Samples', '样品'),
  other: text('Other', '其他'),
};

/** The flat amounts a statement row stores; the explanations are in `lines`. */
export type StatementTotals = Omit<StatementAmounts, 'hostShare' | 'guarantee' | 'tax'>;

export interface Statement {
  hostId: number;
  period: Period;
  /** The terms applied, naming contract, version and the date they were taken for. */
  applied: AppliedTerms;
  amounts: StatementTotals;
  lines: StatementLines;
}

function assertInput(input: StatementInput): void {
  const { hostId, period } = input;
  const stray = input.pitFeeParts.find((p) => p.hostId !== hostId || p.period !== period);
  if (stray) throw new RangeError(`pit-fee part of deal ${stray.dealId} belongs to host ${stray.hostId} in ${stray.period}, not host ${hostId} in ${period}`);
  const days = daysInPeriod(period);
  if (input.minutesByDay.length !== days) throw new RangeError(`minutesByDay has ${input.minutesByDay.length} days; ${period} has ${days}`);
  const outside = input.activeDates.find((d) => periodOfDate(d) !== period);
  if (outside) throw new RangeError(`active date ${outside} is outside ${period}`);
  if (new Set(input.activeDates).size !== input.activeDates.length) throw new RangeError('activeDates lists a date twice');
}

function costsByKind(costs: readonly CostInput[]): Record<CostKind, CostsOfKind> {
  const ofKind = (kind: CostKind): CostsOfKind => {
    const items = costs.filter((c) => c.kind === kind);
    return { totalFen: sumFen(items.map((c) => c.amountFen)), items };
  };
  return { ad_spend: ofKind('ad_spend'), samples: ofKind('samples'), other: ofKind('other') };
}

function liveDaysTest(input: StatementInput, result: GuaranteeResult, minLiveDays: number, minMinutesPerDay: number): LiveDaysTest {
  const days = datesOfPeriod(input.period).map((date, i) => {
    const minutes = input.minutesByDay[i] ?? 0;
    return { date, minutes, reached: minutes >= minMinutesPerDay };
  });
  const requiredDays = result.requiredLiveDays ?? 0;
  const reachedDays = result.qualifyingDays ?? 0;
  return { minLiveDays, minMinutesPerDay, requiredDays, reachedDays, met: result.conditionMet, days };
}

function guaranteeLine(input: StatementInput, result: GuaranteeResult | null): GuaranteeLine | null {
  const terms = input.applied.terms.guarantee;
  if (!terms || !result) return null;
  const { minLiveDays, minMinutesPerDay } = terms;
  const liveDays = minLiveDays !== undefined && minMinutesPerDay !== undefined
    ? liveDaysTest(input, result, minLiveDays, minMinutesPerDay)
    : null;
  return {
    amountFen: result.guaranteeFen,
    mode: terms.mode,
    contractAmountFen: result.amountFen,
    activeDays: result.activeDays,
    daysInPeriod: result.daysInPeriod,
    activeDates: [...input.activeDates],
    proratedFen: result.proratedFen,
    liveDays,
  };
}

function linesOf(input: StatementInput, a: StatementAmounts): StatementLines {
  const { terms } = input.applied;
  return {
    commission: { amountFen: a.commissionFen, entryCount: input.commission.entryCount },
    pitFees: { amountFen: a.pitFeesFen, included: terms.includePitFees, allocatedFen: sumFen(input.pitFeeParts.map((p) => p.amountFen)), parts: [...input.pitFeeParts] },
    costs: { amountFen: a.costsFen, deducted: terms.deductCosts, recordedFen: sumFen(input.costs.map((c) => c.amountFen)), byKind: costsByKind(input.costs) },
    carryIn: { amountFen: a.carryInFen, statementId: input.carryIn?.statementId ?? null },
    base: { amountFen: a.baseFen },
    share: { amountFen: a.shareFen, hostShare: a.hostShare },
    guarantee: guaranteeLine(input, a.guarantee),
    adjustments: { amountFen: a.adjustmentsFen, payableBeforeFen: a.payableBeforeAdjustmentsFen, items: [...input.adjustments] },
    payable: { amountFen: a.payableFen, rule: terms.guarantee?.mode ?? 'share' },
    tax: { amountFen: a.taxFen, basis: terms.tax, withholding: a.tax },
    net: { amountFen: a.netFen },
    carryOut: { amountFen: a.carryOutFen },
    agencyKeeps: { amountFen: a.agencyKeepsFen },
  };
}

/**
 * One host's statement for one period: SPEC section 8 steps 1-9, every line with its inputs.
 * Throws DomainRuleError (422) when the adjustments would make the payable negative, and
 * RangeError on inputs that cannot be right (amounts not in whole fen, a positive carry-in,
 * parts or dates of another host or period).
 */
export function settleStatement(input: StatementInput): Statement {
  assertInput(input);
  const amounts = computeStatementAmounts({
    commissionFen: input.commission.amountFen,
    pitFeesFen: sumFen(input.pitFeeParts.map((p) => p.amountFen)),
    costsFen: sumFen(input.costs.map((c) => c.amountFen)),
    carryInFen: input.carryIn?.amountFen ?? 0,
    terms: input.applied.terms,
    activeDays: input.activeDates.length,
    daysInPeriod: daysInPeriod(input.period),
    minutesByDay: [...input.minutesByDay],
    adjustments: [...input.adjustments],
  });
  const { hostShare: _share, guarantee: _guarantee, tax: _tax, ...totals } = amounts;
  return { hostId: input.hostId, period: input.period, applied: input.applied, amounts: totals, lines: linesOf(input, amounts) };
}
