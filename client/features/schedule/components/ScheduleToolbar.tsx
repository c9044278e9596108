import clsx from 'clsx';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BOOKABLE_HOST_STATUSES, HostPicker } from '../../../components/pickers/HostPicker';
import { RoomPicker } from '../../../components/pickers/RoomPicker';
import { Button } from '../../../components/ui/Button';
import { Checkbox } from '../../../components/ui/Checkbox';
import { Input } from '../../../components/ui/Input';
import type { ScheduleMode } from '../columns';
import type { useScheduleSearch, ScheduleView } from '../use-schedule-search';

function Toggle<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: { value: T; label: string }[]; onChange: (v: T) => void }) {
  return (
    <div role="group" aria-label={label} className="inline-flex rounded-md shadow-xs ring-1 ring-slate-300 ring-inset">
      {options.map((o) => (
        <button key={o.value} type="button" aria-pressed={value === o.value} onClick={() => onChange(o.value)}
          className={clsx('h-9 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md', value === o.value ? 'bg-indigo-600 text-white' : 'bg-white text-slate-700 hover:bg-slate-50')}>
          {o.label}
        </button>
      ))}
    </div>
  );
}

type ScheduleToolbarProps = { search: ReturnType<typeof useScheduleSearch>; range: string; weekResourceId: number | null };

/** The view (day, week of one, agenda), the date and its steps, the grouping, the week's room or host, all kept in the URL. */
export function ScheduleToolbar({ search, range, weekResourceId }: ScheduleToolbarProps) {
  const { t } = useTranslation();
  const pickerId = useId();
  const dateId = useId();
  const { view, by } = search;
  return (
    <div className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-2">
      <Toggle<ScheduleView> label={t('schedule.view.label')} value={view} onChange={search.setView}
        options={[{ value: 'day', label: t('schedule.view.day') }, { value: 'week', label: t('schedule.view.week') }, { value: 'agenda', label: t('schedule.view.agenda') }]} />
      <nav aria-label={t('schedule.dateNav.label')} className="flex items-center gap-1.5">
        <Button size="sm" onClick={() => search.go(-1)} aria-label={t(view === 'day' ? 'schedule.dateNav.previousDay' : 'schedule.dateNav.previousWeek')}>‹</Button>
        <Button size="sm" className="whitespace-nowrap" onClick={() => search.go('today')}>{t('schedule.dateNav.today')}</Button>
        <Button size="sm" onClick={() => search.go(1)} aria-label={t(view === 'day' ? 'schedule.dateNav.nextDay' : 'schedule.dateNav.nextWeek')}>›</Button>
        <label htmlFor={dateId} className="sr-only">{t('schedule.dateNav.date')}</label>
        <Input id={dateId} type="date" className="w-40" value={search.date} onChange={(e) => e.target.value && search.setDate(e.target.value)} />
        <span className="ml-1 text-sm font-semibold whitespace-nowrap text-slate-800" data-testid="schedule-range">{range}</span>
      </nav>
      {view !== 'agenda' && (
        <Toggle<ScheduleMode> label={t('schedule.mode.label')} value={by} onChange={search.setBy}
          options={[{ value: 'room', label: t('schedule.mode.room') }, { value: 'host', label: t('schedule.mode.host') }]} />
      )}
      {view === 'week' && (
        <div className="flex items-center gap-2">
          <label htmlFor={pickerId} className="text-sm text-slate-700">{t(by === 'room' ? 'schedule.weekOf.room' : 'schedule.weekOf.host')}</label>
          {by === 'room'
            ? <RoomPicker id={pickerId} className="w-56" value={weekResourceId} onChange={search.setRoom} />
            : <HostPicker id={pickerId} className="w-56" value={weekResourceId} onChange={search.setHost} statuses={BOOKABLE_HOST_STATUSES} />}
        </div>
      )}
      {view === 'day' && by === 'host' && (
        <Checkbox className="flex items-center gap-2 text-sm text-slate-700" label={t('schedule.showAllHosts')} checked={search.showAll} onChange={(e) => search.setShowAll(e.target.checked)} />
      )}
    </div>
  );
}
