import { describe, expect, it } from 'vitest';
import type { Cost } from './api';
import { costPatch, costProblems, costToForm, emptyCostForm, formToCost } from './cost-form';

const cost: Cost = {
  id: 7, hostId: 3, period: '2026-11', amountFen: 120_050, kind: 'ad_spend', note: '千川投流', createdBy: 1,
  createdAt: '2026-11-20T10:00:00+08:00', updatedAt: '2026-11-20T10:00:00+08:00',
};

describe('cost form', () => {
  it('when a cost is typed in yuan, then it goes as whole fen with its host, period and kind', () => {
    const form = { ...emptyCostForm('2026-11', '3'), amount: '1,200.50', note: ' 投流 ' };
    expect(costProblems(form)).toEqual({});
    expect(formToCost(form))
      .toEqual({ hostId: 3, period: '2026-11', amountFen: 120_050, kind: 'ad_spend', note: '投流' });
  });

  it('when the host, period or amount is missing, the amount is not a positive amount or the note is too long, then each field says so', () => {
    const required = { key: 'form.required' };
    expect(costProblems(emptyCostForm(''))).toEqual({ hostId: required, period: required, amountFen: required });
    expect(costProblems({ ...emptyCostForm('2026-11', '3'), amount: '12.345' })).toEqual({ amountFen: { key: 'form.yuan' } });
    expect(costProblems({ ...emptyCostForm('2026-11', '3'), amount: '-5' })).toEqual({ amountFen: { key: 'form.positive' } });
    expect(costProblems({ ...emptyCostForm('2026-11', '3'), amount: '0' })).toEqual({ amountFen: { key: 'form.positive' } });
    expect(costProblems({ ...emptyCostForm('2026-11', '3'), amount: '5', note: 'x'.repeat(501) })).toEqual({ note: { key: 'form.tooLong', max: 500 } });
  });

  it('when a cost is edited, then only what changed is sent', () => {
    expect(costPatch(formToCost({ ...costToForm(cost), amount: '1300' }), cost)).toEqual({ amountFen: 130_000 });
    expect(costToForm(cost).amount).toBe('1200.50');
  });
});
