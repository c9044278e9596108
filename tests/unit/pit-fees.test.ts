import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { allocatePitFees, pitFeesOf, type PitFeeDeal, type PitFeeSession } from '../../server/domain/pit-fees';
import { dealStatuses } from '../../server/domain/deals';

const SH = 'Asia/Shanghai';
const NY = 'America/New_York';

const solo = (hostId: number) => [{ hostId, shareBp: 10000 }];
const session = (id: number, startsAt: string, hosts = solo(1)): PitFeeSession => ({ id, startsAt: new Date(startsAt), hosts });
const deal = (over: Partial<PitFeeDeal> = {}): PitFeeDeal => ({ id: 1, pitFeeFen: 100_000, status: 'confirmed', sessions: [], ...over });
/** [sessionId, hostId, amountFen] of every part, in the allocation's order. */
const amounts = (deals: PitFeeDeal[], timeZone = SH) =>
  allocatePitFees(deals, timeZone).parts.map((p) => [p.sessionId, p.hostId, p.amountFen]);

describe('allocatePitFees: a deal over several sessions', () => {
  it.each([
    [100_000, [33_334, 33_333, 33_333]],
    [100, [34, 33, 33]],
    [2, [1, 1, 0]],
    [99, [33, 33, 33]],
  ])('when a fee of %i fen covers 3 sessions, then the earlier sessions get the leftover fen: %j', (pitFeeFen, expected) => {
    // Listed out of order: the earlier session comes first whatever the list says.
    const sessions = [session(30, '2026-11-20T20:00:00+08:00'), session(10, '2026-11-05T20:00:00+08:00'), session(20, '2026-11-12T20:00:00+08:00')];
    const parts = allocatePitFees([deal({ pitFeeFen, sessions })], SH).parts;
    const bySession = new Map(parts.map((p) => [p.sessionId, p.amountFen]));
    expect([10, 20, 30].map((id) => bySession.get(id) ?? 0)).toEqual(expected);
  });

  it('when two sessions start at the same instant, then the lower session id counts as the earlier', () => {
    const sessions = [session(8, '2026-11-05T20:00:00+08:00'), session(7, '2026-11-05T20:00:00+08:00')];
    expect(amounts([deal({ pitFeeFen: 101, sessions })])).toEqual([[7, 1, 51], [8, 1, 50]]);
  });

  it('when a part is checked by hand, then it names the deal, its fee, the session count, the session part and the share', () => {
    const sessions = [session(10, '2026-11-05T20:00:00+08:00'), session(20, '2026-11-12T20:00:00+08:00')];
    const [first] = allocatePitFees([deal({ id: 9, pitFeeFen: 1001, sessions })], SH).parts;
    expect(first).toEqual({
      hostId: 1, period: '2026-11', dealId: 9, dealFeeFen: 1001, sessionCount: 2,
      sessionId: 10, sessionStartsAt: new Date('2026-11-05T20:00:00+08:00'), sessionFeeFen: 501, shareBp: 10000, amountFen: 501,
    });
  });
});

describe('allocatePitFees: hosts sharing a session', () => {
  it.each([
    ['50/50', 333, [167, 166], 5000, 5000],
    ['50/50', 100_000, [50_000, 50_000], 5000, 5000],
    ['33.33/66.67', 100, [33, 67], 3333, 6667],
    ['33.33/66.67', 1000, [333, 667], 3333, 6667],
    ['33.33/66.67', 1, [0, 1], 3333, 6667],
    ['66.67/33.33', 1, [1, 0], 6667, 3333],
  ])('when two hosts share %s a one-session deal of %i fen, then they get %j', (_name, pitFeeFen, expected, a, b) => {
    const hosts = [{ hostId: 1, shareBp: a }, { hostId: 2, shareBp: b }];
    const parts = allocatePitFees([deal({ pitFeeFen, sessions: [session(1, '2026-11-05T20:00:00+08:00', hosts)] })], SH).parts;
    expect([1, 2].map((h) => parts.find((p) => p.hostId === h)?.amountFen ?? 0)).toEqual(expected);
  });

  it('when the dropped fractions tie, then the earlier-listed host gets the fen, whatever its id', () => {
    const hosts = [{ hostId: 9, shareBp: 5000 }, { hostId: 2, shareBp: 5000 }];
    const parts = allocatePitFees([deal({ pitFeeFen: 3, sessions: [session(1, '2026-11-05T20:00:00+08:00', hosts)] })], SH).parts;
    expect(parts.map((p) => [p.hostId, p.amountFen])).toEqual([[2, 1], [9, 2]]);
  });
});

describe('allocatePitFees: periods', () => {
  // 00:30 on 1 December in Beijing is still 30 November in New York (11:30, UTC-5).
  const sessions = [session(1, '2026-11-20T20:00:00+08:00'), session(2, '2026-12-01T00:30:00+08:00')];

  it.each([
    [SH, [['2026-11', 50_000], ['2026-12', 50_000]]],
    [NY, [['2026-11', 100_000]]],
  ])('when a deal\'s second session starts after local midnight of 1 December in %s, then its part is in: %j', (timeZone, expected) => {
    const { parts } = allocatePitFees([deal({ sessions })], timeZone);
    const byPeriod = ['2026-11', '2026-12'].map((period) => [period, pitFeesOf(parts, 1, period).totalFen] as const).filter(([, fen]) => fen !== 0);
    expect(byPeriod).toEqual(expected);
  });

  it('when a host\'s pit fees are asked for one period, then only that period\'s parts are summed, with their sessions', () => {
    const { parts } = allocatePitFees([deal({ id: 1, sessions }), deal({ id: 2, pitFeeFen: 7, sessions: [session(3, '2026-12-02T20:00:00+08:00')] })], SH);
    const december = pitFeesOf(parts, 1, '2026-12');
    expect(december.totalFen).toBe(50_007);
    expect(december.parts.map((p) => [p.dealId, p.sessionId])).toEqual([[1, 2], [2, 3]]);
    expect(pitFeesOf(parts, 2, '2026-12')).toEqual({ totalFen: 0, parts: [] });
  });
});

describe('allocatePitFees: which deals count', () => {
  it.each([
    ['proposed', false],
    ['confirmed', true],
    ['invoiced', true],
    ['paid', true],
    ['cancelled', false],
  ] as const)('when the deal is %s, then its fee counts: %s', (status, counts) => {
    const { parts, unallocated } = allocatePitFees([deal({ status, sessions: [session(1, '2026-11-05T20:00:00+08:00')] })], SH);
    expect(parts.length).toBe(counts ? 1 : 0);
    expect(unallocated).toEqual([]);
  });

  it('when a counted deal has no session, then its fee is reported as unallocated, with the reason in both languages', () => {
    const { parts, unallocated } = allocatePitFees([deal({ id: 4, sessions: [] })], SH);
    expect(parts).toEqual([]);
    expect(unallocated).toMatchObject([{ dealId: 4, sessionId: null, amountFen: 100_000 }]);
    expect(unallocated[0]?.reason.zh).toContain('没有场次');
  });

  it('when a session has no host with a share, then its part is unallocated and the other sessions are paid', () => {
    const sessions = [session(1, '2026-11-05T20:00:00+08:00', []), session(2, '2026-11-06T20:00:00+08:00')];
    const { parts, unallocated } = allocatePitFees([deal({ pitFeeFen: 101, sessions })], SH);
    expect(parts.map((p) => [p.sessionId, p.amountFen])).toEqual([[2, 50]]);
    expect(unallocated).toMatchObject([{ sessionId: 1, amountFen: 51 }]);
  });

  it('when a fee is not whole fen, then it throws a RangeError', () => {
    expect(() => allocatePitFees([deal({ pitFeeFen: 0.5, sessions: [session(1, '2026-11-05T20:00:00+08:00')] })], SH)).toThrow(RangeError);
  });
});

describe('allocatePitFees properties', () => {
  const shares = fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 3 });
  const sessionArb = fc.record({
    id: fc.integer({ min: 1, max: 50 }),
    startsAt: fc.date({ min: new Date('2026-10-25T00:00:00Z'), max: new Date('2026-12-05T00:00:00Z'), noInvalidDate: true }),
    hosts: shares.map((bps) => bps.map((shareBp, i) => ({ hostId: i + 1, shareBp }))),
  });
  const dealArb = fc.record({
    id: fc.integer({ min: 1, max: 1000 }),
    pitFeeFen: fc.nat(10_000_000),
    status: fc.constantFrom(...dealStatuses),
    sessions: fc.array(sessionArb, { maxLength: 6 }),
  });

  it('when any deals are allocated, then each counted deal\'s parts and unallocated rest add up to its fee, and no part is negative', () => {
    fc.assert(fc.property(fc.array(dealArb, { maxLength: 5 }), fc.constantFrom(SH, NY), (raw, timeZone) => {
      const deals = raw.map((d, i) => ({ ...d, id: i + 1 }));
      const { parts, unallocated } = allocatePitFees(deals, timeZone);
      for (const d of deals) {
        const given = [...parts, ...unallocated].filter((p) => p.dealId === d.id).reduce((sum, p) => sum + p.amountFen, 0);
        expect(given).toBe(['confirmed', 'invoiced', 'paid'].includes(d.status) ? d.pitFeeFen : 0);
      }
      expect(parts.every((p) => p.amountFen > 0)).toBe(true);
    }));
  });

  it('when a deal is allocated, then session parts differ by at most one fen and an earlier session never gets less', () => {
    fc.assert(fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 8 }), (pitFeeFen, count) => {
      const sessions = Array.from({ length: count }, (_, i) => session(i + 1, `2026-11-${String(i + 1).padStart(2, '0')}T20:00:00+08:00`));
      const { parts } = allocatePitFees([deal({ pitFeeFen, sessions })], SH);
      const fees = sessions.map((s) => parts.find((p) => p.sessionId === s.id)?.amountFen ?? 0);
      expect(fees.reduce((a, b) => a + b, 0)).toBe(pitFeeFen);
      fees.slice(1).forEach((fee, i) => expect((fees[i] ?? 0) - fee).toBeGreaterThanOrEqual(0));
      expect(Math.max(...fees) - Math.min(...fees)).toBeLessThanOrEqual(1);
    }));
  });
});
