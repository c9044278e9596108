import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { HostShare } from '../../server/domain/attribution';
import {
  applyEntries,
  bookingPeriod,
  hostParts,
  ledgerEntriesFor,
  orderStatuses,
  type LedgerEntry,
  type OrderVersion,
} from '../../server/domain/ledger';
import { comparePeriods, periodOf, type Period } from '../../server/domain/periods';

const TZ = 'Asia/Shanghai';
const at = (wall: string): Date => new Date(`${wall}+08:00`);
const allOpen = (): boolean => true;
const openFrom = (first: Period) => (p: Period): boolean => p >= first;
const solo = (hostId: number): HostShare[] => [{ hostId, shareBp: 10_000 }];
const pair: HostShare[] = [{ hostId: 1, shareBp: 6000 }, { hostId: 2, shareBp: 4000 }];

function version(over: Partial<OrderVersion>): OrderVersion {
  return { status: 'settled', settledCommissionFen: 10_000, hosts: solo(1), eventAt: at('2026-11-20T12:00'), ...over };
}

function entries(previous: Array<[number, number]>, next: OrderVersion, openPeriod: (p: Period) => boolean = allOpen): LedgerEntry[] {
  return ledgerEntriesFor({ orderId: 7, previous: new Map(previous), next, timeZone: TZ, openPeriod });
}

const brief = (list: LedgerEntry[]) => list.map((e) => [e.hostId, e.amountFen, e.bookingPeriod]);

describe('hostParts', () => {
  it.each([
    ['60/40 of an even amount', 10_000, pair, [6000, 4000]],
    ['60/40 of 1 fen: the larger fraction (0.6) wins', 1, pair, [1, 0]],
    ['60/40 of 5 fen: 3 and 2 exactly', 5, pair, [3, 2]],
    ['60/40 of 7 fen: 4.2 and 2.8, the fen left to the larger fraction', 7, pair, [4, 3]],
    ['50/50 of an odd amount: the tie goes to the earlier host', 101, [{ hostId: 1, shareBp: 5000 }, { hostId: 2, shareBp: 5000 }], [51, 50]],
    ['50/50 of -101 (a negative settlement): mirrored', -101, [{ hostId: 1, shareBp: 5000 }, { hostId: 2, shareBp: 5000 }], [-51, -50]],
    ['three equal shares of 100', 100, [1, 2, 3].map((hostId, i) => ({ hostId, shareBp: i === 0 ? 3334 : 3333 })), [34, 33, 33]],
    ['a host with 0 share', 999, [{ hostId: 1, shareBp: 0 }, { hostId: 2, shareBp: 10_000 }], [0, 999]],
    ['a settled commission of 0', 0, pair, [0, 0]],
  ])('when splitting %s, then the parts are as expected', (_what, total, hosts, expected) => {
    expect(hostParts(total, hosts).map((p) => p.partFen)).toEqual(expected);
    expect(hostParts(total, hosts).map((p) => p.hostId)).toEqual(hosts.map((h) => h.hostId));
  });

  it('when there are no hosts, then there are no parts', () => {
    expect(hostParts(500, [])).toEqual([]);
  });
});

describe('bookingPeriod', () => {
  it.each([
    ['the event period is open', at('2026-11-30T23:59'), openFrom('2026-01'), '2026-11'],
    ['it is December locally though November in UTC', at('2026-12-01T00:30'), openFrom('2026-01'), '2026-12'],
    ['the event period is locked', at('2026-11-20T12:00'), openFrom('2026-12'), '2026-12'],
    ['several periods are locked, across a year end', at('2026-11-20T12:00'), openFrom('2027-02'), '2027-02'],
  ])('when %s, then the entry is booked in the right period', (_what, eventAt, isOpen, expected) => {
    expect(bookingPeriod(eventAt, TZ, isOpen)).toBe(expected);
  });

  it('when no period is ever open, then it throws rather than loop forever', () => {
    expect(() => bookingPeriod(at('2026-11-20T12:00'), TZ, () => false)).toThrow(RangeError);
  });
});

describe('ledgerEntriesFor', () => {
  it.each([
    ['an order settles for one host', [], version({}), [[1, 10_000, '2026-11']]],
    ['an order settles for a 60/40 session with an odd amount', [], version({ settledCommissionFen: 7, hosts: pair }), [[1, 4, '2026-11'], [2, 3, '2026-11']]],
    ['the same settled version arrives again', [[1, 10_000]], version({}), []],
    ['an order is paid but not settled', [], version({ status: 'paid' }), []],
    ['an order is settled at 0', [], version({ settledCommissionFen: 0 }), []],
    ['the settled commission changes', [[1, 10_000]], version({ settledCommissionFen: 9000 }), [[1, -1000, '2026-11']]],
    ['a settled order is refunded (invalid)', [[1, 4], [2, 3]], version({ status: 'invalid', hosts: pair }), [[1, -4, '2026-11'], [2, -3, '2026-11']]],
    ['an order moves to another host', [[1, 10_000]], version({ hosts: solo(2) }), [[1, -10_000, '2026-11'], [2, 10_000, '2026-11']]],
    ['an order moves from one host to a session with that host and another', [[1, 10_000]], version({ hosts: pair }), [[1, -4000, '2026-11'], [2, 4000, '2026-11']]],
    ['a settled order becomes unmatched', [[1, 10_000]], version({ hosts: [] }), [[1, -10_000, '2026-11']]],
    ['a host has a zero sum left in previous', [[3, 0]], version({}), [[1, 10_000, '2026-11']]],
  ] as Array<[string, Array<[number, number]>, OrderVersion, unknown[]]>)('when %s, then the entries are as expected', (_what, previous, next, expected) => {
    expect(brief(entries(previous, next))).toEqual(expected);
  });

  it('when a refund arrives after its settlement period was locked, then it lands in the next open period', () => {
    const refund = version({ status: 'invalid', eventAt: at('2026-10-31T23:30') });
    const result = entries([[1, 10_000]], refund, openFrom('2026-11'));
    expect(result).toEqual([{ orderId: 7, hostId: 1, amountFen: -10_000, eventAt: refund.eventAt, bookingPeriod: '2026-11' }]);
  });

  it('when nothing changes, then no open period is even asked for', () => {
    const never = (): boolean => {
      throw new Error('asked');
    };
    expect(entries([[1, 10_000]], version({}), never)).toEqual([]);
  });
});

// ---- properties ----

const instant = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(ms));
/** 1 to 4 distinct hosts with shares (some maybe 0) that add up to 10000. */
const hostsArb = fc
  .uniqueArray(fc.integer({ min: 1, max: 6 }), { minLength: 1, maxLength: 4 })
  .chain((ids) => fc.array(fc.nat({ max: 10_000 }), { minLength: ids.length - 1, maxLength: ids.length - 1 }).map((cuts) => {
    const points = [0, ...cuts.sort((a, b) => a - b), 10_000];
    return ids.map((hostId, i) => ({ hostId, shareBp: (points[i + 1] ?? 0) - (points[i] ?? 0) }));
  }))
  .filter((hosts) => hosts.some((h) => h.shareBp > 0));
const versionArb: fc.Arbitrary<OrderVersion> = fc.record({
  status: fc.constantFrom(...orderStatuses),
  settledCommissionFen: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 50_000_000 })),
  hosts: hostsArb,
  eventAt: instant,
});
/** Locked periods: everything before a cut-off (a closed month stays closed). */
const openArb = fc.constantFrom('2024-01', '2025-06', '2026-01', '2026-12', '2027-07', '2029-01').map(openFrom);

function replay(versions: OrderVersion[], isOpen: (p: Period) => boolean) {
  let sums = new Map<number, number>();
  const written: LedgerEntry[] = [];
  for (const next of versions) {
    const step = ledgerEntriesFor({ orderId: 1, previous: sums, next, timeZone: TZ, openPeriod: isOpen });
    written.push(...step);
    sums = applyEntries(sums, step);
  }
  return { sums, written };
}

const targetOf = (v: OrderVersion) => (v.status === 'settled' ? v.settledCommissionFen : 0);

describe('ledger properties', () => {
  it('when any sequence of versions is applied, then each host sums to its part of the last version', () => {
    fc.assert(fc.property(fc.array(versionArb, { minLength: 1, maxLength: 8 }), openArb, (versions, isOpen) => {
      const last = versions[versions.length - 1] as OrderVersion;
      const { sums, written } = replay(versions, isOpen);
      const expected = new Map(hostParts(targetOf(last), last.hosts).map((p) => [p.hostId, p.partFen]));
      for (const hostId of new Set([...sums.keys(), ...expected.keys()])) {
        expect(sums.get(hostId) ?? 0).toBe(expected.get(hostId) ?? 0);
      }
      expect(written.reduce((total, e) => total + e.amountFen, 0)).toBe(targetOf(last));
      expect(written.every((e) => e.amountFen !== 0)).toBe(true);
    }));
  });

  it('when the same version is applied twice, then the second time writes nothing', () => {
    fc.assert(fc.property(fc.array(versionArb, { maxLength: 5 }), versionArb, openArb, (history, repeated, isOpen) => {
      const { sums } = replay([...history, repeated], isOpen);
      expect(ledgerEntriesFor({ orderId: 1, previous: sums, next: repeated, timeZone: TZ, openPeriod: isOpen })).toEqual([]);
    }));
  });

  it('when entries are written, then each is booked in an open period not before its event period', () => {
    fc.assert(fc.property(fc.array(versionArb, { minLength: 1, maxLength: 8 }), openArb, (versions, isOpen) => {
      for (const e of replay(versions, isOpen).written) {
        expect(isOpen(e.bookingPeriod)).toBe(true);
        expect(comparePeriods(e.bookingPeriod, periodOf(e.eventAt, TZ))).toBeGreaterThanOrEqual(0);
      }
    }));
  });

  it('when any amount is split among any hosts, then the parts add up to the whole and 0 shares get 0', () => {
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), hostsArb, (total, hosts) => {
      const parts = hostParts(total, hosts);
      expect(parts.reduce((sum, p) => sum + p.partFen, 0)).toBe(total);
      parts.forEach((p, i) => {
        if (hosts[i]?.shareBp === 0) expect(p.partFen).toBe(0);
      });
    }));
  });
});
