// A deal's pit fee as money owed by the brand (SPEC section 9: pit fees invoiced against received): what is
// invoiced, what has come in, what is still owed, and whether it is overdue on a given agency date.
import type { DealStatus } from './deals';

export interface DealMoney { status: DealStatus; pitFeeFen: number; receivedFen: number; dueOn: string | null }
export interface Receivable { invoicedFen: number; outstandingFen: number; overdue: boolean }

/**
 * Invoiced: the pit fee once the deal is invoiced or paid (a confirmed deal is not invoiced yet). Outstanding:
 * invoiced less received, never below 0 (a brand that paid more owes nothing). Overdue: something is outstanding
 * and the due date (YYYY-MM-DD, agency dates) is before today.
 */
export function receivableOf(deal: DealMoney, today: string): Receivable {
  const invoicedFen = deal.status === 'invoiced' || deal.status === 'paid' ? deal.pitFeeFen : 0;
  const outstandingFen = Math.max(0, invoicedFen - deal.receivedFen);
  return { invoicedFen, outstandingFen, overdue: outstandingFen > 0 && deal.dueOn !== null && deal.dueOn < today };
}
