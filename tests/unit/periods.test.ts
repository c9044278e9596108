import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { addDays, daysBetweenInclusive, isValidDate } from '../../server/domain/dates';
import {
  comparePeriods,
  datesOfPeriod,
  daysInPeriod,
  firstDateOfPeriod,
  isPeriod,
  lastDateOfPeriod,
  nextPeriod,
  parsePeriod,
  dateRangeBounds,
  instantRange,
  periodBounds,
  periodOf,
  periodOfDate,
  previousPeriod,
} from '../../server/domain/periods';
import { formatInstant, localDateOf, localDayOf, parseInstant, parseWallTime, zonedWallTimeToInstant } from '../../server/domain/zones';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const AKL = 'Pacific/Auckland';
const ZONES = [SH, 'UTC', NY, AKL];

const zone = fc.constantFrom(...ZONES);
const instant = fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59Z'), noInvalidDate: true });
/** The instants the API accepts (issue 15 item 6): from 2000-01-01 to 2100-12-31, UTC. */
const apiInstant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T23:59:59.999Z'), noInvalidDate: true });
const plainDate = fc
  .date({ min: new Date('1901-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const utc = (iso: string): Date => new Date(iso);
const truncateToSecond = (d: Date): number => d.getTime() - (((d.getTime() % 1000) + 1000) % 1000);

describe('periods as months', () => {
  it.each([
    ['2026-11', true],
    ['2026-12', true],
    ['2026-13', false],
    ['2026-00', false],
    ['2026-1', false],
    ['26-11', false],
    ['2026-11-01', false],
    ['0000-01', false],
    ['', false],
  ])('when "%s" is checked, then isPeriod is %s', (text, expected) => {
    expect(isPeriod(text)).toBe(expected);
  });

  it('when a period is parsed, then it yields its year and month, and garbage throws', () => {
    expect(parsePeriod('2026-02')).toEqual({ year: 2026, month: 2 });
    expect(() => parsePeriod('2026-13')).toThrow(RangeError);
  });

  it.each([
    ['2026-11', '2026-12', '2026-10'],
    ['2026-12', '2027-01', '2026-11'],
    ['2026-01', '2026-02', '2025-12'],
  ])('when the neighbours of %s are asked, then they are %s and %s', (period, next, previous) => {
    expect(nextPeriod(period)).toBe(next);
    expect(previousPeriod(period)).toBe(previous);
  });

  it('when periods are compared, then the order is chronological', () => {
    expect(comparePeriods('2026-09', '2026-10')).toBe(-1);
    expect(comparePeriods('2027-01', '2026-12')).toBe(1);
    expect(comparePeriods('2026-10', '2026-10')).toBe(0);
    expect(() => comparePeriods('2026-10', 'soon')).toThrow(RangeError);
  });

  it.each([
    ['2024-02', 29, '2024-02-29'], // leap year
    ['2026-02', 28, '2026-02-28'],
    ['2000-02', 29, '2000-02-29'], // divisible by 400
    ['2100-02', 28, '2100-02-28'], // divisible by 100 only
    ['2026-04', 30, '2026-04-30'],
    ['2026-12', 31, '2026-12-31'],
  ])('when %s is measured, then it has %i days and ends on %s', (period, days, last) => {
    expect(daysInPeriod(period)).toBe(days);
    expect(lastDateOfPeriod(period)).toBe(last);
    const dates = datesOfPeriod(period);
    expect(dates).toHaveLength(days);
    expect(dates[0]).toBe(firstDateOfPeriod(period));
    expect(dates.at(-1)).toBe(last);
  });

  it('when a date is given, then its period is its month', () => {
    expect(periodOfDate('2026-12-01')).toBe('2026-12');
    expect(() => periodOfDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('periodOf and localDateOf', () => {
  it('when 2026-12-01T00:30+08:00 is placed, then it is 2026-12 in Shanghai although November in UTC (SPEC)', () => {
    const t = utc('2026-11-30T16:30:00Z');
    expect(periodOf(t, SH)).toBe('2026-12');
    expect(localDateOf(t, SH)).toBe('2026-12-01');
    expect(periodOf(t, 'UTC')).toBe('2026-11');
    expect(localDateOf(t, 'UTC')).toBe('2026-11-30');
  });

  it.each([
    ['2026-11-30T15:59:59Z', SH, '2026-11-30'],
    ['2026-11-30T16:00:00Z', SH, '2026-12-01'],
    ['2026-12-31T16:00:00Z', SH, '2027-01-01'],
    ['2024-02-29T15:59:59Z', SH, '2024-02-29'],
    ['2026-03-01T04:59:59Z', NY, '2026-02-28'],
    ['2026-03-01T05:00:00Z', NY, '2026-03-01'],
    ['2026-12-31T11:00:00Z', AKL, '2027-01-01'], // NZDT +13
  ])('when %s is seen from %s, then the local date is %s', (iso, timeZone, expected) => {
    expect(localDateOf(utc(iso), timeZone)).toBe(expected);
  });

  it('when the zone is not an IANA name, then it throws', () => {
    expect(() => periodOf(utc('2026-01-01T00:00:00Z'), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('zonedWallTimeToInstant', () => {
  it.each([
    ['2026-11-11 20:00:00', SH, '2026-11-11T12:00:00.000Z'],
    ['2026-12-01 00:30:00', SH, '2026-11-30T16:30:00.000Z'],
    ['2026-11-11T20:00', SH, '2026-11-11T12:00:00.000Z'],
    ['2026-07-01 12:00:00', NY, '2026-07-01T16:00:00.000Z'], // EDT -4
    ['2026-01-01 12:00:00', NY, '2026-01-01T17:00:00.000Z'], // EST -5
    ['2026-03-08 02:30:00', NY, '2026-03-08T07:30:00.000Z'], // skipped: moves forward to 03:30 EDT
    ['2026-11-01 01:30:00', NY, '2026-11-01T05:30:00.000Z'], // repeated: the earlier (EDT) instant
    ['2026-09-27 02:30:00', AKL, '2026-09-26T14:30:00.000Z'], // skipped in Auckland: 03:30 NZDT
    ['2026-04-05 02:30:00', AKL, '2026-04-04T13:30:00.000Z'], // repeated: the earlier (NZDT) instant
  ])('when "%s" is read in %s, then it is %s', (wall, timeZone, expected) => {
    expect(zonedWallTimeToInstant(wall, timeZone).toISOString()).toBe(expected);
  });

  it('when the wall time is an object, then it is read the same way', () => {
    const wall = { y: 2026, m: 11, d: 11, h: 20, mi: 0, s: 0 };
    expect(zonedWallTimeToInstant(wall, SH).toISOString()).toBe('2026-11-11T12:00:00.000Z');
  });

  it.each(['2026-02-30 10:00:00', '2026-11-11 24:00:00', '2026-11-11', 'yesterday', '2026-11-11 20:61:00'])(
    'when "%s" is not a real wall time, then it throws',
    (wall) => {
      expect(parseWallTime(wall)).toBeNull();
      expect(() => zonedWallTimeToInstant(wall, SH)).toThrow(RangeError);
    },
  );

  it('when any instant is shown as a wall time and read back, then the wall time matches and repeats take the earlier instant', () => {
    fc.assert(
      fc.property(instant, zone, (t, timeZone) => {
        const wall = formatInstant(t, timeZone).slice(0, 19).replace('T', ' ');
        const back = zonedWallTimeToInstant(wall, timeZone);
        expect(formatInstant(back, timeZone).slice(0, 19).replace('T', ' ')).toBe(wall);
        expect(back.getTime()).toBeLessThanOrEqual(truncateToSecond(t));
      }),
    );
  });
});

describe('localDayOf', () => {
  // Zones whose clocks change at midnight (Havana, Santiago) or that skipped a whole day (Apia, 2011-12-30).
  const MIDNIGHT_ZONES = [...ZONES, 'America/Havana', 'America/Santiago', 'Pacific/Apia', 'Asia/Kathmandu'];
  const startOf = (date: string, timeZone: string) => zonedWallTimeToInstant(`${date} 00:00`, timeZone).getTime();

  it.each([
    ['2026-03-08T12:00:00Z', 'America/Havana', '2026-03-08', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'], // 00:00 skipped: the day starts at 01:00 CDT
    ['2026-11-01T12:00:00Z', NY, '2026-11-01', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z'], // a 25-hour day
    ['2011-12-29T12:00:00Z', 'Pacific/Apia', '2011-12-29', '2011-12-29T10:00:00.000Z', '2011-12-30T10:00:00.000Z'], // the next date, 12-30, never came
    ['2026-11-30T16:30:00Z', SH, '2026-12-01', '2026-11-30T16:00:00.000Z', '2026-12-01T16:00:00.000Z'],
  ])('when the instant is %s in %s, then its day is %s from %s to %s', (at, timeZone, date, start, nextStart) => {
    const day = localDayOf(new Date(at), timeZone);
    expect(day).toEqual({ date, start: Date.parse(start), nextStart: Date.parse(nextStart) });
  });

  it('when any instant is given, then the day is its local date, from that date\'s 00:00 to the next date\'s, as zonedWallTimeToInstant reads them', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...MIDNIGHT_ZONES), (t, timeZone) => {
        const date = localDateOf(t, timeZone);
        expect(localDayOf(t, timeZone)).toEqual({ date, start: startOf(date, timeZone), nextStart: startOf(addDays(date, 1), timeZone) });
      }),
      { numRuns: 2000 },
    );
  });
});

describe('dateRangeBounds and instantRange', () => {
  it.each([
    ['2026-11-10', '2026-11-10', SH, '2026-11-09T16:00:00.000Z', '2026-11-10T16:00:00.000Z'],
    ['2026-10-31', '2026-11-02', 'UTC', '2026-10-31T00:00:00.000Z', '2026-11-03T00:00:00.000Z'],
    ['2026-03-08', '2026-03-08', NY, '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z'], // a 23-hour day
  ])('when %s..%s in %s is bounded, then it runs from %s to %s', (from, to, timeZone, start, end) => {
    const bounds = dateRangeBounds(from, to, timeZone);
    expect([bounds.start.toISOString(), bounds.end.toISOString()]).toEqual([start, end]);
  });

  const iso = (d?: Date) => d?.toISOString();
  it.each([
    [{}, undefined, undefined],
    [{ period: '2026-11' }, '2026-10-31T16:00:00.000Z', '2026-11-30T16:00:00.000Z'],
    [{ from: '2026-11-10' }, '2026-11-09T16:00:00.000Z', undefined],
    [{ to: '2026-11-10' }, undefined, '2026-11-10T16:00:00.000Z'],
    [{ period: '2026-11', from: '2026-10-25', to: '2026-11-03' }, '2026-10-31T16:00:00.000Z', '2026-11-03T16:00:00.000Z'],
    [{ period: '2026-11', from: '2026-11-20', to: '2026-12-10' }, '2026-11-19T16:00:00.000Z', '2026-11-30T16:00:00.000Z'],
    [{ period: '2026-10', from: '2026-11-01' }, '2026-10-31T16:00:00.000Z', '2026-10-31T16:00:00.000Z'], // nothing in both: empty
  ])('when a list asks %j in Shanghai, then its instants run from %s to %s', (q, start, end) => {
    const range = instantRange(q, SH);
    expect([iso(range.start), iso(range.end)]).toEqual([start, end]);
  });
});

describe('periodBounds', () => {
  it.each([
    ['2026-12', SH, '2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z'],
    ['2026-12', 'UTC', '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z'],
    ['2024-02', SH, '2024-01-31T16:00:00.000Z', '2024-02-29T16:00:00.000Z'],
    ['2026-03', NY, '2026-03-01T05:00:00.000Z', '2026-04-01T04:00:00.000Z'], // DST starts inside
    ['2026-04', AKL, '2026-03-31T11:00:00.000Z', '2026-04-30T12:00:00.000Z'], // DST ends inside
  ])('when %s in %s is bounded, then it runs from %s to %s', (period, timeZone, start, end) => {
    const bounds = periodBounds(period, timeZone);
    expect(bounds.start.toISOString()).toBe(start);
    expect(bounds.end.toISOString()).toBe(end);
  });

  it('when any instant is placed, then it lies inside the half-open bounds of its own period', () => {
    fc.assert(
      fc.property(instant, zone, (t, timeZone) => {
        const period = periodOf(t, timeZone);
        const { start, end } = periodBounds(period, timeZone);
        expect(start.getTime()).toBeLessThanOrEqual(t.getTime());
        expect(t.getTime()).toBeLessThan(end.getTime());
        expect(periodOf(start, timeZone)).toBe(period);
        expect(periodOf(new Date(end.getTime() - 1), timeZone)).toBe(period);
        expect(periodOf(end, timeZone)).toBe(nextPeriod(period));
        expect(periodBounds(nextPeriod(period), timeZone).start.getTime()).toBe(end.getTime());
      }),
    );
  });
});

describe('formatInstant', () => {
  it.each([
    ['2026-11-11T12:00:00Z', SH, '2026-11-11T20:00:00+08:00'],
    ['2026-11-30T16:30:00.789Z', SH, '2026-12-01T00:30:00+08:00'], // milliseconds dropped
    ['2026-01-15T12:00:00Z', NY, '2026-01-15T07:00:00-05:00'],
    ['2026-07-15T12:00:00Z', NY, '2026-07-15T08:00:00-04:00'],
    ['2026-01-15T12:00:00Z', AKL, '2026-01-16T01:00:00+13:00'],
    ['2026-01-15T12:00:00Z', 'UTC', '2026-01-15T12:00:00Z'],
    ['2026-01-15T12:00:00Z', 'Asia/Kathmandu', '2026-01-15T17:45:00+05:45'],
  ])('when %s is written for %s, then it is %s', (iso, timeZone, expected) => {
    expect(formatInstant(utc(iso), timeZone)).toBe(expected);
  });

  it('when any instant is written and parsed back, then it is the same instant to the second', () => {
    fc.assert(
      fc.property(apiInstant, zone, (t, timeZone) => {
        expect(parseInstant(formatInstant(t, timeZone))?.getTime()).toBe(truncateToSecond(t));
      }),
    );
  });
});

describe('parseInstant', () => {
  it.each([
    ['2026-11-11T20:00:00+08:00', '2026-11-11T12:00:00.000Z'],
    ['2026-11-11T12:00:00Z', '2026-11-11T12:00:00.000Z'],
    ['2026-11-11T20:00+08:00', '2026-11-11T12:00:00.000Z'],
    ['2026-11-11T12:00:00.123Z', '2026-11-11T12:00:00.123Z'],
    ['2026-11-11T12:00:00.5Z', '2026-11-11T12:00:00.500Z'],
    ['2026-11-11T12:00:00.123456789Z', '2026-11-11T12:00:00.123Z'],
    ['2026-11-11T07:00:00-05:00', '2026-11-11T12:00:00.000Z'],
    ['2026-11-11T20:00:00+0800', '2026-11-11T12:00:00.000Z'],
    ['2026-11-11 20:00:00+08:00', '2026-11-11T12:00:00.000Z'],
    ['2024-02-29T23:59:59+00:00', '2024-02-29T23:59:59.000Z'],
    ['2000-01-01T00:00:00Z', '2000-01-01T00:00:00.000Z'],
    ['2000-01-01T08:00:00+08:00', '2000-01-01T00:00:00.000Z'],
    ['2100-12-31T23:59:59.999Z', '2100-12-31T23:59:59.999Z'],
    ['2100-12-31T18:59:59-05:00', '2100-12-31T23:59:59.000Z'],
  ])('when "%s" is parsed, then it is %s', (text, expected) => {
    expect(parseInstant(text)?.toISOString()).toBe(expected);
  });

  it.each([
    ['2026-11-11T20:00:00', 'no offset: ambiguous'],
    ['2026-11-11', 'a date only'],
    ['2026-02-30T10:00:00Z', 'an impossible date'],
    ['2026-02-29T10:00:00Z', 'not a leap year'],
    ['2026-13-01T10:00:00Z', 'month 13'],
    ['2026-11-11T24:00:00Z', 'hour 24'],
    ['2026-11-11T12:60:00Z', 'minute 60'],
    ['2026-11-11T12:00:60Z', 'a leap second'],
    ['2026-11-11T12:00:00+24:00', 'an impossible offset'],
    ['2026-11-11T12:00:00 +08:00', 'a space before the offset'],
    [' 2026-11-11T12:00:00Z', 'leading whitespace'],
    ['next tuesday', 'garbage'],
    ['', 'empty'],
    ['1731326400000', 'epoch milliseconds'],
    ['9999-12-31T23:00:00Z', 'year 9999: past the supported range'],
    ['0001-01-01T00:00:00Z', 'year 0001: before the supported range'],
    ['0000-01-01T00:00:00Z', 'year 0000'],
    ['1999-12-31T23:59:59.999Z', 'just before 2000'],
    ['2000-01-01T07:59:59+08:00', 'before 2000 in UTC, though 2000 in local time'],
    ['2101-01-01T00:00:00Z', 'just after 2100'],
    ['2100-12-31T20:00:00-05:00', 'after 2100 in UTC, though 2100 in local time'],
  ])('when "%s" (%s) is parsed, then it is null', (text) => {
    expect(parseInstant(text)).toBeNull();
  });

  it('when any instant is written as ISO (Z, milliseconds) or with a zone\'s offset (whole seconds), then it reads back as that instant', () => {
    fc.assert(
      fc.property(apiInstant, zone, (t, timeZone) => {
        expect(parseInstant(t.toISOString())?.getTime()).toBe(t.getTime());
        expect(parseInstant(formatInstant(t, timeZone))?.getTime()).toBe(truncateToSecond(t));
      }),
    );
  });
});

describe('plain dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-04-31', false],
    ['2026-12-31', true],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false],
    [' 2026-01-01', false],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['', false],
  ])('when "%s" is checked, then isValidDate is %s', (text, expected) => {
    expect(isValidDate(text)).toBe(expected);
  });

  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-11', 0, '2026-11-11'],
    ['2026-01-01', 365, '2027-01-01'],
  ])('when %s is moved by %i days, then it is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
  });

  it.each([
    ['2026-11-11', '2026-11-11', 1],
    ['2026-11-01', '2026-11-30', 30],
    ['2024-02-01', '2024-02-29', 29],
    ['2026-12-25', '2027-01-05', 12],
    ['2026-11-12', '2026-11-11', 0], // an empty range
  ])('when counting %s to %s inclusive, then there are %i days', (a, b, expected) => {
    expect(daysBetweenInclusive(a, b)).toBe(expected);
  });

  it('when a date is invalid, then the arithmetic throws', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2026-02-01', 1.5)).toThrow(RangeError);
    expect(() => daysBetweenInclusive('2026-02-01', 'later')).toThrow(RangeError);
  });

  it('when any date is moved forward and back, then it returns and the span counts inclusively', () => {
    fc.assert(
      fc.property(plainDate, fc.integer({ min: 0, max: 5000 }), (date, n) => {
        const later = addDays(date, n);
        expect(isValidDate(later)).toBe(true);
        expect(addDays(later, -n)).toBe(date);
        expect(daysBetweenInclusive(date, later)).toBe(n + 1);
        // Agrees with the UTC calendar that Date implements.
        expect(later).toBe(new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10));
      }),
    );
  });
});
