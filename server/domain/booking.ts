import type { HostStatus } from './host-status';
import type { PlainDate } from './dates';
import { text, type Text } from './text';

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

export const bookingIssueMessages: Record<BookingIssue, Text> = {
  archived: text('is archived and cannot be booked', '已归档，不能排期'),
  suspended: text('is suspended and cannot be booked', '已暂停，不能排期'),
  terminated: text('is terminated and cannot be booked', '已解约，不能排期'),
  no_active_contract: text('has no active contract covering the session date', '在场次日期没有生效中的合约'),
};
