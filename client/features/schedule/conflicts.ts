import { z } from 'zod';
import { findConflicts, type Conflict, type SessionLike } from '../../../server/domain/schedule';
import { isApiError } from '../../lib/api';
import type { Session, SessionBody } from './api';
import type { ScheduleRoom } from './lookups-api';

// The conflict rules run here with the very function the server uses, against the sessions loaded for
// the visible week: a prediction before sending. The server still decides (its 409 is shown the same way).

/** A conflict as the UI shows it, from the prediction or from a 409's details. */
export type ConflictView = {
  rule: Conflict['rule'];
  sessionId: number | null;
  startsAt: string;
  endsAt: string;
  hostIds?: number[];
  bufferMinutes?: number;
};

export function toSessionLike(s: Pick<Session, 'id' | 'accountId' | 'roomId' | 'hosts' | 'crew' | 'startsAt' | 'endsAt' | 'status'> | (SessionBody & { id: number | null })): SessionLike {
  return {
    id: s.id, accountId: s.accountId, roomId: s.roomId, status: s.status,
    startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt),
    hostIds: s.hosts.map((h) => h.hostId), crewUserIds: s.crew.map((c) => c.userId),
  };
}

export function predictConflicts(candidate: SessionBody & { id: number | null }, sessions: readonly Session[], rooms: readonly ScheduleRoom[]): ConflictView[] {
  const like = toSessionLike(candidate);
  if (Number.isNaN(like.startsAt.getTime()) || Number.isNaN(like.endsAt.getTime()) || like.endsAt <= like.startsAt) return [];
  const byId = new Map(rooms.map((r) => [r.id, { id: r.id, bufferMinutes: r.bufferMinutes }]));
  // A room not loaded yet cannot be checked; the server will.
  if (like.roomId !== null && !byId.has(like.roomId)) return [];
  return findConflicts(like, sessions.map(toSessionLike), byId).map((c) => ({
    rule: c.rule, sessionId: c.sessionId, startsAt: c.startsAt.toISOString(), endsAt: c.endsAt.toISOString(),
    hostIds: c.rule === 'host' ? c.hostIds : undefined, bufferMinutes: c.rule === 'room' ? c.bufferMinutes : undefined,
  }));
}

const detailSchema = z.object({
  rule: z.enum(['host', 'crew', 'account', 'room']),
  sessionId: z.number().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  hostIds: z.array(z.number()).optional(),
  bufferMinutes: z.number().optional(),
});

/** The conflicts a 409 schedule_conflict lists; empty for any other error. */
export function conflictsOf(error: unknown): ConflictView[] {
  if (!isApiError(error) || error.code !== 'schedule_conflict') return [];
  return error.details.flatMap((d) => {
    const parsed = detailSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}
