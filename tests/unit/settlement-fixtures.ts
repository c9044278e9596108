import { datesOfPeriod, daysInPeriod } from '../../server/domain/periods';
import type { PitFeePart } from '../../server/domain/pit-fees';
import type { StatementInput } from '../../server/domain/settlement';
import type { AppliedTerms } from '../../server/domain/statement-terms';
import { contractTermsSchema, type ContractTerms, type ContractTermsInput } from '../../server/domain/terms';

// Builders for settlement tests: a statement input for host 1 in November 2026 (30 days), every
// day active and nothing streamed unless a test says otherwise.

export const HOST = 1;
export const PERIOD = '2026-11';

/** Terms as termsForPeriod gives them: version 1 of contract HT-1, in force on the period's last day. */
export const appliedTerms = (terms: ContractTerms): AppliedTerms => ({
  contractId: 1, contractNumber: 'HT-1', version: 1, effectiveFrom: '2026-01-01', terms, date: '2026-11-30', basis: 'last_active_day',
});

export function statementInput(terms: ContractTermsInput, over: Partial<StatementInput> = {}): StatementInput {
  const period = over.period ?? PERIOD;
  return {
    hostId: HOST,
    period,
    applied: appliedTerms(contractTermsSchema.parse(terms)),
    commission: { amountFen: 0, entryCount: 0 },
    pitFeeParts: [],
    costs: [],
    carryIn: null,
    activeDates: datesOfPeriod(period),
    minutesByDay: Array<number>(daysInPeriod(period)).fill(0),
    adjustments: [],
    ...over,
  };
}

/** One ledger entry per amount, ids from 1. */
export const entries = (...amounts: number[]) => ({ amountFen: amounts.reduce((sum, a) => sum + a, 0), entryCount: amounts.length });

export function pitFeePart(dealId: number, sessionId: number, amountFen: number, over: Partial<PitFeePart> = {}): PitFeePart {
  return {
    hostId: HOST, period: PERIOD, dealId, dealFeeFen: amountFen, sessionCount: 1, sessionId,
    sessionStartsAt: new Date('2026-11-11T12:00:00Z'), sessionFeeFen: amountFen, shareBp: 10000, amountFen, ...over,
  };
}

export const flat = (rateBp: number) => ({ mode: 'flat', rateBp }) as const;
export const TIERS = [{ fromFen: 0, rateBp: 3000 }, { fromFen: 10_000_000, rateBp: 4000 }];
