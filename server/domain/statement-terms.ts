import { termsInForce, type DateRange, type TermsVersion } from './contracts';
import type { PlainDate } from './dates';
import { firstDateOfPeriod, lastDateOfPeriod, type Period } from './periods';
import type { ContractTerms } from './terms';
import { text, type Text } from './text';

// Which terms a statement applies (SPEC section 8): the contract version in force on the period's
// last day on which the host had an active contract, so an amendment effective from the 1st governs
// the whole month; with no active day in the period, the version in force on the last day of the
// host's most recent earlier contract, so that late refunds of a host who has left are still settled.

export interface SettlementContract<T = ContractTerms> extends DateRange {
  id: number;
  number: string;
  /**
   * Whether the contract was in force on its dates (signed; since expired or terminated is fine):
   * the caller's call. A contract that does not count (a draft) never gives a statement its terms.
   */
  countsAsActive: boolean;
  versions: readonly TermsVersion<T>[];
}

export interface AppliedTerms<T = ContractTerms> {
  contractId: number;
  contractNumber: string;
  version: number;
  effectiveFrom: PlainDate;
  terms: T;
  /** The date the version was taken for: the last active day in the period, or the earlier contract's last day. */
  date: PlainDate;
  basis: 'last_active_day' | 'earlier_contract';
}

export interface TermsChoice<T = ContractTerms> {
  /** null: the host gets no statement for the period and its amounts are listed as unsettled. */
  applied: AppliedTerms<T> | null;
  /** Why these terms, or why none, in both languages. */
  reason: Text;
}

/** The later of two candidates ending on the same day: the one that started later, then the higher id. */
function later<C extends SettlementContract<unknown>>(a: C, b: C, endOf: (c: C) => PlainDate): C {
  const [ea, eb] = [endOf(a), endOf(b)];
  if (ea !== eb) return ea > eb ? a : b;
  if (a.startDate !== b.startDate) return a.startDate > b.startDate ? a : b;
  return a.id > b.id ? a : b;
}

function latest<C extends SettlementContract<unknown>>(contracts: readonly C[], endOf: (c: C) => PlainDate): C | null {
  return contracts.reduce<C | null>((best, c) => (best === null ? c : later(best, c, endOf)), null);
}

function applied<T>(contract: SettlementContract<T>, date: PlainDate, basis: AppliedTerms['basis'], period: Period): TermsChoice<T> {
  const version = termsInForce(contract.versions, date);
  if (!version) {
    return { applied: null, reason: text(`Contract ${contract.number} has no terms.`, `合约 ${contract.number} 没有分成条款。`) };
  }
  const which = `Contract ${contract.number} version ${version.version} (effective ${version.effectiveFrom})`;
  const whichZh = `合约 ${contract.number} 第 ${version.version} 版（${version.effectiveFrom} 生效）`;
  const reason = basis === 'last_active_day'
    ? text(`${which}: in force on ${date}, the host's last active day in ${period}.`, `${whichZh}：${date} 为主播在 ${period} 的最后一个合约有效日，当日适用此版。`)
    : text(`${which}: the host had no active contract in ${period}; the terms on ${date}, the last day of the host's most recent earlier contract, apply.`,
      `${whichZh}：主播在 ${period} 没有有效合约，适用其最近一份此前合约最后一日（${date}）的条款。`);
  return {
    applied: { contractId: contract.id, contractNumber: contract.number, version: version.version, effectiveFrom: version.effectiveFrom, terms: version.terms, date, basis },
    reason,
  };
}

/** The terms of the host's statement for a period, with the reason; null terms when the host never had a contract by then. */
export function termsForPeriod<T = ContractTerms>(contracts: readonly SettlementContract<T>[], period: Period): TermsChoice<T> {
  const first = firstDateOfPeriod(period);
  const last = lastDateOfPeriod(period);
  const active = contracts.filter((c) => c.countsAsActive && c.startDate <= c.endDate);
  const lastActiveDay = (c: SettlementContract<T>): PlainDate => (c.endDate < last ? c.endDate : last);
  const inPeriod = latest(active.filter((c) => c.startDate <= last && c.endDate >= first), lastActiveDay);
  if (inPeriod) return applied(inPeriod, lastActiveDay(inPeriod), 'last_active_day', period);
  const earlier = latest(active.filter((c) => c.endDate < first), (c) => c.endDate);
  if (earlier) return applied(earlier, earlier.endDate, 'earlier_contract', period);
  return {
    applied: null,
    reason: text(`The host had no active contract in ${period} or before it: no statement.`, `主播在 ${period} 及之前没有有效合约：不出对账单。`),
  };
}
