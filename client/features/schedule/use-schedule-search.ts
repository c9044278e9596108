import { useSearchParams } from 'react-router';
import { addDays, isValidDate, type PlainDate } from '../../../server/domain/dates';
import type { ScheduleMode } from './columns';
import { todayIn, weekDays, weekStartOf } from './time';

export type ScheduleView = 'day' | 'week' | 'agenda';

const views: readonly ScheduleView[] = ['day', 'week', 'agenda'];
const positiveId = (value: string | null) => (value && /^[1-9]\d*$/.test(value) ? Number(value) : null);

/**
 * What the schedule shows, read from the URL so that a view can be linked and survives a reload:
 * ?view=day|week|agenda (day by default), &by=room|host, &date=, &room= / &host= (the week's one
 * resource), &all=1 (every bookable host as a column of the day by host).
 */
export function readScheduleSearch(params: URLSearchParams, today: PlainDate) {
  const raw = params.get('date') ?? '';
  const date = isValidDate(raw) ? raw : today;
  const view: ScheduleView = views.find((v) => v === params.get('view')) ?? (params.get('view') === 'list' ? 'agenda' : 'day');
  const by: ScheduleMode = params.get('by') === 'host' ? 'host' : 'room';
  const monday = weekStartOf(date);
  const days = view === 'day' ? [date] : weekDays(monday);
  return {
    date, view, by, days, monday,
    roomId: positiveId(params.get('room')),
    hostId: positiveId(params.get('host')),
    showAll: params.get('all') === '1',
    // A day either side: sessions crossing the edges, and room buffers, count for the conflict check.
    window: { from: addDays(days[0] ?? date, -1), to: addDays(days[days.length - 1] ?? date, 2) },
  };
}

export type ScheduleSearch = ReturnType<typeof readScheduleSearch>;

export function useScheduleSearch(timeZone: string) {
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const search = readScheduleSearch(params, today);

  function set(changes: Record<string, string | null>, push = false) {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      return next;
    }, { replace: !push });
  }

  const step = search.view === 'day' ? 1 : 7;
  return {
    ...search, today,
    go: (n: number | 'today') => set({ date: n === 'today' ? null : addDays(search.date, n * step) }, true),
    setDate: (date: PlainDate) => set({ date: isValidDate(date) ? date : null }, true),
    setView: (v: ScheduleView) => set({ view: v === 'day' ? null : v }, true),
    setBy: (m: ScheduleMode) => set({ by: m === 'room' ? null : m }),
    setRoom: (id: number | null) => set({ room: id === null ? null : String(id) }),
    setHost: (id: number | null) => set({ host: id === null ? null : String(id) }),
    setShowAll: (all: boolean) => set({ all: all ? '1' : null }),
  };
}
