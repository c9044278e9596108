import { writeTransaction } from '../../db/write';
import type { Db } from '../../db/client';
import { periodOf } from '../../domain/periods';
import { formatInstant } from '../../domain/zones';
import { pitFeeDealStatuses } from '../../domain/pit-fees';
import { rebooks, type BookedSlot, type SessionLike } from '../../domain/schedule';
import { canTransition } from '../../domain/session-status';
import { text } from '../../domain/text';
import { extend } from '../../shared/extend';
import type { Actor, AppDeps } from '../../deps';
import { AppError, notFound, ruleBroken } from '../../errors';
import { recordAudit } from '../../db/audit';
import { assertPeriodOpen } from '../periods/periods.service';
import { currentSettings } from '../settings/settings.service';
import type { SessionCreate, SessionPatch, SessionQuery, SessionResults } from '../../shared/api/sessions';
import { bookingStatements } from './booking-statements';
import { bookingReader, checkBooking, checkShape, dailyWarnings, type BookingReader, type Candidate } from './sessions.rules';
import { findSession, listSessions, replacePeople, updateSessionRow, type SessionFull } from './sessions.repo';

export { completedSessionsOfHosts, findSession, sessionIdsStarting, liveSessionsOfAccount, sessionByLiveId, sessionsByIds, sessionsInWindow, type SessionFull } from './sessions.repo';

/** What sessionView needs: a stored session, or a new one built from its input and id. */
export interface ViewableSession extends Omit<SessionFull, 'hosts' | 'crew' | 'createdAt' | 'updatedAt'> {
  hosts: readonly { hostId: number; role: 'main' | 'assistant'; shareBp: number }[];
  crew: readonly { userId: number; duty: string }[];
}

export function sessionView(s: ViewableSession, tz: string) {
  const at = (d: Date | null) => (d ? formatInstant(d, tz) : null);
  return {
    id: s.id, accountId: s.accountId, roomId: s.roomId, seriesId: s.seriesId,
    hosts: s.hosts.map((h) => ({ hostId: h.hostId, role: h.role, shareBp: h.shareBp })),
    crew: s.crew.map((c) => ({ userId: c.userId, duty: c.duty })),
    startsAt: formatInstant(s.startsAt, tz), endsAt: formatInstant(s.endsAt, tz), status: s.status,
    title: s.title, notes: s.notes, platformLiveId: s.platformLiveId,
    actualStartAt: at(s.actualStartAt), actualEndAt: at(s.actualEndAt), peakViewers: s.peakViewers, gmvFen: s.gmvFen,
  };
}

export function requireSession(db: Db, id: number): SessionFull {
  const s = findSession(db, id);
  if (!s) throw notFound('Session', id);
  return s;
}

export function createSession(deps: AppDeps, actor: Actor, input: SessionCreate) {
  const settings = currentSettings(deps);
  const statements = bookingStatements(deps.sqlite);
  return writeTransaction(deps.db, (tx) => {
    const now = deps.clock.now();
    if (input.status === 'completed' && input.endsAt > now) {
      throw ruleBroken('status', text('Only a session entirely in the past may be entered as completed', '只有已完全结束的场次才能以 completed 状态录入'));
    }
    const candidate: Candidate = { id: null, ...input };
    const neighbours = checkBooking(bookingReader(deps, tx, statements, settings.timezone), candidate);
    // extend, not `{ ...input, x }`: see server/shared/extend.ts.
    const id = statements.insert(extend(input, { seriesId: null }), now);
    // The stored row is exactly the input with its id: no need to read it back.
    const session = sessionView(extend(input, { id, seriesId: null, actualStartAt: null, actualEndAt: null, peakViewers: null, gmvFen: null }), settings.timezone);
    recordAudit(tx, { actor, at: now, action: 'create', entity: 'session', entityId: id, after: session });
    deps.ports.reattributeForSession(tx, { sessionId: null, accountIds: [input.accountId], from: input.startsAt, to: input.endsAt, platformLiveId: input.platformLiveId });
    return extend(session, { warnings: dailyWarnings(extend(candidate, { id }), neighbours, settings) });
  });
}

const bookedSlot = (s: Pick<Candidate, 'startsAt' | 'endsAt' | 'accountId' | 'hosts'>): BookedSlot =>
  ({ startsAt: s.startsAt, endsAt: s.endsAt, accountId: s.accountId, hostIds: s.hosts.map((h) => h.hostId) });

/**
 * The booking rules an update must pass; returns the neighbours read. Cancelling frees the slot: only
 * the shape is checked. Who may be booked is checked again only when the update books something new
 * (other times, hosts or account), so a session whose host was suspended since can still run its course.
 */
function checkUpdate(r: BookingReader, before: SessionFull, candidate: Candidate): SessionLike[] {
  if (candidate.status === 'cancelled') {
    checkShape(candidate);
    return [];
  }
  const kept = { accountId: before.accountId, roomId: before.roomId };
  return checkBooking(r, candidate, { eligibility: rebooks(bookedSlot(before), bookedSlot(candidate)), kept });
}

const sameShares = (a: readonly { hostId: number; shareBp: number }[], b: readonly { hostId: number; shareBp: number }[]) =>
  a.length === b.length && a.every((h, i) => h.hostId === b[i]?.hostId && h.shareBp === b[i]?.shareBp);

/**
 * A session sold in deals carries a part of their pit fees, booked in the period it starts in (SPEC
 * section 8): a move, a change of shares or a cancellation that would move that part is refused while
 * either period is closed (409 period_locked).
 */
function assertFeePartStays(deps: AppDeps, tx: Db, before: SessionFull, after: Candidate, timezone: string): void {
  const moves = before.startsAt.getTime() !== after.startsAt.getTime() || !sameShares(before.hosts, after.hosts) || (after.status === 'cancelled') !== (before.status === 'cancelled');
  if (!moves) return;
  const paying = deps.ports.dealsOfSession(tx, before.id).some((d) => pitFeeDealStatuses.includes(d.status) && d.pitFeeFen > 0);
  if (!paying) return;
  for (const period of new Set([periodOf(before.startsAt, timezone), periodOf(after.startsAt, timezone)])) assertPeriodOpen(tx, period);
}

/** Move, resize, re-staff or change the status of a session; the booking rules apply to the result. */
export function updateSession(deps: AppDeps, actor: Actor, id: number, patch: SessionPatch) {
  const settings = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireSession(tx, id);
    if (patch.status && !canTransition(before.status, patch.status)) {
      throw new AppError('state_conflict', text(`A ${before.status} session cannot become ${patch.status}`, `${before.status} 状态的场次不能变为 ${patch.status}`),
        [{ path: ['status'], message: text(`Not allowed from ${before.status}`, `不能从 ${before.status} 状态变更`) }]);
    }
    const candidate: Candidate = {
      id, accountId: patch.accountId ?? before.accountId, roomId: patch.roomId === undefined ? before.roomId : patch.roomId,
      hosts: patch.hosts ?? before.hosts, crew: patch.crew ?? before.crew, startsAt: patch.startsAt ?? before.startsAt,
      endsAt: patch.endsAt ?? before.endsAt, status: patch.status ?? before.status,
    };
    const neighbours = checkUpdate(bookingReader(deps, tx, bookingStatements(deps.sqlite), settings.timezone), before, candidate);
    assertFeePartStays(deps, tx, before, candidate, settings.timezone);
    const now = deps.clock.now();
    const { hosts, crew, ...fields } = patch;
    updateSessionRow(tx, id, { ...fields, updatedAt: now });
    replacePeople(tx, id, hosts, crew);
    const after = sessionView(requireSession(tx, id), settings.timezone);
    recordAudit(tx, { actor, at: now, action: patch.status === 'cancelled' ? 'cancel' : 'update', entity: 'session', entityId: id, before: sessionView(before, settings.timezone), after });
    // Orders paid in the old or the new window, held by the session or naming its live-room id may now belong elsewhere.
    deps.ports.reattributeForSession(tx, {
      sessionId: id, accountIds: [before.accountId, candidate.accountId],
      from: new Date(Math.min(before.startsAt.getTime(), candidate.startsAt.getTime())),
      to: new Date(Math.max(before.endsAt.getTime(), candidate.endsAt.getTime())),
      platformLiveId: after.platformLiveId !== before.platformLiveId || after.accountId !== before.accountId ? after.platformLiveId : null,
    });
    return { ...after, warnings: candidate.status === 'cancelled' ? [] : dailyWarnings(candidate, neighbours, settings) };
  });
}

export function recordResults(deps: AppDeps, actor: Actor, id: number, results: SessionResults) {
  const { timezone } = currentSettings(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireSession(tx, id);
    if (before.status === 'cancelled') throw new AppError('state_conflict', text('A cancelled session has no results', '已取消的场次不能录入直播数据'));
    const start = results.actualStartAt === undefined ? before.actualStartAt : results.actualStartAt;
    const end = results.actualEndAt === undefined ? before.actualEndAt : results.actualEndAt;
    if (start && end && end <= start) throw ruleBroken('actualEndAt', text('The actual end must be after the actual start', '实际结束时间须晚于实际开始时间'));
    const now = deps.clock.now();
    updateSessionRow(tx, id, { ...results, updatedAt: now });
    const after = sessionView(requireSession(tx, id), timezone);
    recordAudit(tx, { actor, at: now, action: 'update', entity: 'session', entityId: id, before: sessionView(before, timezone), after });
    return after;
  });
}

export function getSession(deps: AppDeps, id: number) {
  return sessionView(requireSession(deps.db, id), currentSettings(deps).timezone);
}

export function searchSessions(deps: AppDeps, q: SessionQuery) {
  const { timezone } = currentSettings(deps);
  const { page, pageSize, ...filter } = q;
  const { items, total } = listSessions(deps.db, filter, page, pageSize);
  return { items: items.map((s) => sessionView(s, timezone)), total, page, pageSize };
}

export { completedSessionsOfHost, liveNow, sessionCountBetween, sessionSummaries } from './session-figures';
