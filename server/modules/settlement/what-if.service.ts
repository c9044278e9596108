import type { Actor, AppDeps } from '../../deps';
import { previousPeriod } from '../../domain/periods';
import { DomainRuleError } from '../../domain/rule-error';
import { settleStatement } from '../../domain/settlement';
import type { ContractTerms } from '../../domain/terms';
import { notFound } from '../../errors';
import { findHost, hostIdsOfAgent } from '../hosts/hosts.service';
import { storedPeriods } from '../periods/periods.service';
import { revivedInputs } from './settlement-inputs';
import { columnsOf, statementView } from './statement-view';
import { adjustmentsOf, listStatements, type StatementRow } from './statements.repo';
import { currentSettings } from '../settings/settings.service';

// Contract what-if (issue 16): what the host's last closed periods would have paid under other terms,
// computed by the same settlement engine from the very inputs each statement was run with (its ledger
// sums, pit fees, costs, days and minutes) and its adjustments. Nothing is written.

/** The candidate terms' statement for a closed period; the carry-out of the one before feeds the next. */
function whatIfOf(s: StatementRow, terms: ContractTerms, carryInFen: number | null, adjustments: { id: number; amountFen: number; reason: string }[]) {
  const inputs = revivedInputs(s.inputs);
  const carryIn = carryInFen === null ? inputs.carryIn : carryInFen < 0 ? { statementId: inputs.carryIn?.statementId ?? 0, amountFen: carryInFen } : null;
  try {
    const statement = settleStatement({ ...inputs, carryIn, applied: { ...inputs.applied, terms }, adjustments });
    return { amounts: columnsOf(statement), refused: null };
  } catch (err) {
    if (!(err instanceof DomainRuleError)) throw err;
    // Under these terms the statement's adjustments would make the payable negative: say so for that period.
    return { amounts: null, refused: err.text };
  }
}

export function whatIf(deps: AppDeps, actor: Actor, hostId: number, input: { terms: ContractTerms; periods: number }) {
  const { timezone } = currentSettings(deps);
  const visible = actor.role === 'manager' ? hostIdsOfAgent(deps.db, actor.id) : null;
  if (!findHost(deps.db, hostId) || (visible && !visible.includes(hostId))) throw notFound('Host', hostId);
  const closed = new Set(storedPeriods(deps.db).filter((p) => p.status === 'closed').map((p) => p.period));
  const statements = listStatements(deps.db, { hostIds: [hostId] }, 1, 200).items.filter((s) => closed.has(s.period))
    .sort((a, b) => (a.period < b.period ? -1 : 1)).slice(-input.periods);
  const adjustments = adjustmentsOf(deps.db, statements.map((s) => s.id));
  let prior: { period: string; carryOutFen: number } | null = null;
  const periods = statements.map((s) => {
    // The carry-in follows the candidate terms only from a what-if of the month just before; else the statement's own.
    const carry: number | null = prior && prior.period === previousPeriod(s.period) ? prior.carryOutFen : null;
    const result = whatIfOf(s, input.terms, carry, (adjustments.get(s.id) ?? []).map((a) => ({ id: a.id, amountFen: a.amountFen, reason: a.reason })));
    prior = { period: s.period, carryOutFen: result.amounts?.carryOutFen ?? 0 };
    return {
      ...statementView(s, timezone), period: s.period, statementId: s.id,
      whatIfNetFen: result.amounts?.netFen ?? null, whatIf: result.amounts,
      whatIfRefused: result.refused ? { message: result.refused.en, messageZh: result.refused.zh } : null,
    };
  });
  return { hostId, terms: input.terms, periods };
}
