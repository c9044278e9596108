import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMoney } from '../../../lib/format';
import type { PerformanceView } from '../api';

// Loaded with the performance tab only (React.lazy), so Recharts stays out of the host page's first load.

const wholeYuan = (fen: number) => `¥${Math.round(fen / 100).toLocaleString('en-US')}`;

/** Month by month: GMV and the statements' net pay as bars, hours live as a line on its own axis. */
export default function PerformanceChart({ months }: { months: PerformanceView['months'] }) {
  const { t } = useTranslation();
  const data = months.map((m) => ({ period: m.period, gmvFen: m.gmvFen, netFen: m.netFen ?? 0, hours: Math.round(m.minutesLive / 6) / 10 }));
  const name: Record<string, string> = { gmvFen: t('reports.columns.gmvFen'), netFen: t('reports.performance.net'), hours: t('reports.performance.hours') };
  return (
    <figure data-testid="chart-performance" className="rounded-lg border border-slate-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-medium text-slate-800">{t('reports.performance.chart')}</figcaption>
      <div className="h-64">
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ left: 8, right: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="period" fontSize={11} />
            <YAxis yAxisId="money" tickFormatter={wholeYuan} width={80} fontSize={11} />
            <YAxis yAxisId="hours" orientation="right" width={40} fontSize={11} />
            <Tooltip formatter={(value, key) => [key === 'hours' ? String(value) : formatMoney(Number(value)), name[String(key)] ?? String(key)]} />
            <Legend formatter={(key: string) => name[key] ?? key} />
            <Bar yAxisId="money" dataKey="gmvFen" fill="#4f46e5" />
            <Bar yAxisId="money" dataKey="netFen" fill="#10b981" />
            <Line yAxisId="hours" dataKey="hours" stroke="#f59e0b" strokeWidth={2} />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
