import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailList } from '../../../components/ui/DetailList';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { Spinner } from '../../../components/ui/Spinner';
import { Table } from '../../../components/ui/Table';
import { addDays, formatLocalDate, formatMoney } from '../../../lib/format';
import { useTimeZone } from '../../../lib/time-zone';
import { fenToYuanString } from '../../../../server/domain/money';
import { useHostPerformance } from '../api';

const PerformanceChart = lazy(() => import('./PerformanceChart'));
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The first day of the month five months before today's: half a year of months by default. */
function sixMonthsBefore(today: string): string {
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7)) - 5;
  if (m <= 0) { m += 12; y -= 1; }
  return `${y}-${String(m).padStart(2, '0')}-01`;
}

/** A host's sessions, hours live, GMV per hour live, refund rate and statements over time (the host page's tab). */
export function HostPerformance({ hostId }: { hostId: number }) {
  const { t } = useTranslation();
  const today = formatLocalDate(new Date(), useTimeZone());
  const [range, setRange] = useState({ from: sixMonthsBefore(today), to: today });
  const perf = useHostPerformance(hostId, range.from, range.to);
  const set = (key: 'from' | 'to', value: string) => DATE.test(value) && value <= addDays(today, 366) && setRange((r) => ({ ...r, [key]: value }));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('reports.fields.from')} className="w-44">{(c) => <Input {...c} type="date" required value={range.from} onChange={(e) => set('from', e.target.value)} />}</Field>
        <Field label={t('reports.fields.to')} className="w-44">{(c) => <Input {...c} type="date" required value={range.to} onChange={(e) => set('to', e.target.value)} />}</Field>
      </div>
      {perf.isPending ? <Spinner /> : perf.isError ? <ErrorAlert error={perf.error} onRetry={() => void perf.refetch()} /> : (
        <>
          <DetailList rows={[
            [t('reports.performance.sessions'), perf.data.sessions],
            [t('reports.performance.hours'), fenToYuanString(Math.round((perf.data.minutesLive * 100) / 60))],
            [t('reports.columns.gmvFen'), formatMoney(perf.data.money.gmvFen)],
            [t('reports.performance.gmvPerHour'), perf.data.gmvPerHourFen === null ? '—' : formatMoney(perf.data.gmvPerHourFen)],
            [t('reports.performance.refundRate'), perf.data.refundRateBp === null ? '—' : `${fenToYuanString(perf.data.refundRateBp)}%`],
            [t('reports.columns.settledCommissionFen'), formatMoney(perf.data.money.settledCommissionFen)],
          ]} />
          <Suspense fallback={<Spinner />}><PerformanceChart months={perf.data.months} /></Suspense>
          {perf.data.statements && (
            <Table
              caption={t('reports.performance.statements')}
              columns={[
                { key: 'period', header: t('reports.performance.period'), cell: (s) => s.period },
                { key: 'status', header: t('reports.performance.status'), cell: (s) => t(`settlement.status.${s.status}`, { defaultValue: s.status }) },
                { key: 'payable', header: t('reports.columns.payableFen'), className: 'text-right tabular-nums', cell: (s) => formatMoney(s.payableFen) },
                { key: 'net', header: t('reports.columns.netFen'), className: 'text-right tabular-nums', cell: (s) => formatMoney(s.netFen) },
              ]}
              rows={perf.data.statements}
              rowKey={(s) => s.period}
              emptyMessage={t('reports.performance.noStatements')}
            />
          )}
        </>
      )}
    </div>
  );
}
