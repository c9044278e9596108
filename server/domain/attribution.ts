import { BP_PER_UNIT, type Bp } from './money';
import type { Platform } from './roster';
import type { SessionStatus } from './session-status';

// Attribution (SPEC section 6): an order names an account by (platform, identifier); the
// account's session is found by the platform's live-room id first, failing that by the paid
// instant; failing both, the order is a showcase or video sale of the account's host.
// Lookups come in as functions so that the shell decides how to load (one query, a cache, a
// whole import's worth of rows at once) and this stays pure.

/** One host of a session, in the session's listed order (allocate gives ties to the earlier). */
export interface HostShare {
  hostId: number;
  shareBp: Bp;
}

export interface SessionRef {
  id: number;
  startsAt: Date;
  endsAt: Date;
  status: SessionStatus;
  hosts: readonly HostShare[];
}

export interface AccountRef {
  accountId: number;
  hostId: number;
}

export interface OrderForAttribution {
  platform: Platform;
  /** The identifiers the row names its account by, most specific first. */
  accountIdentifiers: readonly string[];
  liveRoomId: string | null;
  paidAt: Date | null;
}

export interface AttributionContext {
  accountsByIdentifier: (platform: Platform, identifier: string) => AccountRef | undefined;
  /** The account's non-cancelled session that carries the platform's live-room id. */
  sessionByLiveId: (accountId: number, liveRoomId: string) => SessionRef | undefined;
  /** The account's non-cancelled sessions (cancelled ones are ignored here anyway). */
  sessionsOfAccount: (accountId: number) => readonly SessionRef[];
  /** Setting `attributionGraceMinutes`: how long after its end a session still takes orders. */
  graceMinutes: number;
}

export type Attribution =
  | { kind: 'unmatched' }
  | { kind: 'session'; accountId: number; sessionId: number; hosts: HostShare[] }
  | { kind: 'account'; accountId: number; hosts: HostShare[] };

const MS_PER_MINUTE = 60_000;

/** The first identifier, in the order given, that names a known account of the platform. */
export function findAccount(order: OrderForAttribution, ctx: AttributionContext): AccountRef | undefined {
  for (const identifier of order.accountIdentifiers) {
    const account = ctx.accountsByIdentifier(order.platform, identifier);
    if (account) return account;
  }
  return undefined;
}

/** Whether an instant falls in a session's half-open window [start, end + grace). */
export function sessionWindowHolds(session: SessionRef, instant: Date, graceMinutes: number): boolean {
  const t = instant.getTime();
  return t >= session.startsAt.getTime() && t < session.endsAt.getTime() + graceMinutes * MS_PER_MINUTE;
}

/**
 * The session whose window holds the paid instant. With a grace period a session's window may
 * reach into the next one's (A ends 20:00, B starts 20:00, grace 30 min: an order paid at 20:10
 * is in both). The session that started latest wins, because a buyer at 20:10 watches the
 * stream that is live, not the one that ended; two windows that start at the same instant
 * (impossible for one account under the conflict rules, but stored data may disagree) go to
 * the smaller session id, so the answer never depends on the order the sessions were loaded in.
 */
export function sessionByTime(
  sessions: readonly SessionRef[],
  paidAt: Date,
  graceMinutes: number,
): SessionRef | undefined {
  let best: SessionRef | undefined;
  for (const session of sessions) {
    if (session.status === 'cancelled' || !sessionWindowHolds(session, paidAt, graceMinutes)) continue;
    if (!best || isBetterMatch(session, best)) best = session;
  }
  return best;
}

function isBetterMatch(candidate: SessionRef, current: SessionRef): boolean {
  const diff = candidate.startsAt.getTime() - current.startsAt.getTime();
  return diff > 0 || (diff === 0 && candidate.id < current.id);
}

function assertGrace(graceMinutes: number): void {
  if (!Number.isSafeInteger(graceMinutes) || graceMinutes < 0) {
    throw new RangeError(`graceMinutes must be a non-negative whole number, got ${graceMinutes}`);
  }
}

/**
 * Who an order belongs to. A live-room id wins over time: the platform says which stream sold
 * it, even when the stream overran its booking. A cancelled session never takes orders, not
 * even by its live-room id (the stream did not happen as booked; the order falls back to time
 * or to the account's host).
 */
export function attributeOrder(order: OrderForAttribution, ctx: AttributionContext): Attribution {
  assertGrace(ctx.graceMinutes);
  const account = findAccount(order, ctx);
  if (!account) return { kind: 'unmatched' };
  const session = findSession(order, account, ctx);
  if (session) {
    return { kind: 'session', accountId: account.accountId, sessionId: session.id, hosts: copyHosts(session.hosts) };
  }
  return { kind: 'account', accountId: account.accountId, hosts: [{ hostId: account.hostId, shareBp: BP_PER_UNIT }] };
}

function findSession(order: OrderForAttribution, account: AccountRef, ctx: AttributionContext): SessionRef | undefined {
  if (order.liveRoomId !== null && order.liveRoomId !== '') {
    const byLive = ctx.sessionByLiveId(account.accountId, order.liveRoomId);
    if (byLive && byLive.status !== 'cancelled') return byLive;
  }
  if (order.paidAt === null) return undefined;
  return sessionByTime(ctx.sessionsOfAccount(account.accountId), order.paidAt, ctx.graceMinutes);
}

function copyHosts(hosts: readonly HostShare[]): HostShare[] {
  return hosts.map(({ hostId, shareBp }) => ({ hostId, shareBp }));
}
