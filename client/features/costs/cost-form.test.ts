import { describe, expect, it } from 'vitest';
import type { Cost } from './api';
import { costPatch, costToForm, emptyCostForm, formToCost } from './cost-form';

const cost: Cost = {
  id: 7, hostId: 3, period: '2026-11', amountFen: 120_050, kind: 'ad_spend', note: '千川投流', createdBy: 1,
  createdAt: '2026-11-20T10:00:00+08:00', updatedAt: '2026-11-20T10:00:00+08:00',
};

describe('cost form', () => {
  it('when a cost is typed in yuan, then it goes as whole fen with its host, period and kind', () => {
    expect(formToCost({ ...emptyCostForm('2026-11', '3'), amount: '1,200.50', note: ' 投流 ' }).input)
      .toEqual({ hostId: 3, period: '2026-11', amountFen: 120_050, kind: 'ad_spend', note: '投流' });
  });

  it('when the host, period or amount is missing or not a positive amount, then each field says so', () => {
    expect(formToCost(emptyCostForm('')).errors).toEqual({ hostId: 'required', period: 'required', amountFen: 'required' });
    expect(formToCost({ ...emptyCostForm('2026-11', '3'), amount: '12.345' }).errors).toEqual({ amountFen: 'yuan' });
    expect(formToCost({ ...emptyCostForm('2026-11', '3'), amount: '-5' }).errors).toEqual({ amountFen: 'positive' });
  });

  it('when a cost is edited, then only what changed is sent', () => {
    const { input } = formToCost({ ...costToForm(cost), amount: '1300' });
    expect(input && costPatch(input, cost)).toEqual({ amountFen: 130_000 });
    expect(costToForm(cost).amount).toBe('1200.50');
  });
});
