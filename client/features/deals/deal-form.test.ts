import { describe, expect, it } from 'vitest';
import type { Deal } from './api';
import { dealFormProblems, dealPatch, dealToForm, emptyDealForm, formToDeal, statusChoices } from './deal-form';

const deal: Deal = {
  id: 1, brandId: 2, sessionIds: [], pitFeeFen: 500_000, category: 'beauty', commissionRateBp: 2000, status: 'confirmed', notes: '',
  invoicedOn: null, dueOn: null, receivedFen: 0, receivedOn: null,
  createdAt: '2026-11-01T10:00:00+08:00', updatedAt: '2026-11-01T10:00:00+08:00',
};

describe('deal form', () => {
  it('when a pit fee, a commission and a receipt are typed, then they become fen, bp and dates', () => {
    const form = { ...emptyDealForm, brandId: '2', pitFee: '5,000', commissionRate: '20%', invoicedOn: '2026-11-10', dueOn: '2026-11-30', received: '1,500.50', receivedOn: '2026-11-20' };
    expect(dealFormProblems(form)).toEqual({});
    expect(formToDeal(form)).toEqual({
      brandId: 2, pitFeeFen: 500_000, commissionRateBp: 2000, category: null, status: 'proposed', notes: '',
      invoicedOn: '2026-11-10', dueOn: '2026-11-30', receivedFen: 150_050, receivedOn: '2026-11-20',
    });
    expect(formToDeal({ ...form, pitFee: '', commissionRate: '', invoicedOn: '', dueOn: '', received: '', receivedOn: '' }))
      .toMatchObject({ pitFeeFen: 0, commissionRateBp: null, invoicedOn: null, dueOn: null, receivedFen: 0, receivedOn: null });
  });

  it.each([
    [{ pitFee: '1.234', commissionRate: 'abc' }, { brandId: { key: 'form.required' }, pitFeeFen: { key: 'form.yuan' }, commissionRateBp: { key: 'form.percent' } }],
    [{ brandId: '2', received: '-5' }, { receivedFen: { key: 'form.notNegative' } }],
    [{ brandId: '2', received: '12.345' }, { receivedFen: { key: 'form.yuan' } }],
    [{ brandId: '2', invoicedOn: '2026-11-10', dueOn: '2026-11-09' }, { dueOn: { key: 'form.dueOrder' } }],
    [{ brandId: '2', dueOn: '2026-11-09' }, {}],
  ])('when the form is %j, then the problems are %j', (typed, problems) => {
    expect(dealFormProblems({ ...emptyDealForm, ...typed })).toEqual(problems);
  });

  it('when a deal is edited, then only the changed fields are sent and only allowed statuses offered', () => {
    expect(dealPatch(formToDeal({ ...dealToForm(deal), status: 'invoiced' }), deal)).toEqual({ status: 'invoiced' });
    expect(dealPatch(formToDeal({ ...dealToForm(deal), dueOn: '2026-12-31', received: '100' }), deal)).toEqual({ dueOn: '2026-12-31', receivedFen: 10_000 });
    expect(statusChoices('confirmed')).toEqual(['confirmed', 'proposed', 'invoiced', 'cancelled']);
    expect(statusChoices('paid')).toEqual(['paid']);
  });
});
