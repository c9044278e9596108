import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, localDateOf, offsetOfName } from '../../server/domain/zones';

// formatInstant reads zone offsets from a per-quarter-hour cache; Intl itself is the reference.
function intlLocal(ms: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
}

/** The offset (ms) at a whole second, as the wall time Intl shows minus the instant. */
function intlOffset(ms: number, timeZone: string): number {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
    .formatToParts(ms).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!) - ms;
}

const zones = ['Asia/Shanghai', 'America/New_York', 'Europe/London', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham'];

describe('instants formatted through the offset cache', () => {
  it('when instants fall anywhere, DST edges included, then the local wall time equals Intl for every zone', () => {
    fc.assert(fc.property(
      fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2040, 0, 1) }), fc.constantFrom(...zones),
      (ms, zone) => {
        expect(formatInstant(new Date(ms), zone).slice(0, 19)).toBe(intlLocal(ms, zone));
        expect(localDateOf(new Date(ms), zone)).toBe(intlLocal(ms, zone).slice(0, 10));
      },
    ), { numRuns: 3000 });
  });

  // St. John's changed at 00:01 local (03:31 UTC), Monrovia at 00:44:30 UTC: inside a quarter hour.
  it.each([
    ['America/St_Johns', ['2010-03-14T03:44:00Z', '2010-03-14T03:30:00Z', '2010-03-14T03:31:00Z'], ['2010-03-14T01:14:00-02:30', '2010-03-14T00:00:00-03:30', '2010-03-14T01:01:00-02:30']],
    ['America/St_Johns', ['2010-03-14T03:30:59Z', '2010-03-14T03:31:00Z'], ['2010-03-14T00:00:59-03:30', '2010-03-14T01:01:00-02:30']],
  ])('when %s changes its offset inside a quarter hour, then instants on either side get their own offset, whichever is asked first', (zone, instants, expected) => {
    expect(instants.map((t) => formatInstant(new Date(t), zone))).toEqual(expected);
    expect(instants.map((t) => intlLocal(Date.parse(t), zone))).toEqual(expected.map((e) => e.slice(0, 19)));
  });

  it('when Monrovia moved from -0:44:30 to UTC in 1972, then the local wall times on either side equal Intl', () => {
    for (const t of ['1972-01-07T00:44:29Z', '1972-01-07T00:30:00Z', '1972-01-07T00:44:30Z', '1972-01-07T00:59:59Z']) {
      expect(localDateOf(new Date(t), 'Africa/Monrovia')).toBe(intlLocal(Date.parse(t), 'Africa/Monrovia').slice(0, 10));
    }
    expect(formatInstant(new Date('1972-01-07T00:44:30Z'), 'Africa/Monrovia')).toBe('1972-01-07T00:44:30+00:00');
  });

  it('when an instant is a second before and at a New York DST change, then each gets its own offset', () => {
    const change = Date.UTC(2026, 2, 8, 7, 0, 0); // 2026-03-08 02:00 EST -> 03:00 EDT
    expect(formatInstant(new Date(change - 1000), 'America/New_York')).toBe('2026-03-08T01:59:59-05:00');
    expect(formatInstant(new Date(change), 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
  });

  it.each([
    ['GMT', 0], ['GMT+08:00', 8 * 3_600_000], ['GMT-03:30', -(3.5 * 3_600_000)], ['GMT+05:45', 5.75 * 3_600_000],
    ['GMT-00:44:30', -(44 * 60 + 30) * 1000], ['GMT+14:00', 14 * 3_600_000],
    ['UTC', null], ['GMT+8', null], ['GMT+08', null], ['', null], ['GMT+08:00 ', null],
  ])('when Intl names an offset %j, then it stands for %j ms', (name, ms) => {
    expect(offsetOfName(name)).toBe(ms);
  });

  it('when any zone Intl knows is asked its offset name at any instant, then the name reads as the offset its wall time shows', () => {
    const all = Intl.supportedValuesOf('timeZone');
    fc.assert(fc.property(
      fc.integer({ min: Date.UTC(1970, 0, 1) / 1000, max: Date.UTC(2060, 0, 1) / 1000 }), fc.constantFrom(...all),
      (seconds, zone) => {
        const ms = seconds * 1000;
        const text = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' }).format(ms);
        expect(offsetOfName(text.slice(text.lastIndexOf('GMT')))).toBe(intlOffset(ms, zone));
      },
    ), { numRuns: 3000 });
  });
});
