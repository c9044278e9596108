import { describe, expect, it } from 'vitest';
import { bpToPercentText, fenToYuanText, formatRate, parseCount, parsePercent, parseYuan } from './units';

describe('parseYuan', () => {
  it('when yuan are typed with separators and decimals, then they become exact fen', () => {
    expect(parseYuan('150,000')).toEqual({ ok: true, value: 15_000_000 });
    expect(parseYuan(' 0.1 ')).toEqual({ ok: true, value: 10 });
  });

  it('when the field is empty, then the value is null, and text that is not money is refused', () => {
    expect(parseYuan('')).toEqual({ ok: true, value: null });
    expect(parseYuan('12.345')).toEqual({ ok: false });
    expect(parseYuan('abc')).toEqual({ ok: false });
  });
});

describe('parsePercent', () => {
  it('when a percent is typed with or without the sign, then it becomes bp', () => {
    expect(parsePercent('32.5%')).toEqual({ ok: true, value: 3250 });
    expect(parsePercent('30')).toEqual({ ok: true, value: 3000 });
    expect(parsePercent('x')).toEqual({ ok: false });
  });
});

describe('back to text', () => {
  it('when fen and bp are edited again, then they read as yuan and percent', () => {
    expect(fenToYuanText(123450)).toBe('1234.50');
    expect(bpToPercentText(3250)).toBe('32.50');
    expect(formatRate(3250)).toBe('32.50%');
    expect(formatRate(null)).toBe('—');
  });
});

describe('parseCount', () => {
  it('when a count is typed as people say it, then it is the whole number; else it is refused', () => {
    expect(parseCount('12.5万')).toEqual({ ok: true, value: 125000 });
    expect(parseCount('')).toEqual({ ok: true, value: null });
    expect(parseCount('12.5')).toEqual({ ok: false });
  });
});
