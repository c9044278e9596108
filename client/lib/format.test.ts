import { afterEach, describe, expect, it } from 'vitest';
import { addDays, formatInstant, formatLocalDate, formatMoney, startOfLocalDay } from './format';

describe('formatMoney', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [10, '¥0.10'],
    [100, '¥1.00'],
    [123456, '¥1,234.56'],
    [100000000, '¥1,000,000.00'],
    [-1230, '-¥12.30'],
    [-5, '-¥0.05'],
  ])('when the amount is %i fen, then it shows %s', (fen, expected) => {
    expect(formatMoney(fen)).toBe(expected);
  });

  it('when the amount is the largest safe integer, then every digit survives (no float rounding)', () => {
    expect(formatMoney(Number.MAX_SAFE_INTEGER)).toBe('¥90,071,992,547,409.91');
  });

  it('when the amount is a bigint beyond the safe range, then it is still exact', () => {
    expect(formatMoney(123456789012345678901n)).toBe('¥1,234,567,890,123,456,789.01');
  });

  it('when 0.1 + 0.2 yuan-style floats would drift, then integer fen still add up exactly', () => {
    expect(formatMoney(10 + 20)).toBe('¥0.30');
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('when the amount %s is not a whole number of fen, then it throws', (fen) => {
    expect(() => formatMoney(fen)).toThrow(RangeError);
  });
});

// Formatting must not depend on the zone of the machine running the browser: try several.
const machineZones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati'];
const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe.each(machineZones)('on a machine in %s', (machineZone) => {
  it('when an instant is shown, then it reads on the agency clock (Asia/Shanghai)', () => {
    process.env.TZ = machineZone;
    expect(formatInstant('2026-11-11T12:00:00Z', 'Asia/Shanghai')).toBe('2026-11-11 20:00');
    expect(formatInstant('2026-11-11T20:00:00+08:00', 'Asia/Shanghai')).toBe('2026-11-11 20:00');
  });

  it('when an instant is late on the last UTC day of a month, then its agency date is the next month', () => {
    process.env.TZ = machineZone;
    expect(formatLocalDate('2026-11-30T16:30:00Z', 'Asia/Shanghai')).toBe('2026-12-01');
  });

  it('when a local day starts, then it is written with the zone offset', () => {
    process.env.TZ = machineZone;
    expect(startOfLocalDay('2026-11-11', 'Asia/Shanghai')).toBe('2026-11-11T00:00:00+08:00');
  });
});

describe('formatInstant', () => {
  it('when no zone is given, then the agency default Asia/Shanghai is used', () => {
    expect(formatInstant('2026-01-01T00:00:00Z')).toBe('2026-01-01 08:00');
  });

  it('when midnight comes, then hours show as 00, not 24', () => {
    expect(formatInstant('2026-01-01T16:00:00Z', 'Asia/Shanghai')).toBe('2026-01-02 00:00');
  });

  it('when the agency zone observes daylight saving, then the offset of that date is used', () => {
    expect(formatInstant('2026-07-01T12:00:00Z', 'America/New_York')).toBe('2026-07-01 08:00');
    expect(formatInstant('2026-01-01T12:00:00Z', 'America/New_York')).toBe('2026-01-01 07:00');
  });

  it('when the value is not a date, then it is shown unchanged', () => {
    expect(formatInstant('not a date', 'Asia/Shanghai')).toBe('not a date');
  });

  it('when the zone setting is not a real zone, then the default zone is used', () => {
    expect(formatInstant('2026-01-01T00:00:00Z', 'Mars/Olympus')).toBe('2026-01-01 08:00');
  });
});

describe('startOfLocalDay', () => {
  it('when the zone is west of UTC in summer, then the offset is negative', () => {
    expect(startOfLocalDay('2026-07-01', 'America/New_York')).toBe('2026-07-01T00:00:00-04:00');
    expect(startOfLocalDay('2026-01-01', 'America/New_York')).toBe('2026-01-01T00:00:00-05:00');
  });

  it('when the zone has a half-hour offset, then minutes appear in the offset', () => {
    expect(startOfLocalDay('2026-03-01', 'Asia/Kolkata')).toBe('2026-03-01T00:00:00+05:30');
  });

  it('when the date is malformed, then it throws', () => {
    expect(() => startOfLocalDay('2026-3-1', 'Asia/Shanghai')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('when a day is added at the end of a month or year, then the calendar rolls over', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
});
