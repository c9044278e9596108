import { addDays, type PlainDate } from './dates';
import { text, type Text } from './text';

// Contracts (SPEC section 4): dates are agency calendar dates, both ends inclusive.

export const contractStatuses = ['draft', 'active', 'terminated', 'expired'] as const;
export type ContractStatus = (typeof contractStatuses)[number];

/**
 * draft -> active (signed) or terminated (abandoned); active -> terminated or expired.
 * terminated and expired are final: a renewal is a new contract, so statements keep their terms.
 */
export const contractTransitions: Readonly<Record<ContractStatus, readonly ContractStatus[]>> = {
  draft: ['active', 'terminated'],
  active: ['terminated', 'expired'],
  terminated: [],
  expired: [],
};

export function canChangeContractStatus(from: ContractStatus, to: ContractStatus): boolean {
  return from === to || contractTransitions[from].includes(to);
}

export interface DateRange {
  startDate: PlainDate;
  endDate: PlainDate;
}

/** Two inclusive date ranges share at least one date. */
export function rangesOverlap(a: DateRange, b: DateRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** The contract covers the date (both ends inclusive). */
export function coversDate(range: DateRange, date: PlainDate): boolean {
  return range.startDate <= date && date <= range.endDate;
}

/** The host's active contract covering a date, if any: there is at most one (see overlappingActiveContracts). */
export function activeContractOn<C extends DateRange & { status: ContractStatus }>(contracts: readonly C[], date: PlainDate): C | null {
  return contracts.find((c) => c.status === 'active' && coversDate(c, date)) ?? null;
}

export interface ContractSpan extends DateRange {
  id: number;
  hostId: number;
  status: ContractStatus;
}

/**
 * At most one active contract per host covers any date: the active contracts of the same host
 * that a candidate (when it is active itself) would overlap. The candidate's own id is skipped,
 * so an update can be checked against the stored rows.
 */
export function overlappingActiveContracts<C extends ContractSpan>(candidate: Omit<ContractSpan, 'id'> & { id?: number }, others: readonly C[]): C[] {
  if (candidate.status !== 'active') return [];
  return others.filter((other) => other.id !== candidate.id && other.hostId === candidate.hostId
    && other.status === 'active' && rangesOverlap(candidate, other));
}

export interface TermsVersion<T = unknown> {
  version: number;
  effectiveFrom: PlainDate;
  terms: T;
}

/**
 * The version of a contract's terms in force on a date: the latest effective on or before it.
 * Before the first version's date the first version applies, since it takes effect with the
 * contract (whose start may be moved earlier after signing). Null only when there is no version.
 */
export function termsInForce<V extends TermsVersion>(versions: readonly V[], date: PlainDate): V | null {
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.version - b.version));
  let inForce: V | null = sorted[0] ?? null;
  for (const v of sorted) if (v.effectiveFrom <= date) inForce = v;
  return inForce;
}

export type AmendmentIssue = { message: Text } | null;

/** An amendment takes effect inside the contract and after every earlier version: history is not rewritten. */
export function amendmentIssue(contract: DateRange, versions: readonly TermsVersion[], effectiveFrom: PlainDate): AmendmentIssue {
  if (effectiveFrom < contract.startDate || effectiveFrom > contract.endDate) {
    return { message: text(`An amendment takes effect within the contract (${contract.startDate} to ${contract.endDate})`,
      `补充协议须在合约期内生效（${contract.startDate} 至 ${contract.endDate}）`) };
  }
  const latest = versions.reduce<PlainDate | null>((max, v) => (max === null || v.effectiveFrom > max ? v.effectiveFrom : max), null);
  if (latest !== null && effectiveFrom <= latest) {
    return { message: text(`An amendment takes effect after the latest version (effective ${latest})`, `补充协议须晚于最新版本生效（最新版本 ${latest} 生效）`) };
  }
  return null;
}

/** An active contract whose last day falls within the next `days` days (today included). */
export function endsWithin(contract: DateRange & { status: ContractStatus }, today: PlainDate, days: number): boolean {
  return contract.status === 'active' && contract.endDate >= today && contract.endDate <= addDays(today, days);
}
