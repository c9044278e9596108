import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { activeDatesInPeriod, liveMinutesByDay, type StreamedSession } from '../../server/domain/period-days';
import { addDays, daysBetweenInclusive } from '../../server/domain/dates';
import { daysInPeriod } from '../../server/domain/periods';
import { zonedWallTimeToInstant } from '../../server/domain/zones';
import type { SessionStatus } from '../../server/domain/session-status';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

describe('activeDatesInPeriod', () => {
  it.each([
    ['a contract over the whole month', [['2026-01-01', '2026-12-31']], 30],
    ['a contract from the 16th', [['2026-11-16', '2027-11-15']], 15],
    ['a contract ending on the 15th', [['2025-11-16', '2026-11-15']], 15],
    ['one ending on the 10th and the next from the 21st', [['2025-11-01', '2026-11-10'], ['2026-11-21', '2027-11-20']], 20],
    ['two overlapping ranges', [['2026-11-01', '2026-11-20'], ['2026-11-10', '2026-11-30']], 30],
    ['a one-day contract', [['2026-11-30', '2026-11-30']], 1],
    ['a contract that ended last month', [['2025-11-01', '2026-10-31']], 0],
    ['no contract', [], 0],
  ])('when the host has %s, then November 2026 has %i active days', (_name, ranges, expected) => {
    const dates = activeDatesInPeriod(ranges.map(([startDate = '', endDate = '']) => ({ startDate, endDate })), '2026-11');
    expect(dates.length).toBe(expected);
  });

  it('when ranges overlap, then each date is listed once, in order', () => {
    const dates = activeDatesInPeriod([{ startDate: '2026-02-27', endDate: '2026-03-02' }, { startDate: '2026-02-20', endDate: '2026-02-28' }], '2026-02');
    expect(dates).toEqual(['2026-02-20', '2026-02-21', '2026-02-22', '2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28']);
  });

  it('when a date is not a date, then it throws a RangeError', () => {
    expect(() => activeDatesInPeriod([{ startDate: '2026-11-31', endDate: '2026-12-31' }], '2026-11')).toThrow(RangeError);
  });

  it('when any ranges are counted, then the days are those of the period inside some range, never more than the period has', () => {
    const range = fc.tuple(fc.integer({ min: -40, max: 70 }), fc.integer({ min: 0, max: 60 }))
      .map(([start, length]) => ({ startDate: addDays('2026-11-01', start), endDate: addDays('2026-11-01', start + length) }));
    fc.assert(fc.property(fc.array(range, { maxLength: 4 }), (ranges) => {
      const dates = activeDatesInPeriod(ranges, '2026-11');
      const clipped = ranges.map((r) => daysBetweenInclusive(r.startDate > '2026-11-01' ? r.startDate : '2026-11-01', r.endDate < '2026-11-30' ? r.endDate : '2026-11-30'));
      expect(dates.length).toBeLessThanOrEqual(Math.min(30, clipped.reduce((a, b) => a + b, 0)));
      expect(dates.length).toBeGreaterThanOrEqual(Math.max(0, ...clipped));
      expect(new Set(dates).size).toBe(dates.length);
    }));
  });
});

/** A session given in the zone's wall-clock time, 'YYYY-MM-DD HH:mm'. */
function streamed(timeZone: string, start: string, end: string, over: Partial<StreamedSession> = {}): StreamedSession {
  return { status: 'completed', startsAt: zonedWallTimeToInstant(start, timeZone), endsAt: zonedWallTimeToInstant(end, timeZone), ...over };
}

/** The non-zero days as [day of month, minutes]. */
const nonZero = (minutes: number[]) => minutes.flatMap((m, i) => (m === 0 ? [] : [[i + 1, m]]));

describe.each([SH, NY])('liveMinutesByDay in %s', (timeZone) => {
  it.each([
    ['an evening session', [['2026-11-11 20:00', '2026-11-11 23:00']], [[11, 180]]],
    ['a session over midnight', [['2026-11-11 22:00', '2026-11-12 02:00']], [[11, 120], [12, 120]]],
    ['two sessions on one day', [['2026-11-11 10:00', '2026-11-11 12:00'], ['2026-11-11 20:00', '2026-11-11 22:30']], [[11, 270]]],
    ['a session from the previous month', [['2026-10-31 23:00', '2026-11-01 01:30']], [[1, 90]]],
    ['a session into the next month', [['2026-11-30 23:00', '2026-12-01 01:30']], [[30, 60]]],
    ['a session wholly in another month', [['2026-12-02 20:00', '2026-12-02 23:00']], []],
  ])('when the host streamed %s, then the minutes fall on the right agency days', (_name, times, expected) => {
    const sessions = times.map(([start = '', end = '']) => streamed(timeZone, start, end));
    const minutes = liveMinutesByDay(sessions, '2026-11', timeZone);
    expect(minutes).toHaveLength(30);
    expect(nonZero(minutes)).toEqual(expected);
  });

  it.each(['planned', 'confirmed', 'live', 'cancelled'] as SessionStatus[])('when a session is %s, then it counts no minutes', (status) => {
    expect(nonZero(liveMinutesByDay([streamed(timeZone, '2026-11-11 20:00', '2026-11-11 23:00', { status })], '2026-11', timeZone))).toEqual([]);
  });

  it('when actual times are recorded, then they replace the planned ones, each on its own', () => {
    const at = (wall: string) => zonedWallTimeToInstant(wall, timeZone);
    const sessions = [
      streamed(timeZone, '2026-11-11 20:00', '2026-11-11 23:00', { actualStartAt: at('2026-11-11 20:10'), actualEndAt: at('2026-11-12 00:30') }),
      streamed(timeZone, '2026-11-13 20:00', '2026-11-13 23:00', { actualStartAt: at('2026-11-13 20:15'), actualEndAt: null }),
    ];
    expect(nonZero(liveMinutesByDay(sessions, '2026-11', timeZone))).toEqual([[11, 230], [12, 30], [13, 165]]);
  });
});

describe('liveMinutesByDay across clock changes (America/New_York)', () => {
  it('when the clocks go back on 1 November 2026, then a stream over that whole day counts 25 hours on it', () => {
    const minutes = liveMinutesByDay([streamed(NY, '2026-11-01 00:00', '2026-11-02 00:00')], '2026-11', NY);
    expect(nonZero(minutes)).toEqual([[1, 1500]]);
  });

  it('when the clocks go forward on 8 March 2026, then 01:00 to 04:00 local is two hours of streaming', () => {
    const minutes = liveMinutesByDay([streamed(NY, '2026-03-08 01:00', '2026-03-08 04:00')], '2026-03', NY);
    expect(minutes).toHaveLength(daysInPeriod('2026-03'));
    expect(nonZero(minutes)).toEqual([[8, 120]]);
  });

  it('when the same instants are read in Shanghai, then the session over New York\'s midnight falls on one Beijing day', () => {
    const session = streamed(NY, '2026-11-11 22:00', '2026-11-12 02:00');
    expect(nonZero(liveMinutesByDay([session], '2026-11', SH))).toEqual([[12, 240]]);
  });
});
