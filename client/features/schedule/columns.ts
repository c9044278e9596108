import type { PlainDate } from '../../../server/domain/dates';
import type { Session } from './api';
import type { ScheduleHost, ScheduleRoom } from './lookups-api';
import { DAY_END_MIN, DAY_START_MIN, minutesOnDay } from './time';

// What the grid's columns are (a room, the outdoor column, or a host, on one day) and where each
// session sits in them. Pure, so the layout can be reasoned about apart from the pointer handling.

export type ScheduleMode = 'room' | 'host';
export type Resource = { key: string; kind: 'room' | 'outdoor' | 'host'; id: number | null; name: string };
export type GridColumn = { index: number; day: PlainDate; resource: Resource };

export function roomResources(rooms: readonly ScheduleRoom[], sessions: readonly Session[], outdoorName: string): Resource[] {
  const used = new Set(sessions.map((s) => s.roomId));
  return [
    ...rooms.filter((r) => r.active || used.has(r.id)).sort((a, b) => a.id - b.id).map((r): Resource => ({ key: `room-${r.id}`, kind: 'room', id: r.id, name: r.name })),
    { key: 'outdoor', kind: 'outdoor', id: null, name: outdoorName },
  ];
}

/** Hosts that may be booked (not archived, in trial or active): the columns a day by host can offer. */
export const isBookableHost = (h: ScheduleHost) => !h.archived && (h.status === 'trial' || h.status === 'active');

/**
 * The day's host columns, by name: the hosts with a session shown that day and, with `showAll`, every
 * host that may be booked (60 columns of mostly empty hosts are not worth scrolling past by default).
 */
export function hostResources(hosts: readonly ScheduleHost[], sessionsShown: readonly Session[], showAll: boolean): Resource[] {
  const ids = new Set([...sessionsShown.flatMap((s) => s.hosts.map((h) => h.hostId)), ...(showAll ? hosts.filter(isBookableHost).map((h) => h.id) : [])]);
  const byId = new Map(hosts.map((h) => [h.id, h]));
  return [...ids]
    .map((id): Resource => ({ key: `host-${id}`, kind: 'host', id, name: byId.get(id)?.stageName ?? `#${id}` }))
    .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
}

/** A day view: one column per resource. */
export const dayColumns = (day: PlainDate, resources: readonly Resource[]): GridColumn[] =>
  resources.map((resource, index) => ({ index, day, resource }));

/** A week of one room or one host: one column per day. */
export const weekColumns = (days: readonly PlainDate[], resource: Resource): GridColumn[] =>
  days.map((day, index) => ({ index, day, resource }));

export function belongsTo(session: Pick<Session, 'roomId' | 'hosts'>, resource: Resource): boolean {
  if (resource.kind === 'host') return session.hosts.some((h) => h.hostId === resource.id);
  return session.roomId === resource.id;
}

export type Placed = { session: Session; start: number; end: number; lane: number; lanes: number };

/** The sessions that show on a day's span (placeOnDay's), in any column. */
export const shownOnDay = (sessions: readonly Session[], day: PlainDate, timeZone: string): Session[] =>
  placeOnDay(sessions, day, timeZone).map((p) => p.session);

/** The sessions that show on a day's 06:00-02:00 span, clipped to it, side by side where they overlap. */
export function placeOnDay(sessions: readonly Session[], day: PlainDate, timeZone: string): Placed[] {
  const shown = sessions
    .map((session) => ({ session, start: minutesOnDay(session.startsAt, day, timeZone), end: minutesOnDay(session.endsAt, day, timeZone) }))
    .filter((p) => p.start < DAY_END_MIN && p.end > DAY_START_MIN)
    .map((p) => ({ ...p, start: Math.max(p.start, DAY_START_MIN), end: Math.min(p.end, DAY_END_MIN) }))
    .sort((a, b) => a.start - b.start || a.session.id - b.session.id);
  const laneEnds: number[] = [];
  const placed = shown.map((p) => {
    let lane = laneEnds.findIndex((end) => end <= p.start);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = p.end;
    return { ...p, lane, lanes: 0 };
  });
  return placed.map((p) => ({ ...p, lanes: laneEnds.length }));
}
