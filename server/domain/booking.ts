import type { HostStatus } from './host-status';
import type { PlainDate } from './periods';

// SPEC section 5: who can be booked on an agency date. A suspended or terminated host cannot; a host
// in trial (试播) can without a contract; anyone else needs an active contract covering that date.

export interface BookableHost {
  status: HostStatus;
  archived: boolean;
  contracts: readonly { status: string; startDate: PlainDate; endDate: PlainDate }[];
}

export type BookingIssue = 'archived' | 'suspended' | 'terminated' | 'no_active_contract';

export function bookingIssue(host: BookableHost, date: PlainDate): BookingIssue | null {
  if (host.archived) return 'archived';
  if (host.status === 'suspended' || host.status === 'terminated') return host.status;
  if (host.status === 'trial') return null;
  const covered = host.contracts.some((c) => c.status === 'active' && c.startDate <= date && date <= c.endDate);
  return covered ? null : 'no_active_contract';
}

export const bookingIssueMessages: Record<BookingIssue, string> = {
  archived: 'is archived and cannot be booked',
  suspended: 'is suspended and cannot be booked',
  terminated: 'is terminated and cannot be booked',
  no_active_contract: 'has no active contract covering the session date',
};
