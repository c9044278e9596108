import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../../components/ui/Alert';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { DetailList } from '../../../components/ui/DetailList';
import { DownloadLink } from '../../../components/ui/DownloadLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { formatMoney } from '../../../lib/format';
import { apiPaths, paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { useViewer } from '../../../lib/viewer';
import { useStatement, type StatementDetail } from '../api';
import { usePeriodState } from '../periods-api';
import { ExplainedLines } from './ExplainedLines';
import { StatementActions } from './StatementActions';
import { StatementAdjustments } from './StatementAdjustments';
import { useStatementFacts } from './statement-facts';

/** One host's statement for one period: who, which terms, every line and why, adjustments, approval and payment. */
export function StatementShow({ id }: { id: string }) {
  const statement = useStatement(id);
  if (statement.isPending) return <Spinner />;
  if (statement.isError) return <ErrorAlert error={statement.error} onRetry={() => void statement.refetch()} />;
  return <StatementPage statement={statement.data} />;
}

function StatementPage({ statement: s }: { statement: StatementDetail }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const facts = useStatementFacts(s, (names) => <Link to={paths.host(s.hostId, 'statements')} className="text-indigo-700 hover:underline">{names}</Link>);
  const name = s.host?.stageName ?? `#${s.hostId}`;
  // Nothing in a closed period changes (409 period_locked): no adjusting, approving or paying is offered.
  const closed = usePeriodState(s.period) === 'closed';
  return (
    <section className="space-y-6">
      <PageHeader
        title={t('settlement.statementTitle', { name, period: s.period })}
        description={t('settlement.statementNet', { net: formatMoney(s.netFen) })}
        actions={
          <>
            <ButtonLink to={paths.settlementOf(s.period)}>{t('settlement.backToPeriod', { period: s.period })}</ButtonLink>
            <DownloadLink href={apiPaths.statementExport(s.id)}>{t('settlement.exportStatement')}</DownloadLink>
            <ButtonLink to={paths.statementPrint(s.id)}>{t('settlement.print.open')}</ButtonLink>
          </>
        }
      />
      {closed && <Alert tone="info">{t('settlement.closedNotice', { period: s.period })}</Alert>}
      <StatementActions statement={s} canApprove={!closed && can(viewer?.role, 'statements.approve')} />
      <DetailList rows={facts} />
      <section aria-labelledby="lines" className="rounded-lg border border-slate-200 bg-white p-5">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="lines" className="text-base font-semibold text-slate-900">{t('settlement.linesTitle')}</h2>
          <Link to={paths.ledgerOf(s.period, s.hostId)} className="text-sm text-indigo-700 hover:underline">{t('settlement.ledgerLink')}</Link>
        </div>
        <ExplainedLines detail={s} caption={t('settlement.linesTitle')} />
      </section>
      <StatementAdjustments statement={s} canWrite={!closed && can(viewer?.role, 'statements.write')} />
    </section>
  );
}
