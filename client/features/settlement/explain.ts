import { contractTermsSchema, type ContractTerms } from '../../../server/domain/terms';
import type { StatementLines } from '../../../server/domain/settlement';
import { explainStatement, type ExplainedLine } from '../../../server/domain/statement-explain';
import type { AppliedTerms } from '../../../server/domain/statement-terms';
import type { StatementDetail } from './api';

export type { ExplainedLine };

/**
 * The statement's lines with their inputs, worded by the very function the .xlsx export uses, so the page,
 * the printout and the spreadsheet explain a number alike. Lines stored in a shape this client cannot read
 * give null (the page then shows the amounts alone) rather than a crash.
 */
export function explainedLines(detail: Pick<StatementDetail, 'lines' | 'applied'>): ExplainedLine[] | null {
  try {
    return explainStatement(detail.lines as unknown as StatementLines, detail.applied as unknown as AppliedTerms);
  } catch {
    return null;
  }
}

export type AppliedView = { contractNumber: string; version: number; effectiveFrom: string; date: string; basis: AppliedTerms['basis']; terms: ContractTerms | null };

/** The contract, version and terms the statement applied, read with the server's own terms schema. */
export function appliedOf(detail: Pick<StatementDetail, 'applied'>): AppliedView {
  const a = detail.applied;
  return {
    contractNumber: String(a.contractNumber ?? ''),
    version: Number(a.version ?? 0),
    effectiveFrom: String(a.effectiveFrom ?? ''),
    date: String(a.date ?? ''),
    basis: a.basis === 'earlier_contract' ? 'earlier_contract' : 'last_active_day',
    terms: contractTermsSchema.safeParse(a.terms).data ?? null,
  };
}
