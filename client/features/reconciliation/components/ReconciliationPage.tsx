import { useTranslation } from 'react-i18next';
import { Alert } from '../../../components/ui/Alert';
import { Badge } from '../../../components/ui/Badge';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Spinner } from '../../../components/ui/Spinner';
import { isApiPeriod, periodFromSearch } from '../../../lib/period';
import { useSearchState } from '../../../lib/search-state';
import { useTimeZone } from '../../../lib/time-zone';
import { useHostNames, useReconciliation } from '../api';
import { isSortKey } from '../table-logic';
import { PayoutSheetImport } from './PayoutSheetImport';
import { PitFeeTable } from './PitFeeTable';
import { ReconciliationTable } from './ReconciliationTable';

type Props = { canWrite: boolean; canReadDeals: boolean; canEditDeals: boolean };

/**
 * A period's reconciliation, one row per platform account (SPEC section 9), then the pit fees of the period's deals
 * for who may read deals; the period and the sort live in the URL.
 */
export function ReconciliationPage({ canWrite, canReadDeals, canEditDeals }: Props) {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const { values, update } = useSearchState(['period', 'sort', 'order'] as const);
  const period = periodFromSearch(values.period, new Date(), timeZone);
  const sort = isSortKey(values.sort) ? values.sort : 'platform';
  const order = values.order === 'desc' ? 'desc' : 'asc';
  const list = useReconciliation(period);
  const hostName = useHostNames(list.data?.items.map((i) => i.hostId) ?? []);
  const locked = list.data?.period === period && list.data.locked;

  return (
    <section className="space-y-5">
      <PageHeader title={t('reconciliation.title')} description={t('reconciliation.description')} actions={canWrite && <PayoutSheetImport />} />
      <div className="flex flex-wrap items-end gap-3">
        <Field label={t('reconciliation.fields.period')} className="w-44">
          {(c) => <Input {...c} type="month" required value={period} onChange={(e) => isApiPeriod(e.target.value) && update({ period: e.target.value })} />}
        </Field>
        {list.data?.period === period && (
          <div className="flex h-10 items-center">
            <Badge tone={locked ? 'neutral' : 'green'}>{t(locked ? 'reconciliation.locked' : 'reconciliation.open')}</Badge>
          </div>
        )}
      </div>
      {locked && <Alert tone="info">{t('reconciliation.lockedNotice', { period })}</Alert>}
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <ReconciliationTable
          period={period}
          items={list.data.items}
          hostName={hostName}
          sort={sort}
          order={order}
          onSort={(s, o) => update({ sort: s, order: o })}
        />
      )}
      <p className="text-xs text-slate-500">{t('reconciliation.legend')}</p>
      {canReadDeals && (
        <section aria-labelledby="reconciliation-pit-fees" className="space-y-3">
          <div>
            <h2 id="reconciliation-pit-fees" className="text-lg font-semibold text-slate-900">{t('reconciliation.pitFees.title')}</h2>
            <p className="text-sm text-slate-600">{t('reconciliation.pitFees.description')}</p>
          </div>
          <PitFeeTable period={period} canEditDeals={canEditDeals} />
        </section>
      )}
    </section>
  );
}
