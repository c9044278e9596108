import type { HostShare } from './attribution';
import type { DealStatus } from './deals';
import { allocate, assertFen, sumFen, type Fen } from './money';
import { periodOf, type Period } from './periods';
import { text, type Text } from './text';

// Pit fees (坑位费), SPEC section 8 step 2. A deal's fee is divided equally among its sessions,
// earlier sessions first; each session's part belongs to the period its session starts in and is
// divided among that session's hosts by their shares. Every division is `allocate`, so a deal's
// parts add up to its fee to the fen.

/** A brand that has committed to the slot: a proposed or cancelled deal pays no one. */
export const pitFeeDealStatuses: readonly DealStatus[] = ['confirmed', 'invoiced', 'paid'];

export interface PitFeeSession {
  id: number;
  startsAt: Date;
  /** The session's hosts in listed order: a leftover fen goes to the earlier-listed one. */
  hosts: readonly HostShare[];
}

export interface PitFeeDeal {
  id: number;
  pitFeeFen: Fen;
  status: DealStatus;
  sessions: readonly PitFeeSession[];
}

/** One host's part of one deal's fee through one session: a line of the statement's drill-down. */
export interface PitFeePart {
  hostId: number;
  period: Period;
  dealId: number;
  /** The deal's whole fee and how many sessions share it, so the part can be checked by hand. */
  dealFeeFen: Fen;
  sessionCount: number;
  sessionId: number;
  sessionStartsAt: Date;
  /** The session's part of the deal's fee, before it is divided among the hosts. */
  sessionFeeFen: Fen;
  shareBp: number;
  amountFen: Fen;
}

/** A fee, or a session's part of one, that nobody can be given: the settlement run lists it. */
export interface UnallocatedPitFee {
  dealId: number;
  /** null when the deal has no session at all. */
  sessionId: number | null;
  amountFen: Fen;
  reason: Text;
}

export interface PitFeeAllocation {
  /** Ordered by host, period, session start, deal and session. */
  parts: PitFeePart[];
  unallocated: UnallocatedPitFee[];
}

/** Earlier sessions first (SPEC), the lower id first between sessions starting together. */
function inOrder(sessions: readonly PitFeeSession[]): PitFeeSession[] {
  return [...sessions].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.id - b.id);
}

function sessionParts(deal: PitFeeDeal, session: PitFeeSession, sessionFeeFen: Fen, timeZone: string): PitFeePart[] {
  const amounts = allocate(sessionFeeFen, session.hosts.map((h) => h.shareBp));
  const period = periodOf(session.startsAt, timeZone);
  return session.hosts.map((host, i) => ({
    hostId: host.hostId,
    period,
    dealId: deal.id,
    dealFeeFen: deal.pitFeeFen,
    sessionCount: deal.sessions.length,
    sessionId: session.id,
    sessionStartsAt: session.startsAt,
    sessionFeeFen,
    shareBp: host.shareBp,
    amountFen: amounts[i] ?? 0,
  }));
}

const noSession = (deal: PitFeeDeal): UnallocatedPitFee => ({
  dealId: deal.id,
  sessionId: null,
  amountFen: deal.pitFeeFen,
  reason: text(`Deal ${deal.id} has no session to divide its pit fee among.`, `合作 ${deal.id} 没有场次，坑位费无法分配。`),
});

const noHost = (deal: PitFeeDeal, session: PitFeeSession, amountFen: Fen): UnallocatedPitFee => ({
  dealId: deal.id,
  sessionId: session.id,
  amountFen,
  reason: text(`Session ${session.id} of deal ${deal.id} has no host with a share.`, `合作 ${deal.id} 的场次 ${session.id} 没有占分成比例的主播。`),
});

function dealAllocation(deal: PitFeeDeal, timeZone: string): PitFeeAllocation {
  assertFen(deal.pitFeeFen, `pit fee of deal ${deal.id}`);
  if (deal.pitFeeFen === 0) return { parts: [], unallocated: [] };
  if (deal.sessions.length === 0) return { parts: [], unallocated: [noSession(deal)] };
  const sessions = inOrder(deal.sessions);
  const sessionFees = allocate(deal.pitFeeFen, sessions.map(() => 1));
  const allocation: PitFeeAllocation = { parts: [], unallocated: [] };
  sessions.forEach((session, i) => {
    const sessionFeeFen = sessionFees[i] ?? 0;
    if (sessionFeeFen === 0) return;
    if (!session.hosts.some((h) => h.shareBp > 0)) allocation.unallocated.push(noHost(deal, session, sessionFeeFen));
    else allocation.parts.push(...sessionParts(deal, session, sessionFeeFen, timeZone).filter((p) => p.amountFen !== 0));
  });
  return allocation;
}

function byHostPeriodAndTime(a: PitFeePart, b: PitFeePart): number {
  return a.hostId - b.hostId || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0)
    || a.sessionStartsAt.getTime() - b.sessionStartsAt.getTime() || a.dealId - b.dealId || a.sessionId - b.sessionId;
}

/**
 * Every host's parts of the fees of the deals that count (status confirmed, invoiced or paid), each
 * in the period (agency time zone) its session starts in. Parts of 0 fen are left out; a fee that
 * has no session or host to go to is returned as unallocated, with the reason.
 */
export function allocatePitFees(deals: readonly PitFeeDeal[], timeZone: string): PitFeeAllocation {
  const parts: PitFeePart[] = [];
  const unallocated: UnallocatedPitFee[] = [];
  for (const deal of deals) {
    if (!pitFeeDealStatuses.includes(deal.status)) continue;
    const allocation = dealAllocation(deal, timeZone);
    parts.push(...allocation.parts);
    unallocated.push(...allocation.unallocated);
  }
  return { parts: parts.sort(byHostPeriodAndTime), unallocated };
}

export interface HostPitFees {
  totalFen: Fen;
  parts: PitFeePart[];
}

/** One host's pit fees in one period, with the parts behind them. */
export function pitFeesOf(parts: readonly PitFeePart[], hostId: number, period: Period): HostPitFees {
  const own = parts.filter((p) => p.hostId === hostId && p.period === period);
  return { totalFen: sumFen(own.map((p) => p.amountFen)), parts: own };
}
