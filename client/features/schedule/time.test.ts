import { describe, expect, it } from 'vitest';
import { fromLocalInput, instantAt, iso, minutesOnDay, snap, timeRange, toLocalInput, weekStartOf } from './time';

describe('the calendar clock', () => {
  it('when a date is given, then its week starts on the Monday before (or on) it', () => {
    expect(weekStartOf('2026-12-16')).toBe('2026-12-14');
    expect(weekStartOf('2026-12-14')).toBe('2026-12-14');
    expect(weekStartOf('2026-12-20')).toBe('2026-12-14');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28');
  });

  it('when a minute of a column is turned into an instant and back, then it is the same wall time in the agency zone', () => {
    const at = instantAt('2026-12-14', 25 * 60 + 30, 'Asia/Shanghai');
    expect(iso(at, 'Asia/Shanghai')).toBe('2026-12-15T01:30:00+08:00');
    expect(minutesOnDay(at, '2026-12-14', 'Asia/Shanghai')).toBe(25 * 60 + 30);
    expect(minutesOnDay('2026-12-14T10:00:00+08:00', '2026-12-15', 'Asia/Shanghai')).toBe(-14 * 60);
  });

  it('when the agency zone changes its clocks, then columns still read wall time (not elapsed time)', () => {
    // New York springs forward on 2026-03-08: 10:00 that day is 14:00Z, not 15:00Z.
    expect(instantAt('2026-03-08', 10 * 60, 'America/New_York').toISOString()).toBe('2026-03-08T14:00:00.000Z');
    expect(minutesOnDay('2026-03-08T14:00:00Z', '2026-03-08', 'America/New_York')).toBe(600);
  });

  it('when a datetime-local value is read, then it is agency wall time sent with the agency offset', () => {
    const at = fromLocalInput('2026-12-14T20:00', 'Asia/Shanghai');
    expect(at && iso(at, 'Asia/Shanghai')).toBe('2026-12-14T20:00:00+08:00');
    expect(toLocalInput('2026-12-14T12:00:00Z', 'Asia/Shanghai')).toBe('2026-12-14T20:00');
    expect(fromLocalInput('', 'Asia/Shanghai')).toBeNull();
    expect(fromLocalInput('2026-02-30T10:00', 'Asia/Shanghai')).toBeNull();
  });

  it('when minutes are snapped, then they go to the nearest quarter hour', () => {
    expect([snap(607), snap(608), snap(-8)]).toEqual([600, 615, -15]);
  });

  it('when a session ends on another day, then its range says the end date', () => {
    expect(timeRange('2026-12-15T22:00:00+08:00', '2026-12-16T01:30:00+08:00', 'Asia/Shanghai')).toBe('22:00 – 2026-12-16 01:30');
    expect(timeRange('2026-12-15T10:00:00+08:00', '2026-12-15T12:00:00+08:00', 'Asia/Shanghai', true)).toBe('2026-12-15 10:00 – 12:00');
  });
});
