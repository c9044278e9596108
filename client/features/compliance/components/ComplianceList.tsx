import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { Table, type Column } from '../../../components/ui/Table';
import { paths } from '../../../lib/paths';
import { useSearchState } from '../../../lib/search-state';
import { useComplianceReport, type ComplianceRow } from '../api';
import { ComplianceIssueText } from './ComplianceIssueText';

const WINDOWS = ['30', '60', '90'] as const;

/** Every host with something missing on file or expiring within the window (30 days unless chosen otherwise). */
export function ComplianceList() {
  const { t } = useTranslation();
  const { values, page, update, setPage } = useSearchState(['within'] as const);
  const within = WINDOWS.includes(values.within as (typeof WINDOWS)[number]) ? values.within : '30';
  const report = useComplianceReport({ page, withinDays: Number(within) });

  const columns: Column<ComplianceRow>[] = [
    {
      key: 'host',
      header: t('compliance.fields.host'),
      cell: (r) => (
        <Link to={paths.host(r.hostId, 'compliance')} className="font-medium text-indigo-700 hover:underline">
          {r.stageName}
        </Link>
      ),
      className: 'whitespace-nowrap',
    },
    {
      key: 'issues',
      header: t('compliance.fields.issues'),
      cell: (r) => (
        <ul className="list-disc space-y-0.5 pl-4">
          {r.issues.map((issue, i) => (
            <li key={i}>
              <ComplianceIssueText issue={issue} />
            </li>
          ))}
        </ul>
      ),
    },
  ];

  return (
    <section>
      <PageHeader title={t('compliance.title')} description={t('compliance.description')} />
      <div className="mb-4 w-48">
        <Field label={t('compliance.window')}>
          {(c) => <Select {...c} options={WINDOWS.map((d) => ({ value: d, label: t('compliance.withinDays', { days: d }) }))} value={within} onChange={(e) => update({ within: e.target.value === '30' ? '' : e.target.value })} />}
        </Field>
      </div>
      {report.isPending ? (
        <Spinner />
      ) : report.isError ? (
        <ErrorAlert error={report.error} onRetry={() => void report.refetch()} />
      ) : (
        <>
          <Table caption={t('compliance.title')} columns={columns} rows={report.data.items} rowKey={(r) => r.hostId} emptyMessage={t('compliance.empty')} />
          <Pagination page={report.data.page} pageSize={report.data.pageSize} total={report.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
