import { dailyLimitWarnings, findConflicts, type Conflict, type SessionLike } from '../../../server/domain/schedule';
import { scheduleConflictDetail } from '../../../server/shared/api/sessions';
import { isApiError } from '../../lib/api';
import type { Session, SessionBody } from './api';
import type { ScheduleRoom } from './lookups-api';

// The conflict rules run here with the very function the server uses, against the sessions loaded for
// the visible days: a prediction before sending. The server still decides (its 409 is shown the same way,
// and names the other session just as the prediction does: title, room and hosts).

/** A conflict as the UI shows it, from the prediction or from a 409's details. */
export type ConflictView = {
  rule: Conflict['rule'];
  sessionId: number | null;
  startsAt: string;
  endsAt: string;
  /** The other session's title ('' when it has none), room name (null outdoors) and hosts. */
  title: string;
  roomName: string | null;
  hosts: { hostId: number; stageName: string }[];
  /** The hosts the two sessions share (host rule), and the room's changeover (room rule). */
  hostIds?: number[];
  bufferMinutes?: number;
};

type Bookable = Pick<Session, 'id' | 'accountId' | 'roomId' | 'hosts' | 'crew' | 'startsAt' | 'endsAt' | 'status'> | (SessionBody & { id: number | null });

export function toSessionLike(s: Bookable): SessionLike {
  return {
    id: s.id, accountId: s.accountId, roomId: s.roomId, status: s.status,
    startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt),
    hostIds: s.hosts.map((h) => h.hostId), crewUserIds: s.crew.map((c) => c.userId),
  };
}

const checkable = (like: SessionLike) => !Number.isNaN(like.startsAt.getTime()) && !Number.isNaN(like.endsAt.getTime()) && like.endsAt > like.startsAt;

export function predictConflicts(candidate: SessionBody & { id: number | null }, sessions: readonly Session[], rooms: readonly ScheduleRoom[], hostName: (id: number) => string): ConflictView[] {
  const like = toSessionLike(candidate);
  if (!checkable(like)) return [];
  const byId = new Map(rooms.map((r) => [r.id, { id: r.id, bufferMinutes: r.bufferMinutes }]));
  // A room not loaded yet cannot be checked; the server will.
  if (like.roomId !== null && !byId.has(like.roomId)) return [];
  return findConflicts(like, sessions.map(toSessionLike), byId).map((c) => {
    const other = sessions.find((s) => s.id === c.sessionId);
    return {
      rule: c.rule, sessionId: c.sessionId, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(),
      title: other?.title ?? '', roomName: rooms.find((r) => r.id === other?.roomId)?.name ?? null,
      hosts: (other?.hosts ?? []).map((h) => ({ hostId: h.hostId, stageName: hostName(h.hostId) })),
      hostIds: c.rule === 'host' ? c.hostIds : undefined, bufferMinutes: c.rule === 'room' ? c.bufferMinutes : undefined,
    };
  });
}

/** The daily-limit warnings a booking would get (the server books it anyway, with these warnings). */
export function predictDailyWarnings(candidate: Bookable, sessions: readonly Session[], maxDailyMinutes: number | undefined, timeZone: string) {
  const like = toSessionLike(candidate);
  if (maxDailyMinutes === undefined || !checkable(like)) return [];
  return dailyLimitWarnings(sessions.map(toSessionLike), like, maxDailyMinutes, timeZone);
}

/** The conflicts a 409 schedule_conflict lists; empty for any other error. */
export function conflictsOf(error: unknown): ConflictView[] {
  if (!isApiError(error) || error.code !== 'schedule_conflict') return [];
  return error.details.flatMap((d) => {
    const parsed = scheduleConflictDetail.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}
