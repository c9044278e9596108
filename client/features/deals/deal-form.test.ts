import { describe, expect, it } from 'vitest';
import type { Deal } from './api';
import { dealPatch, dealToForm, emptyDealForm, formToDeal, statusChoices } from './deal-form';

const deal: Deal = {
  id: 1, brandId: 2, sessionIds: [], pitFeeFen: 500_000, category: 'beauty', commissionRateBp: 2000, status: 'confirmed', notes: '',
  invoicedOn: null, dueOn: null, receivedFen: 0, receivedOn: null,
  createdAt: '2026-11-01T10:00:00+08:00', updatedAt: '2026-11-01T10:00:00+08:00',
};

describe('deal form', () => {
  it('when a pit fee and a commission are typed, then they become fen and bp', () => {
    const { input } = formToDeal({ ...emptyDealForm, brandId: '2', pitFee: '5,000', commissionRate: '20%' });
    expect(input).toEqual({ brandId: 2, pitFeeFen: 500_000, commissionRateBp: 2000, category: null, status: 'proposed', notes: '' });
  });

  it('when the amounts are not money or a rate, then each field says so', () => {
    expect(formToDeal({ ...emptyDealForm, pitFee: '1.234', commissionRate: 'abc' }).errors).toEqual({ brandId: 'required', pitFeeFen: 'yuan', commissionRateBp: 'percent' });
  });

  it('when a deal is edited, then only the changed fields are sent and only allowed statuses offered', () => {
    const { input } = formToDeal({ ...dealToForm(deal), status: 'invoiced' });
    expect(input && dealPatch(input, deal)).toEqual({ status: 'invoiced' });
    expect(statusChoices('confirmed')).toEqual(['confirmed', 'proposed', 'invoiced', 'cancelled']);
    expect(statusChoices('paid')).toEqual(['paid']);
  });
});
