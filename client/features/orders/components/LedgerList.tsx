import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { Field } from '../../../components/ui/Field';
import { Input } from '../../../components/ui/Input';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { Table } from '../../../components/ui/Table';
import { formatMoney } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { useSearchState } from '../../../lib/search-state';
import { useFormatInstant } from '../../../lib/time-zone';
import { useLedger, type LedgerEntry } from '../api';
import { useHostNames } from '../lookups-api';

/** The commission ledger by booking period and host, with the sum of everything the filter matches. */
export function LedgerList() {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const { values, page, update, setPage } = useSearchState(['period', 'hostId'] as const);
  const ledger = useLedger({ page, period: /^\d{4}-\d{2}$/.test(values.period) ? values.period : '', hostId: values.hostId });
  const hostName = useHostNames(ledger.data?.items.map((e) => e.hostId) ?? []);

  return (
    <section>
      <PageHeader title={t('orders.ledger.title')} description={t('orders.ledger.description')} />
      <form role="search" onSubmit={(e) => e.preventDefault()} className="mb-4 flex flex-wrap items-end gap-3">
        <Field label={t('orders.ledger.fields.bookingPeriod')} className="w-44">
          {(c) => <Input {...c} type="month" value={values.period} onChange={(e) => update({ period: e.target.value })} />}
        </Field>
        <Field label={t('orders.filters.host')} className="w-60">
          {(c) => <HostPicker {...c} value={/^\d+$/.test(values.hostId) ? Number(values.hostId) : null} onChange={(id) => update({ hostId: id === null ? '' : String(id) })} />}
        </Field>
      </form>
      {ledger.isPending ? (
        <Spinner />
      ) : ledger.isError ? (
        <ErrorAlert error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        <>
          <p className="mb-3 text-sm text-slate-700">
            {t('orders.ledger.sum')} <strong data-testid="ledger-sum" className="text-lg tabular-nums text-slate-900">{formatMoney(ledger.data.sumFen)}</strong>
          </p>
          <Table<LedgerEntry>
            caption={t('orders.ledger.title')}
            columns={[
              { key: 'order', header: t('orders.ledger.fields.order'), cell: (e) => <Link to={paths.order(e.orderId)} className="text-indigo-700 hover:underline">#{e.orderId}</Link> },
              { key: 'host', header: t('orders.ledger.fields.host'), cell: (e) => <Link to={paths.host(e.hostId)} className="hover:underline">{hostName(e.hostId)}</Link> },
              { key: 'amount', header: t('orders.ledger.fields.amount'), cell: (e) => formatMoney(e.amountFen), className: 'text-right tabular-nums' },
              { key: 'eventAt', header: t('orders.ledger.fields.eventAt'), cell: (e) => formatInstant(e.eventAt), className: 'whitespace-nowrap' },
              { key: 'period', header: t('orders.ledger.fields.bookingPeriod'), cell: (e) => e.bookingPeriod },
            ]}
            rows={ledger.data.items}
            rowKey={(e) => e.id}
            emptyMessage={t('orders.ledger.empty')}
          />
          <Pagination page={ledger.data.page} pageSize={ledger.data.pageSize} total={ledger.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
