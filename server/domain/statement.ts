import type { ContractTerms } from './terms';
import type { GuaranteeResult, HostShareResult } from './splits';
import { guaranteeAmount, hostShare, payable } from './splits';
import type { LaborWithholding } from './tax';
import { laborWithholding } from './tax';
import { fenToYuanString as yuan, sumFen } from './money';
import { DomainRuleError } from './rule-error';
import { text } from './text';

// One host, one period: SPEC section 8 steps 1-9 from plain amounts. Loading the ledger
// entries, deals, costs and sessions behind these amounts is the caller's job.

export interface StatementAmountsInput {
  /** Sum of the host's ledger entries booked in the period (step 1). */
  commissionFen: number;
  /** The host's part of the period's pit fees (step 2); counted only if terms.includePitFees. */
  pitFeesFen: number;
  /** The host's costs recorded for the period (step 3); deducted only if terms.deductCosts. */
  costsFen: number;
  /** The previous statement's carryOut: 0 or negative. */
  carryInFen: number;
  terms: ContractTerms;
  /** Agency dates of the period covered by an active contract. */
  activeDays: number;
  daysInPeriod: number;
  /** Minutes of completed sessions on each agency day of the period. */
  minutesByDay: number[];
  adjustments: { amountFen: number }[];
}

export interface StatementAmounts {
  commissionFen: number;
  pitFeesFen: number;
  costsFen: number;
  carryInFen: number;
  baseFen: number;
  shareFen: number;
  carryOutFen: number;
  guaranteeFen: number;
  payableBeforeAdjustmentsFen: number;
  adjustmentsFen: number;
  payableFen: number;
  taxFen: number;
  netFen: number;
  /** base - payable: what the agency keeps of this period's base; may be negative. */
  agencyKeepsFen: number;
  hostShare: HostShareResult;
  /** null when the terms have no guarantee. */
  guarantee: GuaranteeResult | null;
  /** null unless the terms withhold labor tax and payable > 0. */
  tax: LaborWithholding | null;
}

function assertFen(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} ${value} is not an integer number of fen.`);
}

function assertInput(input: StatementAmountsInput): void {
  assertFen('commissionFen', input.commissionFen);
  assertFen('pitFeesFen', input.pitFeesFen);
  assertFen('costsFen', input.costsFen);
  assertFen('carryInFen', input.carryInFen);
  input.adjustments.forEach((a, i) => assertFen(`adjustments[${i}].amountFen`, a.amountFen));
  // A carry is only ever a loss brought forward (step 5).
  if (input.carryInFen > 0) throw new RangeError(`carryInFen ${input.carryInFen} must be 0 or negative.`);
}

function guaranteeFor(input: StatementAmountsInput): GuaranteeResult | null {
  const terms = input.terms.guarantee;
  if (!terms) return null;
  const { minLiveDays, minMinutesPerDay } = terms;
  const liveDays =
    minLiveDays !== undefined && minMinutesPerDay !== undefined
      ? { minLiveDays, minMinutesPerDay, minutesByDay: input.minutesByDay }
      : undefined;
  return guaranteeAmount({
    amountFen: terms.amountFen,
    activeDays: input.activeDays,
    daysInPeriod: input.daysInPeriod,
    liveDays,
  });
}

/** Step 7: finance's lines may lower the payable, but never below 0. */
function adjust(payableBeforeAdjustmentsFen: number, adjustments: { amountFen: number }[]) {
  const adjustmentsFen = sumFen(adjustments.map((a) => a.amountFen));
  const payableFen = payableBeforeAdjustmentsFen + adjustmentsFen;
  if (payableFen < 0) {
    const message = text(
      `The adjustments (${yuan(adjustmentsFen)} yuan) would make the payable negative: ${yuan(payableBeforeAdjustmentsFen)} yuan before them, ${yuan(payableFen)} yuan after.`,
      `调整合计 ${yuan(adjustmentsFen)} 元将使应发为负：调整前 ${yuan(payableBeforeAdjustmentsFen)} 元，调整后 ${yuan(payableFen)} 元。`,
    );
    throw new DomainRuleError(message, [{ path: ['adjustments'], message, payableBeforeAdjustmentsFen, adjustmentsFen, payableFen }]);
  }
  return { adjustmentsFen, payableFen };
}

/**
 * The amounts of one statement. Throws DomainRuleError when the adjustments would make
 * the payable negative (step 7), RangeError on amounts that are not whole fen.
 */
export function computeStatementAmounts(input: StatementAmountsInput): StatementAmounts {
  assertInput(input);
  const { terms, commissionFen, carryInFen } = input;
  const pitFeesFen = terms.includePitFees ? input.pitFeesFen : 0;
  const costsFen = terms.deductCosts ? input.costsFen : 0;
  const baseFen = commissionFen + pitFeesFen - costsFen + carryInFen;
  const share = hostShare(baseFen, terms.hostShare);
  const carryOutFen = baseFen < 0 ? baseFen : 0;
  const guarantee = guaranteeFor(input);
  const guaranteeFen = guarantee?.guaranteeFen ?? 0;
  const payableBeforeAdjustmentsFen = terms.guarantee
    ? payable({ shareFen: share.shareFen, guaranteeFen, mode: terms.guarantee.mode })
    : share.shareFen;
  const { adjustmentsFen, payableFen } = adjust(payableBeforeAdjustmentsFen, input.adjustments);
  const tax = terms.tax === 'labor' && payableFen > 0 ? laborWithholding(payableFen) : null;
  const taxFen = tax?.taxFen ?? 0;
  return {
    commissionFen,
    pitFeesFen,
    costsFen,
    carryInFen,
    baseFen,
    shareFen: share.shareFen,
    carryOutFen,
    guaranteeFen,
    payableBeforeAdjustmentsFen,
    adjustmentsFen,
    payableFen,
    taxFen,
    netFen: payableFen - taxFen,
    agencyKeepsFen: baseFen - payableFen,
    hostShare: share,
    guarantee,
    tax,
  };
}

/** A month long enough for any live-days condition (minLiveDays is at most 31). */
const PREVIEW_DAYS = 31;

/**
 * What a contract form previews for a base the user types: the statement of a whole month on that
 * base alone (no pit fees, costs, carry-in or adjustments), every day active and the live-days
 * condition met, so the guarantee shows at its full amount.
 */
export function previewStatementAmounts(baseFen: number, terms: ContractTerms): StatementAmounts {
  return computeStatementAmounts({
    commissionFen: baseFen,
    pitFeesFen: 0,
    costsFen: 0,
    carryInFen: 0,
    terms,
    activeDays: PREVIEW_DAYS,
    daysInPeriod: PREVIEW_DAYS,
    minutesByDay: Array<number>(PREVIEW_DAYS).fill(terms.guarantee?.minMinutesPerDay ?? 0),
    adjustments: [],
  });
}
