import type { Session } from './api';
import { dayColumns, hostResources, roomResources, shownOnDay, weekColumns, type GridColumn, type Resource } from './columns';
import type { ScheduleHost, ScheduleRoom } from './lookups-api';
import type { ScheduleSearch } from './use-schedule-search';

type Input = { search: ScheduleSearch; sessions: readonly Session[]; hosts: readonly ScheduleHost[]; rooms: readonly ScheduleRoom[]; timeZone: string };
type Columns = { columns: GridColumn[]; key: string; empty: 'schedule.noHostsToday' | 'schedule.weekOf.chooseRoom' | 'schedule.weekOf.chooseHost' };

/**
 * The grid's columns for the view in the URL: a day's rooms (and 外景) or hosts, or the seven days of the
 * one room or host chosen. `key` names the view, so the grid scrolls to its working hours when it changes;
 * `empty` is what to say when there is no column.
 */
export function scheduleColumns({ search, sessions, hosts, rooms, timeZone }: Input, outdoorName: string): Columns {
  const key = [search.view, search.by, search.date, search.view === 'week' ? (search.by === 'room' ? search.roomId : search.hostId) : search.showAll].join(':');
  if (search.view === 'day') {
    const shown = shownOnDay(sessions, search.date, timeZone);
    const resources = search.by === 'room' ? roomResources(rooms, shown, outdoorName) : hostResources(hosts, shown, search.showAll);
    return { columns: dayColumns(search.date, resources), key, empty: 'schedule.noHostsToday' };
  }
  const resource = weekResource(search, hosts, rooms, outdoorName);
  return { columns: resource ? weekColumns(search.days, resource) : [], key, empty: search.by === 'room' ? 'schedule.weekOf.chooseRoom' : 'schedule.weekOf.chooseHost' };
}

/** The week's one resource: the room or host in the URL; a room defaults to the first active one. */
function weekResource(search: ScheduleSearch, hosts: readonly ScheduleHost[], rooms: readonly ScheduleRoom[], outdoorName: string): Resource | null {
  if (search.by === 'host') {
    const host = hosts.find((h) => h.id === search.hostId);
    return host ? { key: `host-${host.id}`, kind: 'host', id: host.id, name: host.stageName } : null;
  }
  const room = rooms.find((r) => r.id === search.roomId) ?? [...rooms].filter((r) => r.active).sort((a, b) => a.id - b.id)[0];
  return room ? { key: `room-${room.id}`, kind: 'room', id: room.id, name: room.name } : { key: 'outdoor', kind: 'outdoor', id: null, name: outdoorName };
}
