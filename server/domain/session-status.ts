// A session's status (SPEC section 5) and the moves a scheduler, or the live tooling, may make.

export const sessionStatuses = ['planned', 'confirmed', 'live', 'completed', 'cancelled'] as const;
export type SessionStatus = (typeof sessionStatuses)[number];

/**
 * The allowed moves, from -> to. The life of a stream runs one way (planned -> confirmed -> live ->
 * completed); any session not yet over may be called off. completed and cancelled are final: a
 * completed session carries results and attributed orders, and a cancelled one has given its slot
 * away to other bookings, so bringing it back is a new booking that must pass the conflict check.
 *
 * | from      | to                   |
 * | --------- | -------------------- |
 * | planned   | confirmed, cancelled |
 * | confirmed | live, cancelled      |
 * | live      | completed, cancelled |
 * | completed | (final)              |
 * | cancelled | (final)              |
 */
export const sessionTransitions: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  planned: ['confirmed', 'cancelled'],
  confirmed: ['live', 'cancelled'],
  live: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/**
 * Whether a session may move from one status to another. Staying put is allowed (as for hosts and
 * contracts) so that an update that resends the current status is not refused.
 */
export function canTransition(from: SessionStatus, to: SessionStatus): boolean {
  return from === to || sessionTransitions[from].includes(to);
}

export function isFinalStatus(status: SessionStatus): boolean {
  return sessionTransitions[status].length === 0;
}

/** Only a cancelled session frees its host, crew, account and room (SPEC section 5). */
export function occupiesTime(status: SessionStatus): boolean {
  return status !== 'cancelled';
}
