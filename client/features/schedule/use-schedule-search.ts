import { useSearchParams } from 'react-router';
import { addDays, isValidDate } from '../../../server/domain/dates';
import type { ScheduleMode } from './columns';
import { todayIn, weekDays, weekStartOf } from './time';

export type ScheduleView = 'week' | 'list';

/** The week shown, the grouping and the view live in the URL (?date=&mode=&view=), so a week can be linked. */
export function useScheduleSearch(timeZone: string) {
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone);
  const date = params.get('date') ?? '';
  const monday = weekStartOf(isValidDate(date) ? date : today);
  const mode: ScheduleMode = params.get('mode') === 'host' ? 'host' : 'room';
  const view: ScheduleView = params.get('view') === 'list' ? 'list' : 'week';

  function set(key: string, value: string | null) {
    setParams((previous) => {
      const next = new URLSearchParams(previous);
      if (value === null) next.delete(key);
      else next.set(key, value);
      return next;
    }, { replace: key !== 'date' });
  }

  return {
    today, monday, days: weekDays(monday), mode, view,
    goToWeek: (weeks: number | 'today') => set('date', weeks === 'today' ? null : addDays(monday, weeks * 7)),
    setMode: (m: ScheduleMode) => set('mode', m === 'room' ? null : m),
    setView: (v: ScheduleView) => set('view', v === 'week' ? null : v),
  };
}
