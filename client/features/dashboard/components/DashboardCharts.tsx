import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Spinner } from '../../../components/ui/Spinner';
import { formatMoney } from '../../../lib/format';
import { useRosterLabels } from '../../../lib/roster-labels';
import { paths } from '../../../lib/paths';
import { useDashboardCharts } from '../api';

// Loaded with the dashboard only (React.lazy in DashboardPage), so Recharts never weighs on the first page.

const colors = { gmvFen: '#4f46e5', estimatedCommissionFen: '#f59e0b', settledCommissionFen: '#10b981' } as const;
type Series = keyof typeof colors;
const wholeYuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString('en-US')}`;

function ChartBox({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <figure data-testid={testId} className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-medium text-slate-800">{title}</figcaption>
      <div className="h-64">{children}</div>
    </figure>
  );
}

function MoneyBars<T extends Record<string, unknown>>({ data, category, series, onOpen, vertical }: {
  data: T[]; category: string; series: Series[]; onOpen: (row: T) => void; vertical?: boolean;
}) {
  const { t } = useTranslation();
  const name: Record<Series, string> = { gmvFen: t('dashboard.gmv'), estimatedCommissionFen: t('dashboard.estimated'), settledCommissionFen: t('dashboard.settled') };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout={vertical ? 'vertical' : 'horizontal'} margin={{ left: 8, right: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        {vertical ? <XAxis type="number" tickFormatter={wholeYuan} fontSize={11} /> : <XAxis dataKey={category} fontSize={11} />}
        {vertical ? <YAxis type="category" dataKey={category} width={96} fontSize={11} /> : <YAxis tickFormatter={wholeYuan} width={80} fontSize={11} />}
        <Tooltip formatter={(value, key) => [formatMoney(Number(value)), name[key as Series] ?? String(key)]} />
        <Legend formatter={(key: string) => name[key as Series] ?? key} />
        {series.map((s) => (
          <Bar key={s} dataKey={s} fill={colors[s]} cursor="pointer" onClick={(entry: { payload?: T }) => entry.payload && onOpen(entry.payload)} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

/** GMV and commission of the month by day, by platform and for the top ten hosts; a bar opens its orders (a day's: those paid that day). */
export default function DashboardCharts({ period }: { period: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const label = useRosterLabels();
  const charts = useDashboardCharts(period);
  if (charts.isPending) return <Spinner />;
  if (charts.isError) return <ErrorAlert error={charts.error} onRetry={() => void charts.refetch()} />;
  const { byDay, byPlatform, byHost } = charts.data;
  if (byDay.length === 0) return <p className="text-sm text-slate-600">{t('dashboard.charts.empty', { period })}</p>;
  const all: Series[] = ['gmvFen', 'estimatedCommissionFen', 'settledCommissionFen'];
  return (
    <div className="space-y-3">
      <p className="text-xs text-slate-500">{t('dashboard.charts.hint')}</p>
      <ChartBox title={t('dashboard.charts.byDay')} testId="chart-by-day">
        <MoneyBars data={byDay.map((d) => ({ ...d, day: d.date.slice(8) }))} category="day" series={all} onOpen={(d) => navigate(paths.ordersOf({ from: d.date, to: d.date }))} />
      </ChartBox>
      <div className="grid gap-3 xl:grid-cols-2">
        <ChartBox title={t('dashboard.charts.byPlatform')} testId="chart-by-platform">
          <MoneyBars data={byPlatform.map((p) => ({ ...p, name: label.platform(p.platform) }))} category="name" series={all}
            onOpen={(p) => navigate(paths.ordersOf({ period, platform: p.platform }))} />
        </ChartBox>
        <ChartBox title={t('dashboard.charts.byHost')} testId="chart-by-host">
          <MoneyBars data={byHost} category="stageName" series={['gmvFen', 'settledCommissionFen']} vertical onOpen={(h) => navigate(paths.ordersOf({ period, hostId: h.hostId }))} />
        </ChartBox>
      </div>
    </div>
  );
}
