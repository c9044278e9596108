import { describe, expect, it } from 'vitest';
import { email, endsAfter, firstProblems, maxLength, minLength, notBefore, percent, positiveYuan, required, wholeInRange, yuanNotNegative } from './form-checks';

describe('form checks', () => {
  it('when a value is missing, too long, out of range or a span ends before it starts, then the check names it', () => {
    expect(required(' ')).toEqual({ key: 'form.required' });
    expect(required('x')).toBeNull();
    expect(maxLength('abcd', 3)).toEqual({ key: 'form.tooLong', max: 3 });
    expect(maxLength(' abc ', 3)).toBeNull();
    expect(wholeInRange('0', 1, 1440)).toEqual({ key: 'form.range', min: 1, max: 1440 });
    expect(wholeInRange('12.5', 0, 100)).toEqual({ key: 'form.range', min: 0, max: 100 });
    expect(wholeInRange('1440', 1, 1440)).toBeNull();
    expect(wholeInRange('', 1, 1440)).toBeNull();
    expect(notBefore('2026-02-01', '2026-01-31')).toEqual({ key: 'form.dateOrder' });
    expect(notBefore('2026-02-01', '2026-02-01')).toBeNull();
    expect(notBefore('', '2026-01-31')).toBeNull();
    // A due date against its invoice date says so.
    expect(notBefore('2026-11-10', '2026-11-09', 'form.dueOrder')).toEqual({ key: 'form.dueOrder' });
    // A session's times: the end after the start, strictly (the server refuses an end at the start).
    expect(endsAfter('2026-11-10T20:00', '2026-11-10T19:59')).toEqual({ key: 'form.timeOrder' });
    expect(endsAfter('2026-11-10T20:00', '2026-11-10T20:00')).toEqual({ key: 'form.timeOrder' });
    expect(endsAfter('2026-11-10T20:00', '2026-11-10T20:01')).toBeNull();
    expect(endsAfter('', '2026-11-10T20:01')).toBeNull();
  });

  it('when a password is too short, an email no address or an amount not positive yuan, then the check names it', () => {
    expect(minLength('123456789', 10)).toEqual({ key: 'form.tooShort', min: 10 });
    expect(minLength('1234567890', 10)).toBeNull();
    expect(minLength('', 10)).toBeNull();
    expect(email('zhao@example')).toEqual({ key: 'form.email' });
    expect(email('zhao example.test')).toEqual({ key: 'form.email' });
    expect(email(' zhao@example.test ')).toBeNull();
    expect(email('')).toBeNull();
    expect(positiveYuan('12.345')).toEqual({ key: 'form.yuan' });
    expect(positiveYuan('abc')).toEqual({ key: 'form.yuan' });
    expect(positiveYuan('0')).toEqual({ key: 'form.positive' });
    expect(positiveYuan('-1')).toEqual({ key: 'form.positive' });
    expect(positiveYuan('1,200.50')).toBeNull();
    expect(positiveYuan('')).toBeNull();
  });

  it('when an amount is not yuan or below zero, or a rate not a percentage, then the check names it; empty is left to required', () => {
    expect(yuanNotNegative('12.345')).toEqual({ key: 'form.yuan' });
    expect(yuanNotNegative('-0.01')).toEqual({ key: 'form.notNegative' });
    expect(yuanNotNegative('0')).toBeNull();
    expect(yuanNotNegative('1,200.50')).toBeNull();
    expect(yuanNotNegative('')).toBeNull();
    expect(percent('abc')).toEqual({ key: 'form.percent' });
    expect(percent('12.5%')).toBeNull();
    expect(percent('')).toBeNull();
  });

  it('when a field has several checks, then only its first problem is kept, and fields without one are left out', () => {
    expect(firstProblems({ a: [required(''), maxLength('', 1)], b: [required('x')], c: [null, maxLength('xx', 1)] }))
      .toEqual({ a: { key: 'form.required' }, c: { key: 'form.tooLong', max: 1 } });
  });
});
