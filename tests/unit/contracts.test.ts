import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activeContractOn, amendmentIssue, canChangeContractStatus, endsWithin, overlappingActiveContracts, rangesOverlap, termsInForce,
  type ContractSpan,
} from '../../server/domain/contracts';
import { addDays, daysBetweenInclusive } from '../../server/domain/dates';

const span = (id: number, startDate: string, endDate: string, over: Partial<ContractSpan> = {}): ContractSpan =>
  ({ id, hostId: 1, status: 'active', startDate, endDate, ...over });

describe('rangesOverlap (inclusive dates)', () => {
  it.each([
    ['2026-01-01', '2026-06-30', '2026-06-30', '2026-12-31', true],
    ['2026-01-01', '2026-06-30', '2026-07-01', '2026-12-31', false],
    ['2026-01-01', '2026-12-31', '2026-03-01', '2026-03-01', true],
    ['2026-03-01', '2026-03-01', '2026-03-01', '2026-03-01', true],
    ['2026-07-01', '2026-12-31', '2026-01-01', '2026-06-30', false],
  ])('when [%s, %s] and [%s, %s], then overlap is %s', (a1, a2, b1, b2, expected) => {
    expect(rangesOverlap({ startDate: a1, endDate: a2 }, { startDate: b1, endDate: b2 })).toBe(expected);
  });

  it('when checked against every date, then overlap means exactly "some date is in both", and is symmetric', () => {
    const range = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 }))
      .map(([start, length]) => ({ startDate: addDays('2026-01-01', start), endDate: addDays('2026-01-01', start + length) }));
    fc.assert(fc.property(range, range, (a, b) => {
      const shared = Array.from({ length: daysBetweenInclusive(a.startDate, a.endDate) }, (_, i) => addDays(a.startDate, i))
        .some((d) => d >= b.startDate && d <= b.endDate);
      expect(rangesOverlap(a, b)).toBe(shared);
      expect(rangesOverlap(b, a)).toBe(shared);
    }));
  });
});

describe('overlappingActiveContracts', () => {
  const stored = [
    span(1, '2026-01-01', '2026-06-30'),
    span(2, '2026-07-01', '2026-12-31', { status: 'draft' }),
    span(3, '2026-01-01', '2026-12-31', { hostId: 2 }),
    span(4, '2025-01-01', '2025-12-31', { status: 'terminated' }),
  ];

  it('when an active candidate shares a date with an active contract of the same host, then that contract is named', () => {
    expect(overlappingActiveContracts(span(9, '2026-06-30', '2026-09-30'), stored).map((c) => c.id)).toEqual([1]);
  });

  it('when the others are drafts, terminated, another host\'s, or only touch, then nothing clashes', () => {
    expect(overlappingActiveContracts(span(9, '2026-07-01', '2026-12-31'), stored)).toEqual([]);
    expect(overlappingActiveContracts(span(9, '2025-06-01', '2025-12-31'), stored)).toEqual([]);
  });

  it('when the candidate is not active, or is the stored contract itself, then nothing clashes', () => {
    expect(overlappingActiveContracts(span(9, '2026-01-01', '2026-12-31', { status: 'draft' }), stored)).toEqual([]);
    expect(overlappingActiveContracts(span(1, '2026-01-01', '2026-07-31'), stored)).toEqual([]);
  });
});

describe('termsInForce', () => {
  const versions = [
    { version: 1, effectiveFrom: '2026-01-01', terms: 'v1' },
    { version: 3, effectiveFrom: '2026-09-01', terms: 'v3' },
    { version: 2, effectiveFrom: '2026-05-01', terms: 'v2' },
  ];
  it.each([
    ['2025-12-15', 'v1'], // before the start: the first version
    ['2026-01-01', 'v1'],
    ['2026-04-30', 'v1'],
    ['2026-05-01', 'v2'],
    ['2026-08-31', 'v2'],
    ['2026-09-01', 'v3'],
    ['2027-03-01', 'v3'],
  ])('when the date is %s, then %s applies', (date, terms) => {
    expect(termsInForce(versions, date)?.terms).toBe(terms);
  });

  it('when there is no version, then null', () => {
    expect(termsInForce([], '2026-01-01')).toBeNull();
  });
});

describe('amendmentIssue', () => {
  const contract = { startDate: '2026-01-01', endDate: '2026-12-31' };
  const versions = [{ version: 1, effectiveFrom: '2026-01-01', terms: {} }, { version: 2, effectiveFrom: '2026-06-01', terms: {} }];
  it.each([
    ['2026-07-01', false],
    ['2026-12-31', false],
    ['2026-06-01', true], // same day as the latest: would rewrite it
    ['2026-03-01', true], // before the latest
    ['2027-01-01', true], // after the end
    ['2025-12-31', true], // before the start
  ])('when an amendment takes effect on %s, then refused is %s', (date, refused) => {
    expect(amendmentIssue(contract, versions, date) !== null).toBe(refused);
  });
});

describe('contract status and expiry', () => {
  it.each([
    ['draft', 'active', true], ['draft', 'terminated', true], ['draft', 'expired', false],
    ['active', 'terminated', true], ['active', 'expired', true], ['active', 'draft', false],
    ['terminated', 'active', false], ['expired', 'active', false], ['terminated', 'terminated', true],
  ] as const)('when a contract goes from %s to %s, then allowed is %s', (from, to, allowed) => {
    expect(canChangeContractStatus(from, to)).toBe(allowed);
  });

  it.each([
    ['2026-11-25', 'active', true], ['2026-12-25', 'active', true], ['2026-12-26', 'active', false],
    ['2026-11-24', 'active', false], ['2026-12-01', 'draft', false],
  ] as const)('when a contract ends %s and is %s, then it ends within 30 days of 2026-11-25: %s', (endDate, status, expected) => {
    expect(endsWithin({ startDate: '2026-01-01', endDate, status }, '2026-11-25', 30)).toBe(expected);
  });
});

describe('activeContractOn', () => {
  const contracts = [span(1, '2026-01-01', '2026-06-30'), span(2, '2026-07-01', '2026-12-31', { status: 'draft' }), span(3, '2027-01-01', '2027-12-31')];
  it.each([
    ['2026-01-01', 1], ['2026-06-30', 1], ['2026-07-01', null], ['2027-12-31', 3], ['2025-12-31', null],
  ])('when the date is %s, then the active contract is %s', (date, id) => {
    expect(activeContractOn(contracts, date)?.id ?? null).toBe(id);
  });
});
