import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dealStatuses } from '../../server/domain/deals';
import { receivableOf, type DealMoney } from '../../server/domain/deal-receivables';

const today = '2026-12-05';
const deal = (over: Partial<DealMoney>): DealMoney => ({ status: 'invoiced', pitFeeFen: 100_000, receivedFen: 0, dueOn: null, ...over });

describe('a deal\'s pit fee invoiced against received', () => {
  it.each([
    ['confirmed, not invoiced yet', deal({ status: 'confirmed', dueOn: '2026-11-01' }), { invoicedFen: 0, outstandingFen: 0, overdue: false }],
    ['invoiced, nothing in, due yesterday', deal({ dueOn: '2026-12-04' }), { invoicedFen: 100_000, outstandingFen: 100_000, overdue: true }],
    ['invoiced, nothing in, due today', deal({ dueOn: today }), { invoicedFen: 100_000, outstandingFen: 100_000, overdue: false }],
    ['invoiced, no due date', deal({}), { invoicedFen: 100_000, outstandingFen: 100_000, overdue: false }],
    ['invoiced, part in, past due', deal({ receivedFen: 40_000, dueOn: '2026-11-30' }), { invoicedFen: 100_000, outstandingFen: 60_000, overdue: true }],
    ['paid in full, past due', deal({ status: 'paid', receivedFen: 100_000, dueOn: '2026-11-30' }), { invoicedFen: 100_000, outstandingFen: 0, overdue: false }],
    ['paid more than the fee', deal({ status: 'paid', receivedFen: 120_000 }), { invoicedFen: 100_000, outstandingFen: 0, overdue: false }],
    ['cancelled', deal({ status: 'cancelled', dueOn: '2026-01-01' }), { invoicedFen: 0, outstandingFen: 0, overdue: false }],
  ])('when %s, then the figures are as expected', (_label, input, expected) => {
    expect(receivableOf(input, today)).toEqual(expected);
  });

  it('property: outstanding is between 0 and the invoiced fee, and only an outstanding amount is overdue', () => {
    fc.assert(fc.property(
      fc.constantFrom(...dealStatuses), fc.nat(10_000_000), fc.nat(10_000_000), fc.option(fc.constantFrom('2026-11-30', '2026-12-05', '2026-12-31')),
      (status, pitFeeFen, receivedFen, dueOn) => {
        const r = receivableOf({ status, pitFeeFen, receivedFen, dueOn }, today);
        expect(r.outstandingFen).toBeGreaterThanOrEqual(0);
        expect(r.outstandingFen).toBeLessThanOrEqual(r.invoicedFen);
        if (r.overdue) expect(r.outstandingFen).toBeGreaterThan(0);
      },
    ));
  });
});
