import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { expandSeries, isoWeekday, MAX_OCCURRENCES, MAX_SERIES_DAYS, validateSeries, type SeriesRule } from '../../server/domain/recurrence';
import { addDays, daysBetweenInclusive } from '../../server/domain/dates';
import { localDateOf } from '../../server/domain/zones';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';
const rule = (overrides: Partial<SeriesRule> = {}): SeriesRule => ({
  weekdays: [1, 3, 5], startTime: '20:00', durationMinutes: 240, fromDate: '2026-11-09', untilDate: '2026-11-15', timeZone: SH, ...overrides,
});
/** Occurrences as [localDate, start ISO, end ISO] in UTC: literal instants, whatever the process zone. */
function expanded(r: SeriesRule): [string, string, string][] {
  const result = expandSeries(r);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.occurrences.map((o) => [o.localDate, o.startsAt.toISOString(), o.endsAt.toISOString()]);
}
const problemsOf = (r: SeriesRule) => validateSeries(r).map((p) => [...p.path, p.code]);

describe('isoWeekday', () => {
  it.each([
    ['2026-11-09', 1], ['2026-11-11', 3], ['2026-11-15', 7], ['2028-02-29', 2], ['2000-01-01', 6],
  ])('when %s is read, then its ISO weekday is %i', (date, expected) => {
    expect(isoWeekday(date)).toBe(expected);
  });
});

describe('expandSeries in literal instants', () => {
  it('when Monday, Wednesday and Friday at 20:00 for 4 h are booked in Shanghai, then these are the instants', () => {
    expect(expanded(rule())).toEqual([
      ['2026-11-09', '2026-11-09T12:00:00.000Z', '2026-11-09T16:00:00.000Z'],
      ['2026-11-11', '2026-11-11T12:00:00.000Z', '2026-11-11T16:00:00.000Z'],
      ['2026-11-13', '2026-11-13T12:00:00.000Z', '2026-11-13T16:00:00.000Z'],
    ]);
  });

  it('when a nightly 23:00 stream runs across a month end in Shanghai, then each ends on the next local day', () => {
    expect(expanded(rule({ weekdays: [1, 2, 3, 4, 5, 6, 7], startTime: '23:00', durationMinutes: 120, fromDate: '2026-01-30', untilDate: '2026-02-01' }))).toEqual([
      ['2026-01-30', '2026-01-30T15:00:00.000Z', '2026-01-30T17:00:00.000Z'],
      ['2026-01-31', '2026-01-31T15:00:00.000Z', '2026-01-31T17:00:00.000Z'],
      ['2026-02-01', '2026-02-01T15:00:00.000Z', '2026-02-01T17:00:00.000Z'],
    ]);
  });

  it('when a Shanghai stream starts at 00:30 on 29 February, then its instant is still the previous UTC day', () => {
    expect(expanded(rule({ weekdays: [2], startTime: '00:30', durationMinutes: 60, fromDate: '2028-02-29', untilDate: '2028-03-07' }))).toEqual([
      ['2028-02-29', '2028-02-28T16:30:00.000Z', '2028-02-28T17:30:00.000Z'],
      ['2028-03-07', '2028-03-06T16:30:00.000Z', '2028-03-06T17:30:00.000Z'],
    ]);
  });

  it('when New York springs forward, then 20:00 stays 20:00 local and the UTC instant moves by an hour', () => {
    expect(expanded(rule({ weekdays: [6, 7, 1], startTime: '20:00', durationMinutes: 120, fromDate: '2026-03-07', untilDate: '2026-03-09', timeZone: NY }))).toEqual([
      ['2026-03-07', '2026-03-08T01:00:00.000Z', '2026-03-08T03:00:00.000Z'],
      ['2026-03-08', '2026-03-09T00:00:00.000Z', '2026-03-09T02:00:00.000Z'],
      ['2026-03-09', '2026-03-10T00:00:00.000Z', '2026-03-10T02:00:00.000Z'],
    ]);
  });

  it.each([
    ['skipped by the spring-forward, so it moves forward by the gap (03:30 EDT)', '2026-03-08', '02:30', '2026-03-08T07:30:00.000Z'],
    ['repeated by the fall-back, so the earlier instant is taken (01:30 EDT)', '2026-11-01', '01:30', '2026-11-01T05:30:00.000Z'],
  ])('when a New York start time is %s', (_name, date, startTime, expectedStart) => {
    const [occurrence] = expanded(rule({ weekdays: [7], startTime, durationMinutes: 60, fromDate: date, untilDate: date, timeZone: NY }));
    expect(occurrence?.[1]).toBe(expectedStart);
    expect(Date.parse(occurrence?.[2] ?? '') - Date.parse(expectedStart)).toBe(3_600_000); // elapsed hour
  });
});

describe('validateSeries', () => {
  it.each<[string, Partial<SeriesRule>, (string | number)[][]]>([
    ['a valid rule', {}, []],
    ['no weekday', { weekdays: [] }, [['weekdays', 'no_weekdays']]],
    ['weekdays 0 and 8', { weekdays: [0, 3, 8] }, [['weekdays', 0, 'invalid_weekday'], ['weekdays', 2, 'invalid_weekday']]],
    ['a fractional weekday', { weekdays: [1.5] }, [['weekdays', 0, 'invalid_weekday']]],
    ['24:00', { startTime: '24:00' }, [['startTime', 'invalid_time']]],
    ['8:00 without its zero', { startTime: '8:00' }, [['startTime', 'invalid_time']]],
    ['a zero duration', { durationMinutes: 0 }, [['durationMinutes', 'invalid_duration']]],
    ['one minute', { durationMinutes: 1 }, []],
    ['exactly 24 hours', { durationMinutes: 1440 }, []],
    ['24 hours and a minute', { durationMinutes: 1441 }, [['durationMinutes', 'invalid_duration']]],
    ['a fractional duration', { durationMinutes: 90.5 }, [['durationMinutes', 'invalid_duration']]],
    ['30 February', { fromDate: '2026-02-30' }, [['fromDate', 'invalid_date']]],
    ['an until date before the first date', { untilDate: '2026-11-08' }, [['untilDate', 'until_before_from']]],
    ['a single day', { fromDate: '2026-11-09', untilDate: '2026-11-09' }, []],
    [`exactly ${MAX_SERIES_DAYS} days`, { fromDate: '2026-01-01', untilDate: '2027-01-01' }, []],
    [`${MAX_SERIES_DAYS + 1} days`, { fromDate: '2026-01-01', untilDate: '2027-01-02' }, [['untilDate', 'series_too_long']]],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, [['timeZone', 'invalid_time_zone']]],
    ['everything wrong at once', { weekdays: [], startTime: 'noon', durationMinutes: -5, untilDate: 'soon', timeZone: '' },
      [['weekdays', 'no_weekdays'], ['startTime', 'invalid_time'], ['durationMinutes', 'invalid_duration'], ['untilDate', 'invalid_date'], ['timeZone', 'invalid_time_zone']]],
  ])('when the rule has %s, then the problems are %j', (_name, overrides, expected) => {
    expect(problemsOf(rule(overrides))).toEqual(expected);
  });

  it('when a rule is invalid, then expandSeries answers its problems instead of throwing', () => {
    expect(expandSeries(rule({ durationMinutes: 0 }))).toEqual({ ok: false, problems: [expect.objectContaining({ path: ['durationMinutes'] })] });
  });

  it('when no chosen weekday falls in the range, then that is a problem rather than an empty booking', () => {
    expect(expandSeries(rule({ weekdays: [2], fromDate: '2026-11-09', untilDate: '2026-11-09' }))).toMatchObject({ ok: false, problems: [{ path: ['weekdays'], code: 'no_occurrences' }] });
  });

  it('when a year of dailies is booked, then it fits both caps, and a lower occurrence cap refuses it', () => {
    const daily = rule({ weekdays: [1, 2, 3, 4, 5, 6, 7], fromDate: '2026-01-01', untilDate: '2027-01-01' });
    const result = expandSeries(daily);
    expect(result.ok && result.occurrences.length).toBe(MAX_SERIES_DAYS);
    expect(MAX_OCCURRENCES).toBe(400);
    expect(expandSeries(daily, { maxDays: MAX_SERIES_DAYS, maxOccurrences: 365 })).toMatchObject({ ok: false, problems: [{ path: ['untilDate'], code: 'too_many_occurrences' }] });
  });
});

describe('properties', () => {
  const zone = fc.constantFrom(SH, 'UTC', NY, 'America/Los_Angeles', 'Europe/London', 'Pacific/Auckland', 'Australia/Lord_Howe');
  const fromDate = fc.integer({ min: 0, max: 365 * 30 }).map((n) => addDays('2000-01-01', n));
  const arbRule = fc.record({
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    startTime: fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
    durationMinutes: fc.integer({ min: 1, max: 1440 }),
    fromDate,
    span: fc.integer({ min: 0, max: 60 }),
    timeZone: zone,
  }).map(({ span, ...r }): SeriesRule => ({ ...r, untilDate: addDays(r.fromDate, span) }));

  it('when a rule is expanded, then every occurrence falls on a chosen weekday in the agency zone, in strictly increasing order', () => {
    fc.assert(fc.property(arbRule, (r) => {
      const result = expandSeries(r);
      if (!result.ok) {
        expect(result.problems.map((p) => p.code)).toEqual(['no_occurrences']);
        return;
      }
      let previous = -Infinity;
      for (const o of result.occurrences) {
        expect(localDateOf(o.startsAt, r.timeZone)).toBe(o.localDate);
        expect(r.weekdays).toContain(isoWeekday(o.localDate));
        expect(o.localDate >= r.fromDate && o.localDate <= r.untilDate).toBe(true);
        expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(r.durationMinutes * 60_000);
        expect(o.startsAt.getTime()).toBeGreaterThan(previous);
        previous = o.startsAt.getTime();
      }
      expect(result.occurrences.length).toBeLessThanOrEqual(daysBetweenInclusive(r.fromDate, r.untilDate));
    }));
  });
});
