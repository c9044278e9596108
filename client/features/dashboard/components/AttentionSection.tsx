import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../../lib/paths';
import type { DashboardView } from '../api';
import { FigureCard } from './FigureCard';

/** What expires or waits: each count opens its list, filtered; a section the role may not read is not there. */
export function AttentionSection({ data }: { data: DashboardView }) {
  const { t } = useTranslation();
  const warn = (n: number) => (n > 0 ? 'warn' : 'normal');
  const awaiting = data.statementsAwaitingApproval;
  return (
    <section aria-labelledby="dashboard-attention">
      <h2 id="dashboard-attention" className="mb-3 text-lg font-semibold text-slate-900">{t('dashboard.attention')}</h2>
      <div className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
        {data.contractsExpiring !== undefined && (
          <FigureCard testId="figure-contracts" label={t('dashboard.contractsExpiring')} value={data.contractsExpiring} tone={warn(data.contractsExpiring)} to={paths.contractsEnding} />
        )}
        {data.qualificationsExpiring !== undefined && (
          <FigureCard testId="figure-qualifications" label={t('dashboard.qualificationsExpiring')} value={data.qualificationsExpiring} tone={warn(data.qualificationsExpiring)} to={paths.compliance} />
        )}
        {data.unmatchedOrders !== undefined && (
          <FigureCard testId="figure-unmatched" label={t('dashboard.unmatchedOrders')} value={data.unmatchedOrders} tone={warn(data.unmatchedOrders)} to={paths.ordersOf({ unmatched: true })} />
        )}
        {data.failedImports !== undefined && (
          <FigureCard testId="figure-failed-imports" label={t('dashboard.failedImports')} value={data.failedImports} tone={warn(data.failedImports)} to={paths.importsWithStatus('failed')} />
        )}
        {data.reconciliation !== undefined && (
          <FigureCard testId="figure-mismatches" label={t('dashboard.commissionMismatches', { period: data.reconciliation.period })}
            value={data.reconciliation.commissionMismatches} tone={warn(data.reconciliation.commissionMismatches)} to={paths.reconciliationOf(data.reconciliation.period)} />
        )}
        {awaiting !== undefined && (
          <div data-testid="figure-statements" className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-600">{t('dashboard.statementsAwaiting')}</p>
            {awaiting.length === 0 ? <p className="mt-1 text-2xl font-semibold text-slate-900">0</p> : (
              <ul className="mt-1 space-y-0.5">
                {awaiting.map((p) => (
                  <li key={p.period}>
                    <Link to={paths.statementsOf(p.period, 'draft')} className="text-lg font-semibold text-indigo-700 tabular-nums hover:underline">
                      {t('dashboard.statementsOfPeriod', { period: p.period, count: p.count })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
