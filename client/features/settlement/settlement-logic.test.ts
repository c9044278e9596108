import { describe, expect, it } from 'vitest';
import { defaultPeriod, isApiPeriod, periodFromSearch } from '../../lib/period';
import { formToAdjustment } from './adjustment-form';
import { appliedOf, explainedLines } from './explain';

describe('settlement page logic', () => {
  it('when no period is asked for, then the page shows the month that has just ended on the agency clock', () => {
    // 2026-12-01 00:30 in Shanghai is still November in UTC: the agency's today is in December.
    expect(defaultPeriod(new Date('2026-11-30T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11');
    expect(defaultPeriod(new Date('2026-11-30T16:30:00Z'), 'UTC')).toBe('2026-10');
    expect(defaultPeriod(new Date('2027-01-15T04:00:00Z'), 'Asia/Shanghai')).toBe('2026-12');
  });

  it('when the URL names a period the API takes, then it is used, else the default', () => {
    const now = new Date('2026-12-05T04:00:00Z');
    expect(periodFromSearch('2026-09', now, 'Asia/Shanghai')).toBe('2026-09');
    for (const bad of ['', '2026-13', '2026-9', '1999-01', 'abc']) expect(periodFromSearch(bad, now, 'Asia/Shanghai'), bad).toBe('2026-11');
    expect(isApiPeriod('2026-11')).toBe(true);
  });

  it('when an adjustment is typed in yuan, then it goes as whole fen; a negative one deducts', () => {
    expect(formToAdjustment({ amount: '1,234.56', reason: ' 直播间布置补贴 ' })).toEqual({ input: { amountFen: 123456, reason: '直播间布置补贴' }, errors: {} });
    expect(formToAdjustment({ amount: '-200', reason: '迟到扣款' }).input).toEqual({ amountFen: -20000, reason: '迟到扣款' });
    expect(formToAdjustment({ amount: '0.1', reason: 'x' }).input?.amountFen).toBe(10);
  });

  it('when the amount or the reason is missing or unreadable, then each field says so and nothing is sent', () => {
    expect(formToAdjustment({ amount: '', reason: '' })).toEqual({ input: null, errors: { amountFen: 'required', reason: 'reasonRequired' } });
    expect(formToAdjustment({ amount: '1.234', reason: 'x' })).toEqual({ input: null, errors: { amountFen: 'yuan' } });
    expect(formToAdjustment({ amount: '0', reason: 'x' })).toEqual({ input: null, errors: { amountFen: 'zero' } });
    expect(formToAdjustment({ amount: '12', reason: '   ' })).toEqual({ input: null, errors: { reason: 'reasonRequired' } });
  });

  it('when a statement\'s stored lines cannot be read, then there are no explained lines rather than a crash', () => {
    expect(explainedLines({ lines: {}, applied: {} })).toBeNull();
    expect(appliedOf({ applied: { contractNumber: 'HT-1', version: 2, effectiveFrom: '2026-11-01', date: '2026-11-30', basis: 'last_active_day', terms: { nonsense: true } } }))
      .toEqual({ contractNumber: 'HT-1', version: 2, effectiveFrom: '2026-11-01', date: '2026-11-30', basis: 'last_active_day', terms: null });
  });
});
