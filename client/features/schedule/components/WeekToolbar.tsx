import clsx from 'clsx';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/Button';
import { Select } from '../../../components/ui/Select';
import type { ScheduleMode } from '../columns';
import type { ScheduleHost } from '../lookups-api';
import type { ScheduleView } from '../use-schedule-search';

type WeekToolbarProps = {
  range: string;
  mode: ScheduleMode;
  view: ScheduleView;
  addableHosts: ScheduleHost[];
  onWeek: (weeks: number | 'today') => void;
  onMode: (mode: ScheduleMode) => void;
  onView: (view: ScheduleView) => void;
  onAddHost: (hostId: number) => void;
};

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

/** Week navigation, grouping (by room / by host), week grid or day list, and adding a host column. */
export function WeekToolbar({ range, mode, view, addableHosts, onWeek, onMode, onView, onAddHost }: WeekToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="mb-3 flex flex-wrap items-center gap-3">
      <nav aria-label={t('schedule.week.label')} className="flex items-center gap-1.5">
        <Button size="sm" onClick={() => onWeek(-1)}>‹ {t('schedule.week.previous')}</Button>
        <Button size="sm" onClick={() => onWeek('today')}>{t('schedule.week.today')}</Button>
        <Button size="sm" onClick={() => onWeek(1)}>{t('schedule.week.next')} ›</Button>
        <span className="ml-2 text-sm font-semibold text-slate-800" data-testid="week-range">{range}</span>
      </nav>
      <Toggle label={t('schedule.mode.label')} value={mode} onChange={onMode} options={[{ value: 'room', label: t('schedule.mode.room') }, { value: 'host', label: t('schedule.mode.host') }]} />
      <Toggle label={t('schedule.view.label')} value={view} onChange={onView} options={[{ value: 'week', label: t('schedule.view.week') }, { value: 'list', label: t('schedule.view.list') }]} />
      {mode === 'host' && view === 'week' && (
        <div className="w-56">
          <Select aria-label={t('schedule.addHost')} value="" placeholder={t('schedule.addHostPlaceholder')}
            options={addableHosts.map((h) => ({ value: String(h.id), label: h.stageName }))} onChange={(e) => e.target.value && onAddHost(Number(e.target.value))} />
        </div>
      )}
    </div>
  );
}
