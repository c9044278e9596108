import type Database from 'better-sqlite3';
import type { Db } from '../../db/client';
import { activeDatesInPeriod, liveMinutesByDay } from '../../domain/period-days';
import { periodBounds, previousPeriod, type Period } from '../../domain/periods';
import { allocatePitFees, type PitFeePart, type UnallocatedPitFee } from '../../domain/pit-fees';
import type { StatementInput } from '../../domain/settlement';
import { termsForPeriod, type SettlementContract } from '../../domain/statement-terms';
import type { Text } from '../../domain/text';
import { settlementContracts } from '../contracts/contracts.service';
import { costsOfPeriod } from '../costs/costs.service';
import { pitFeeDeals } from '../deals/deals.service';
import { commissionByHost } from '../ledger/ledger.service';
import { completedSessionsOfHosts } from '../sessions/sessions.service';
import { statementKeys } from './statement-writes';

// Everything a period's settlement reads, loaded once for all hosts through the modules that own it:
// the ledger's sums, the deals' pit fees, the costs, the contracts and the previous statements.

/** A host's statement inputs but finance's adjustments, which the statement keeps. */
export type HostInputs = Omit<StatementInput, 'adjustments'>;

/** A host with money in the period but no contract to settle it by: listed by the run, not paid. */
export interface Unsettled { hostId: number; commissionFen: number; pitFeesFen: number; costsFen: number; reason: Text }

export interface PeriodInputs {
  hosts: HostInputs[];
  unsettled: Unsettled[];
  /** Pit fees that no host can be given (a deal without sessions, a session without hosts). */
  unallocated: UnallocatedPitFee[];
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

function hasGuaranteeIn(contracts: readonly SettlementContract[], period: Period): boolean {
  const choice = termsForPeriod(contracts, period);
  return choice.applied?.basis === 'last_active_day' && choice.applied.terms.guarantee !== undefined;
}

/** The hosts a run settles (SPEC section 8): ledger entries, pit fees, costs, a guarantee or a carry-in in the period. */
function hostsToSettle(period: Period, sources: { commission: Map<number, unknown>; pitFees: Map<number, unknown>; costs: Map<number, unknown>; carry: Map<number, unknown>; contracts: Map<number, SettlementContract[]>; drafts: number[] }): number[] {
  const ids = new Set<number>([...sources.commission.keys(), ...sources.pitFees.keys(), ...sources.costs.keys(), ...sources.carry.keys(), ...sources.drafts]);
  for (const [hostId, contracts] of sources.contracts) if (hasGuaranteeIn(contracts, period)) ids.add(hostId);
  return [...ids].sort((a, b) => a - b);
}

export function periodInputs(db: Db, sqlite: Database.Database, period: Period, timeZone: string, keptDraftHostIds: number[]): PeriodInputs {
  const { start, end } = periodBounds(period, timeZone);
  const commission = commissionByHost(db, period);
  const allocation = allocatePitFees(pitFeeDeals(db, start, end), timeZone);
  const pitFees = groupBy(allocation.parts.filter((p) => p.period === period), (p) => p.hostId);
  const costs = groupBy(costsOfPeriod(db, period), (c) => c.hostId);
  const carry = new Map(statementKeys(sqlite, previousPeriod(period)).filter((s) => s.carryOutFen < 0).map((s) => [s.hostId, s]));
  const contracts = settlementContracts(db);
  const hostIds = hostsToSettle(period, { commission, pitFees, costs, carry, contracts, drafts: keptDraftHostIds });
  const sessions = groupBy(completedSessionsOfHosts(db, hostIds, start, end).flatMap((s) => s.hosts.map((h) => ({ hostId: h.hostId, session: s }))), (x) => x.hostId);
  const out: PeriodInputs = { hosts: [], unsettled: [], unallocated: allocation.unallocated };
  for (const hostId of hostIds) {
    const own = { commission: commission.get(hostId) ?? { amountFen: 0, entryCount: 0 }, pitFeeParts: pitFees.get(hostId) ?? [], costs: costs.get(hostId) ?? [] };
    const hostContracts = contracts.get(hostId) ?? [];
    const choice = termsForPeriod(hostContracts, period);
    if (!choice.applied) {
      out.unsettled.push({ hostId, commissionFen: own.commission.amountFen, pitFeesFen: sum(own.pitFeeParts), costsFen: sum(own.costs), reason: choice.reason });
      continue;
    }
    const prior = carry.get(hostId);
    out.hosts.push({
      hostId, period, applied: choice.applied, commission: own.commission, pitFeeParts: own.pitFeeParts,
      costs: own.costs.map((c) => ({ id: c.id, kind: c.kind, amountFen: c.amountFen, note: c.note })),
      carryIn: prior ? { statementId: prior.id, amountFen: prior.carryOutFen } : null,
      activeDates: activeDatesInPeriod(hostContracts.filter((c) => c.countsAsActive), period),
      // Always, not only under a live-days condition: a what-if may try terms that have one.
      minutesByDay: liveMinutesByDay((sessions.get(hostId) ?? []).map((x) => x.session), period, timeZone),
    });
  }
  return out;
}

const sum = (items: readonly { amountFen: number }[]) => items.reduce((total, i) => total + i.amountFen, 0);

/** Dates inside stored inputs come back from JSON as text: the pit-fee parts' session starts. */
export function revivedInputs(stored: Record<string, unknown>): HostInputs {
  const inputs = stored as unknown as HostInputs;
  return { ...inputs, pitFeeParts: inputs.pitFeeParts.map((p: PitFeePart) => ({ ...p, sessionStartsAt: new Date(p.sessionStartsAt) })) };
}
