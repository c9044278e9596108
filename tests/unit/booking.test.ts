import { describe, expect, it } from 'vitest';
import { bookingIssue, type BookableHost } from '../../server/domain/booking';

const contract = (status: string, startDate: string, endDate: string) => ({ status, startDate, endDate });
const host = (over: Partial<BookableHost>): BookableHost => ({ status: 'active', archived: false, contracts: [], ...over });

describe('bookingIssue', () => {
  it.each([
    ['an active host with an active contract covering the date', host({ contracts: [contract('active', '2026-01-01', '2026-12-31')] }), null],
    ['the contract ends that very day (end date inclusive)', host({ contracts: [contract('active', '2026-01-01', '2026-11-25')] }), null],
    ['the contract starts that very day', host({ contracts: [contract('active', '2026-11-25', '2027-11-24')] }), null],
    ['the contract ended the day before', host({ contracts: [contract('active', '2026-01-01', '2026-11-24')] }), 'no_active_contract'],
    ['the only covering contract is a draft', host({ contracts: [contract('draft', '2026-01-01', '2026-12-31')] }), 'no_active_contract'],
    ['a host in trial with no contract', host({ status: 'trial' }), null],
    ['a prospect with no contract', host({ status: 'prospect' }), 'no_active_contract'],
    ['a suspended host, even with a contract', host({ status: 'suspended', contracts: [contract('active', '2026-01-01', '2026-12-31')] }), 'suspended'],
    ['a terminated host', host({ status: 'terminated' }), 'terminated'],
    ['an archived host', host({ archived: true, status: 'trial' }), 'archived'],
  ])('when %s, then the issue is %s', (_label, h, expected) => {
    expect(bookingIssue(h, '2026-11-25')).toBe(expected);
  });
});
