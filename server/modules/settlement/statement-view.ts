import { formatInstant } from '../../domain/zones';
import type { Statement } from '../../domain/settlement';
import type { AdjustmentRow, StatementRow } from './statements.repo';

// A statement as the API shows it: the fixed fields of SPEC's appendix, then who ran, approved and paid it.

export const moneyColumns = [
  'commissionFen', 'pitFeesFen', 'costsFen', 'carryInFen', 'baseFen', 'shareFen', 'guaranteeFen', 'adjustmentsFen',
  'payableFen', 'taxFen', 'netFen', 'carryOutFen', 'agencyKeepsFen',
] as const;

export type MoneyColumn = (typeof moneyColumns)[number];

/** The stored columns of a computed statement. */
export function columnsOf(s: Statement): Record<MoneyColumn, number> {
  const a = s.amounts;
  return {
    commissionFen: a.commissionFen, pitFeesFen: a.pitFeesFen, costsFen: a.costsFen, carryInFen: a.carryInFen, baseFen: a.baseFen,
    shareFen: a.shareFen, guaranteeFen: a.guaranteeFen, adjustmentsFen: a.adjustmentsFen, payableFen: a.payableFen, taxFen: a.taxFen,
    netFen: a.netFen, carryOutFen: a.carryOutFen, agencyKeepsFen: a.agencyKeepsFen,
  };
}

export function statementView(s: StatementRow, tz: string) {
  const at = (d: Date | null) => (d ? formatInstant(d, tz) : null);
  const money = Object.fromEntries(moneyColumns.map((c) => [c, s[c]])) as Record<MoneyColumn, number>;
  return {
    id: s.id, hostId: s.hostId, contractId: s.contractId, period: s.period, status: s.status, ...money,
    runId: s.runId, runBy: s.runBy, approvedBy: s.approvedBy, approvedAt: at(s.approvedAt), paidBy: s.paidBy, paidAt: at(s.paidAt),
    paymentReference: s.paymentReference, paidOn: s.paidOn, createdAt: formatInstant(s.createdAt, tz), updatedAt: formatInstant(s.updatedAt, tz),
  };
}

export function adjustmentView(a: AdjustmentRow, tz: string) {
  return { id: a.id, amountFen: a.amountFen, reason: a.reason, createdBy: a.createdBy, createdAt: formatInstant(a.createdAt, tz) };
}

/** The lines as stored, their instants (pit-fee session starts) written in the agency zone. */
export function linesView(lines: Record<string, unknown>, tz: string) {
  const pitFees = lines.pitFees as { parts: { sessionStartsAt: string }[] } | undefined;
  if (!pitFees) return lines;
  const parts = pitFees.parts.map((p) => ({ ...p, sessionStartsAt: formatInstant(new Date(p.sessionStartsAt), tz) }));
  return { ...lines, pitFees: { ...pitFees, parts } };
}
