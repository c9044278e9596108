import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { isApiPeriod } from '../../../lib/period';
import { useDashboard } from '../api';
import { AttentionSection } from './AttentionSection';
import { MoneySection } from './MoneySection';
import { ScheduleSection } from './ScheduleSection';

// The charts (and Recharts with them) load only once the dashboard shows, never with the first page.
const DashboardCharts = lazy(() => import('./DashboardCharts'));

/** Where everyone starts the day: the sections the role may read, each figure a link to its list. */
export function DashboardPage({ userName }: { userName: string }) {
  const { t } = useTranslation();
  const dashboard = useDashboard();
  const [chartPeriod, setChartPeriod] = useState('');
  if (dashboard.isPending) return <Spinner />;
  if (dashboard.isError) return <ErrorAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />;
  const data = dashboard.data;
  const period = chartPeriod || data.period;
  return (
    <section className="space-y-8">
      <PageHeader title={t('dashboard.welcome', { name: userName })} description={t('dashboard.intro')} />
      {data.money && <MoneySection money={data.money} period={data.period} previousPeriod={data.previousPeriod} />}
      {data.sessions && <ScheduleSection sessions={data.sessions} today={data.today} weekStart={data.weekStart} />}
      <AttentionSection data={data} />
      {data.money && (
        <section aria-labelledby="dashboard-charts" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id="dashboard-charts" className="text-lg font-semibold text-slate-900">{t('dashboard.charts.title', { period })}</h2>
            <Field label={t('dashboard.charts.period')} className="w-44">
              {(c) => <Input {...c} type="month" required value={period} onChange={(e) => isApiPeriod(e.target.value) && setChartPeriod(e.target.value)} />}
            </Field>
          </div>
          <Suspense fallback={<p className="text-sm text-slate-500">{t('dashboard.charts.loading')}</p>}>
            <DashboardCharts period={period} />
          </Suspense>
        </section>
      )}
    </section>
  );
}
