import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, localDateOf } from '../../server/domain/periods';

// formatInstant reads zone offsets from a per-quarter-hour cache; Intl itself is the reference.
function intlLocal(ms: number, timeZone: string): string {
  const f = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
  const p = Object.fromEntries(f.formatToParts(ms).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}`;
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

  it('when an instant is a second before and at a New York DST change, then each gets its own offset', () => {
    const change = Date.UTC(2026, 2, 8, 7, 0, 0); // 2026-03-08 02:00 EST -> 03:00 EDT
    expect(formatInstant(new Date(change - 1000), 'America/New_York')).toBe('2026-03-08T01:59:59-05:00');
    expect(formatInstant(new Date(change), 'America/New_York')).toBe('2026-03-08T03:00:00-04:00');
  });
});
