import { useTranslation } from 'react-i18next';
import { idText, pickedId } from '../../../components/pickers/picker-query';
import { StaffPicker } from '../../../components/pickers/StaffPicker';
import { Alert } from '../../../components/ui/Alert';
import { Badge } from '../../../components/ui/Badge';
import { DownloadLink } from '../../../components/ui/DownloadLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { RefusalAlert } from '../../../components/ui/RefusalAlert';
import { Select } from '../../../components/ui/Select';
import { Spinner } from '../../../components/ui/Spinner';
import { apiPaths } from '../../../lib/paths';
import { isApiPeriod, periodFromSearch } from '../../../lib/period';
import { useSearchState } from '../../../lib/search-state';
import { useTimeZone } from '../../../lib/time-zone';
import { useLastRun, useRunSettlement, useStatements } from '../api';
import { statementStatuses, useStatementLabels, type StatementStatus } from '../labels';
import { usePeriodState } from '../periods-api';
import { RunSettlementButton } from './RunSettlementButton';
import { RunSummary } from './RunSummary';
import { StatementTable } from './StatementTable';

/** One period's settlement: run it, read the last run, and review its statements (filter by status and agent). */
export function SettlementPage({ canRun, canReadRuns }: { canRun: boolean; canReadRuns: boolean }) {
  const { t } = useTranslation();
  const label = useStatementLabels();
  const timeZone = useTimeZone();
  const { values, page, update, setPage } = useSearchState(['period', 'status', 'agentId'] as const);
  const period = periodFromSearch(values.period, new Date(), timeZone);
  const status = statementStatuses.includes(values.status as StatementStatus) ? (values.status as StatementStatus) : '';
  const statements = useStatements({ page, period, status, agentId: values.agentId });
  const lastRun = useLastRun(period, canReadRuns);
  const run = useRunSettlement();
  const closed = usePeriodState(period) === 'closed';

  return (
    <section className="space-y-5">
      <PageHeader
        title={t('settlement.title')}
        description={t('settlement.description')}
        actions={
          <>
            <DownloadLink href={apiPaths.statementsExport(period, 'xlsx')}>{t('settlement.exportXlsx')}</DownloadLink>
            <DownloadLink href={apiPaths.statementsExport(period, 'csv')}>{t('settlement.exportCsv')}</DownloadLink>
            {canRun && <RunSettlementButton period={period} disabled={closed} run={run} />}
          </>
        }
      />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('settlement.fields.period')} className="w-44">
          {(c) => <Input {...c} type="month" required value={period} onChange={(e) => isApiPeriod(e.target.value) && update({ period: e.target.value })} />}
        </Field>
        <div className="flex h-10 items-center">
          <Badge tone={closed ? 'neutral' : 'green'}>{t(closed ? 'periods.status.closed' : 'periods.status.open')}</Badge>
        </div>
        <Field label={t('settlement.fields.status')} className="w-36">
          {(c) => <Select {...c} options={label.statusOptions} placeholder={t('common.all')} value={status} onChange={(e) => update({ status: e.target.value })} />}
        </Field>
        <Field label={t('settlement.fields.agent')} className="w-44">
          {(c) => <StaffPicker {...c} placeholder={t('common.all')} value={pickedId(values.agentId)} onChange={(id) => update({ agentId: idText(id) })} />}
        </Field>
      </div>
      {closed && <Alert tone="info">{t('settlement.closedNotice', { period })}</Alert>}
      {run.isPending && <Alert tone="info">{t('settlement.run.running', { period })}</Alert>}
      {run.isError && <RefusalAlert error={run.error} title={t('settlement.run.failed')} />}
      {lastRun.data ? <RunSummary run={lastRun.data} /> : lastRun.isSuccess && <p className="text-sm text-slate-600">{t('settlement.run.none', { period })}</p>}
      <div>
        <h2 className="mb-3 text-base font-semibold text-slate-900">{t('settlement.statementsTitle')}</h2>
        {statements.isPending ? (
          <Spinner />
        ) : statements.isError ? (
          <ErrorAlert error={statements.error} onRetry={() => void statements.refetch()} />
        ) : (
          <>
            <StatementTable statements={statements.data.items} emptyMessage={t('settlement.empty', { period })} />
            <Pagination page={statements.data.page} pageSize={statements.data.pageSize} total={statements.data.total} onPageChange={setPage} />
          </>
        )}
      </div>
    </section>
  );
}
