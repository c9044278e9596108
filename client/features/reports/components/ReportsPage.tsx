import { useTranslation } from 'react-i18next';
import { DownloadLink } from '../../../components/ui/DownloadLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { formatLocalDate } from '../../../lib/format';
import { apiPaths } from '../../../lib/paths';
import { useSearchState } from '../../../lib/search-state';
import { useTimeZone } from '../../../lib/time-zone';
import { reportDimensions } from '../../../../server/shared/api/reports';
import { useReport, type ReportDimension } from '../api';
import { defaultRange, isSortKey } from '../table-logic';
import { ReportTable } from './ReportTable';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** GMV, commission, refunds and host payouts by a dimension over a date range; the choice and the sort live in the URL. */
export function ReportsPage() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { values, update } = useSearchState(['by', 'from', 'to', 'sort', 'order'] as const);
  const range = defaultRange(formatLocalDate(new Date(), timeZone));
  const by: ReportDimension = reportDimensions.includes(values.by as ReportDimension) ? (values.by as ReportDimension) : 'host';
  const from = DATE.test(values.from) ? values.from : range.from;
  const to = DATE.test(values.to) ? values.to : range.to;
  const sort = isSortKey(values.sort) ? values.sort : 'gmvFen';
  const order = values.order === 'asc' ? 'asc' : 'desc';
  const report = useReport({ by, from, to });
  return (
    <section className="space-y-5">
      <PageHeader title={t('reports.title')} description={t('reports.description')}
        actions={<DownloadLink href={apiPaths.reportsExport({ by, from, to })}>{t('reports.export')}</DownloadLink>} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('reports.fields.by')} className="w-40">
          {(c) => <Select {...c} options={reportDimensions.map((d) => ({ value: d, label: t(`reports.by.${d}`) }))} value={by} onChange={(e) => update({ by: e.target.value, sort: '', order: '' })} />}
        </Field>
        <Field label={t('reports.fields.from')} className="w-44">
          {(c) => <Input {...c} type="date" required value={from} onChange={(e) => DATE.test(e.target.value) && update({ from: e.target.value })} />}
        </Field>
        <Field label={t('reports.fields.to')} className="w-44">
          {(c) => <Input {...c} type="date" required value={to} onChange={(e) => DATE.test(e.target.value) && update({ to: e.target.value })} />}
        </Field>
      </div>
      {report.isPending ? <Spinner /> : report.isError ? <ErrorAlert error={report.error} onRetry={() => void report.refetch()} /> : (
        <ReportTable report={report.data} sort={sort} order={order} onSort={(s, o) => update({ sort: s, order: o })} />
      )}
      <p className="text-xs text-slate-500">{t(by === 'brand' ? 'reports.legendBrand' : 'reports.legend')}</p>
    </section>
  );
}
