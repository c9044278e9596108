import { describe, it, expect } from 'vitest';
import { termsForPeriod, type SettlementContract } from '../../server/domain/statement-terms';

type Terms = string;

/** A contract whose versions' terms are named '<number>v<version>' so a test reads which one applied. */
function contract(id: number, startDate: string, endDate: string, effective: string[] = [startDate], over: Partial<SettlementContract<Terms>> = {}): SettlementContract<Terms> {
  const number = `C${id}`;
  const versions = effective.map((effectiveFrom, i) => ({ version: i + 1, effectiveFrom, terms: `${number}v${i + 1}` }));
  return { id, number, startDate, endDate, countsAsActive: true, versions, ...over };
}

const choose = (contracts: SettlementContract<Terms>[], period = '2026-11') => termsForPeriod(contracts, period);

describe('termsForPeriod: the version in force on the last active day', () => {
  it.each([
    ['a contract over the whole month', [contract(1, '2026-01-01', '2026-12-31')], 'C1v1', '2026-11-30'],
    ['an amendment effective from the 1st', [contract(1, '2026-01-01', '2026-12-31', ['2026-01-01', '2026-11-01'])], 'C1v2', '2026-11-30'],
    ['an amendment effective mid-month', [contract(1, '2026-01-01', '2026-12-31', ['2026-01-01', '2026-11-16'])], 'C1v2', '2026-11-30'],
    ['an amendment effective next month', [contract(1, '2026-01-01', '2026-12-31', ['2026-01-01', '2026-12-01'])], 'C1v1', '2026-11-30'],
    ['a contract ending on the 15th', [contract(1, '2025-11-16', '2026-11-15')], 'C1v1', '2026-11-15'],
    ['a contract that ended on the 10th and a new one from the 21st', [contract(1, '2025-11-01', '2026-11-10'), contract(2, '2026-11-21', '2027-11-20')], 'C2v1', '2026-11-30'],
    ['a short contract early in the month and one ending on the 20th', [contract(2, '2026-11-05', '2026-11-08'), contract(1, '2025-11-01', '2026-11-20')], 'C1v1', '2026-11-20'],
    ['a draft covering the rest of the month', [contract(1, '2025-11-01', '2026-11-10'), contract(2, '2026-11-11', '2027-11-10', undefined, { countsAsActive: false })], 'C1v1', '2026-11-10'],
  ])('when the host has %s, then %s applies, as of %s', (_name, contracts, terms, date) => {
    const { applied, reason } = choose(contracts);
    expect(applied).toMatchObject({ terms, date, basis: 'last_active_day' });
    expect(reason.en).toContain(`the host's last active day in 2026-11`);
  });

  it('when a version applies, then the choice names the contract, version and effective date, in both languages', () => {
    const { applied, reason } = choose([contract(7, '2026-01-01', '2026-12-31', ['2026-01-01', '2026-11-01'])]);
    expect(applied).toEqual({ contractId: 7, contractNumber: 'C7', version: 2, effectiveFrom: '2026-11-01', terms: 'C7v2', date: '2026-11-30', basis: 'last_active_day' });
    expect(reason.en).toBe("Contract C7 version 2 (effective 2026-11-01): in force on 2026-11-30, the host's last active day in 2026-11.");
    expect(reason.zh).toBe('合约 C7 第 2 版（2026-11-01 生效）：2026-11-30 为主播在 2026-11 的最后一个合约有效日，当日适用此版。');
  });
});

describe('termsForPeriod: a host with no active day in the period', () => {
  it.each([
    ['one contract that ended last month', [contract(1, '2025-11-01', '2026-10-31', ['2025-11-01', '2026-06-01'])], 'C1v2', '2026-10-31'],
    ['two earlier contracts', [contract(1, '2024-01-01', '2024-12-31'), contract(2, '2025-01-01', '2025-06-30')], 'C2v1', '2025-06-30'],
    ['an earlier contract and a later one', [contract(1, '2025-01-01', '2025-06-30'), contract(2, '2026-12-01', '2027-11-30')], 'C1v1', '2025-06-30'],
    ['an earlier contract and an earlier draft ending later', [contract(1, '2025-01-01', '2025-06-30'), contract(2, '2025-07-01', '2026-10-31', undefined, { countsAsActive: false })], 'C1v1', '2025-06-30'],
  ])('when the host has %s, then the most recent earlier contract\'s %s applies, as of %s', (_name, contracts, terms, date) => {
    const { applied, reason } = choose(contracts);
    expect(applied).toMatchObject({ terms, date, basis: 'earlier_contract' });
    expect(reason.en).toContain('the host had no active contract in 2026-11');
  });

  it.each([
    ['no contract at all', []],
    ['only a later contract', [contract(1, '2026-12-01', '2027-11-30')]],
    ['only a draft', [contract(1, '2026-01-01', '2026-12-31', undefined, { countsAsActive: false })]],
  ])('when the host has %s, then no terms apply and the reason says so', (_name, contracts) => {
    const { applied, reason } = choose(contracts);
    expect(applied).toBeNull();
    expect(reason.en).toBe('The host had no active contract in 2026-11 or before it: no statement.');
    expect(reason.zh).toBe('主播在 2026-11 及之前没有有效合约：不出对账单。');
  });

  it('when the contract that applies has no version, then no terms apply and the reason names it', () => {
    const { applied, reason } = choose([contract(1, '2026-01-01', '2026-12-31', [])]);
    expect(applied).toBeNull();
    expect(reason.en).toBe('Contract C1 has no terms.');
  });

  it('when the period is not a period, then it throws a RangeError', () => {
    expect(() => choose([], '2026-13')).toThrow(RangeError);
  });
});
