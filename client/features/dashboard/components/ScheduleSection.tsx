import { useTranslation } from 'react-i18next';
import { paths } from '../../../lib/paths';
import type { DashboardView } from '../api';
import { FigureCard } from './FigureCard';

/** Sessions today and this week, and who is on air now; each opens the schedule at that day or week. */
export function ScheduleSection({ sessions, today, weekStart }: { sessions: NonNullable<DashboardView['sessions']>; today: string; weekStart: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="dashboard-schedule">
      <h2 id="dashboard-schedule" className="mb-3 text-lg font-semibold text-slate-900">{t('dashboard.schedule')}</h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <FigureCard testId="figure-sessions-today" label={t('dashboard.sessionsToday')} value={sessions.today} to={paths.scheduleOn(today, 'list')} />
        <FigureCard testId="figure-sessions-week" label={t('dashboard.sessionsWeek')} value={sessions.thisWeek} to={paths.scheduleOn(weekStart)} />
        <FigureCard testId="figure-live" label={t('dashboard.liveNow')} value={sessions.liveNow} to={paths.scheduleOn(today, 'list')} detail={t('dashboard.hostsLive', { count: sessions.hostsLiveNow })} />
      </div>
    </section>
  );
}
