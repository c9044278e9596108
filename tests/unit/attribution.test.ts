import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  attributeOrder,
  sessionByTime,
  type AccountRef,
  type AttributionContext,
  type OrderForAttribution,
  type SessionRef,
} from '../../server/domain/attribution';

const at = (wall: string): Date => new Date(`${wall}+08:00`);

// Account 1 (host 10) streams session 100 (20:00-22:00), session 101 (22:00-23:00, two hosts),
// and had session 102 (18:00-19:00) cancelled. Session 200 belongs to account 2, live id L200.
const sessions: Record<number, SessionRef> = {
  100: { id: 100, startsAt: at('2026-11-11T20:00'), endsAt: at('2026-11-11T22:00'), status: 'completed', hosts: [{ hostId: 10, shareBp: 10_000 }] },
  101: {
    id: 101, startsAt: at('2026-11-11T22:00'), endsAt: at('2026-11-11T23:00'), status: 'completed',
    hosts: [{ hostId: 10, shareBp: 6000 }, { hostId: 11, shareBp: 4000 }],
  },
  102: { id: 102, startsAt: at('2026-11-11T18:00'), endsAt: at('2026-11-11T19:00'), status: 'cancelled', hosts: [{ hostId: 10, shareBp: 10_000 }] },
  200: { id: 200, startsAt: at('2026-11-11T08:00'), endsAt: at('2026-11-11T09:00'), status: 'completed', hosts: [{ hostId: 20, shareBp: 10_000 }] },
};
const liveIds: Record<string, number> = { L100: 100, L101: 101, L102: 102, L200: 200 };
const accounts: Record<string, AccountRef> = { 'dy-1': { accountId: 1, hostId: 10 }, 'short-1': { accountId: 1, hostId: 10 }, 'dy-2': { accountId: 2, hostId: 20 } };
const sessionIdsOfAccount: Record<number, number[]> = { 1: [100, 101], 2: [200] };
const accountOfSession: Record<number, number> = { 100: 1, 101: 1, 102: 1, 200: 2 };

function context(graceMinutes = 0): AttributionContext {
  return {
    accountsByIdentifier: (platform, identifier) => (platform === 'douyin' ? accounts[identifier] : undefined),
    sessionByLiveId: (accountId, liveRoomId) => {
      const id = liveIds[liveRoomId];
      return id === undefined || accountOfSession[id] !== accountId ? undefined : sessions[id];
    },
    sessionsOfAccount: (accountId) => (sessionIdsOfAccount[accountId] ?? []).flatMap((id) => sessions[id] ?? []),
    graceMinutes,
  };
}

function order(over: Partial<OrderForAttribution>): OrderForAttribution {
  return { platform: 'douyin', accountIdentifiers: ['dy-1'], liveRoomId: null, paidAt: null, ...over };
}

const session = (sessionId: number, accountId = 1) => {
  const s = sessions[sessionId];
  if (!s) throw new Error(`no session ${sessionId}`);
  return { kind: 'session', accountId, sessionId, hosts: s.hosts };
};
const account = (accountId: number, hostId: number) => ({ kind: 'account', accountId, hosts: [{ hostId, shareBp: 10_000 }] });

describe('attributeOrder', () => {
  it.each([
    ['no identifier names a known account', order({ accountIdentifiers: ['nobody'], paidAt: at('2026-11-11T21:00') }), 0, { kind: 'unmatched' }],
    ['the order names no identifier at all', order({ accountIdentifiers: [] }), 0, { kind: 'unmatched' }],
    ['the identifier is known on another platform only', order({ platform: 'kuaishou', paidAt: at('2026-11-11T21:00') }), 0, { kind: 'unmatched' }],
    ['the first identifier is unknown and the second is known', order({ accountIdentifiers: ['nobody', 'short-1'], paidAt: at('2026-11-11T21:00') }), 0, session(100)],
    ['the paid instant is inside a session', order({ paidAt: at('2026-11-11T21:00') }), 0, session(100)],
    ['the paid instant is the session start (window is closed at the start)', order({ paidAt: at('2026-11-11T20:00') }), 0, session(100)],
    ['the paid instant is one ms before the start', order({ paidAt: new Date(at('2026-11-11T20:00').getTime() - 1) }), 0, account(1, 10)],
    ['the paid instant is the end of the last session, no grace (half-open)', order({ paidAt: at('2026-11-11T23:00') }), 0, account(1, 10)],
    ['the paid instant is within the grace after the end', order({ paidAt: at('2026-11-11T23:29') }), 30, session(101)],
    ['the paid instant is exactly end + grace (half-open)', order({ paidAt: at('2026-11-11T23:30') }), 30, account(1, 10)],
    ['the paid instant touches the boundary of two sessions', order({ paidAt: at('2026-11-11T22:00') }), 0, session(101)],
    ['the grace of one session overlaps the next, which started later', order({ paidAt: at('2026-11-11T22:10') }), 30, session(101)],
    ['the paid instant is inside a cancelled session only', order({ paidAt: at('2026-11-11T18:30') }), 0, account(1, 10)],
    ['the order has no paid instant and no live-room id', order({}), 0, account(1, 10)],
    ['the live-room id names a session other than the time window', order({ liveRoomId: 'L101', paidAt: at('2026-11-11T21:00') }), 0, session(101)],
    ['the live-room id names a session and the order paid after it ended', order({ liveRoomId: 'L100', paidAt: at('2026-11-12T09:00') }), 0, session(100)],
    ['the live-room id names a session and there is no paid instant', order({ liveRoomId: 'L101' }), 0, session(101)],
    ['the live-room id names a cancelled session', order({ liveRoomId: 'L102', paidAt: at('2026-11-11T21:00') }), 0, session(100)],
    ['the live-room id is unknown', order({ liveRoomId: 'L999', paidAt: at('2026-11-11T21:00') }), 0, session(100)],
    ['the live-room id is another account\'s session', order({ liveRoomId: 'L200', paidAt: at('2026-11-11T21:00') }), 0, session(100)],
    ['the live-room id is empty', order({ liveRoomId: '', paidAt: at('2026-11-11T21:00') }), 0, session(100)],
    ['a second account has its own session', order({ accountIdentifiers: ['dy-2'], paidAt: at('2026-11-11T08:30') }), 0, session(200, 2)],
    ['the time matches only another account\'s session', order({ paidAt: at('2026-11-11T08:30') }), 0, account(1, 10)],
  ])('when %s, then the attribution is as expected', (_what, input, grace, expected) => {
    expect(attributeOrder(input, context(grace))).toEqual(expected);
  });

  it('when the session has two hosts, then both are returned with their shares in listed order', () => {
    const result = attributeOrder(order({ paidAt: at('2026-11-11T22:30') }), context());
    expect(result).toEqual({ kind: 'session', accountId: 1, sessionId: 101, hosts: [{ hostId: 10, shareBp: 6000 }, { hostId: 11, shareBp: 4000 }] });
  });

  it('when the result is changed by the caller, then the session is not', () => {
    const result = attributeOrder(order({ paidAt: at('2026-11-11T22:30') }), context());
    if (result.kind !== 'session') throw new Error('expected a session');
    result.hosts[0] = { hostId: 99, shareBp: 1 };
    expect(sessions[101]?.hosts[0]).toEqual({ hostId: 10, shareBp: 6000 });
  });

  it('when the grace is negative or fractional, then it throws', () => {
    expect(() => attributeOrder(order({}), context(-1))).toThrow(RangeError);
    expect(() => attributeOrder(order({}), context(1.5))).toThrow(RangeError);
  });
});

describe('sessionByTime', () => {
  const s = (id: number, start: number, end: number, status: SessionRef['status'] = 'completed'): SessionRef => ({
    id, startsAt: new Date(start * 60_000), endsAt: new Date(end * 60_000), status, hosts: [],
  });

  it('when two windows start at the same instant, then the smaller session id wins whatever the load order', () => {
    const a = s(7, 0, 60);
    const b = s(3, 0, 60);
    expect(sessionByTime([a, b], new Date(30 * 60_000), 0)?.id).toBe(3);
    expect(sessionByTime([b, a], new Date(30 * 60_000), 0)?.id).toBe(3);
  });

  it('when any sessions and instant are given, then the match holds the instant and no holder started later', () => {
    const sessionArb = fc.record({
      id: fc.integer({ min: 1, max: 50 }),
      start: fc.integer({ min: 0, max: 500 }),
      length: fc.integer({ min: 1, max: 200 }),
      cancelled: fc.boolean(),
    }).map(({ id, start, length, cancelled }) => s(id, start, start + length, cancelled ? 'cancelled' : 'live'));
    fc.assert(
      fc.property(fc.array(sessionArb, { maxLength: 8 }), fc.integer({ min: -10, max: 800 }), fc.nat({ max: 120 }), (list, minute, grace) => {
        const t = minute * 60_000;
        const holds = (x: SessionRef) => x.status !== 'cancelled' && t >= x.startsAt.getTime() && t < x.endsAt.getTime() + grace * 60_000;
        const found = sessionByTime(list, new Date(t), grace);
        const holders = list.filter(holds);
        expect(found === undefined).toBe(holders.length === 0);
        if (found) {
          expect(holds(found)).toBe(true);
          expect(holders.every((x) => x.startsAt.getTime() <= found.startsAt.getTime())).toBe(true);
          expect(sessionByTime([...list].reverse(), new Date(t), grace)?.id).toBe(found.id);
        }
      }),
    );
  });
});
