import { describe, expect, it } from 'vitest';
import { contractDateProblems } from './contract-checks';

describe('contractDateProblems', () => {
  it.each([
    [{ startDate: '2026-01-01', endDate: '2026-12-31' }, {}],
    [{ startDate: '2026-01-01', endDate: '2026-01-01' }, {}],
    [{ startDate: '2026-02-01', endDate: '2026-01-31' }, { endDate: { key: 'form.dateOrder' } }],
    [{ startDate: '', endDate: '' }, { startDate: { key: 'form.required' }, endDate: { key: 'form.required' } }],
    [{ startDate: '', endDate: '2026-01-31' }, { startDate: { key: 'form.required' } }],
  ])('when the dates are %j, then the problems are %j', (form, problems) => {
    expect(contractDateProblems(form)).toEqual(problems);
  });
});
