import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HostPicker } from '../../../components/pickers/HostPicker';
import { DownloadLink } from '../../../components/ui/DownloadLink';
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
import { ledgerExportUrl, useLedger, useLedgerSubtotals, type LedgerListEntry } from '../api';
import { useOrderLabels } from '../labels';
import { LedgerSubtotals } from './LedgerSubtotals';

/** The commission ledger, newest first: the platform's order numbers, subtotals by host and period, and exports of the filter. */
export function LedgerList() {
  const { t } = useTranslation();
  const formatInstant = useFormatInstant();
  const labels = useOrderLabels();
  const { values, page, update, setPage } = useSearchState(['period', 'hostId'] as const);
  const filter = { period: /^\d{4}-\d{2}$/.test(values.period) ? values.period : '', hostId: /^\d+$/.test(values.hostId) ? values.hostId : '' };
  const ledger = useLedger({ page, ...filter });
  const subtotals = useLedgerSubtotals(filter);

  return (
    <section>
      <PageHeader
        title={t('orders.ledger.title')}
        description={t('orders.ledger.description')}
        actions={
          <div className="flex gap-2">
            <DownloadLink href={ledgerExportUrl('xlsx', filter)}>{t('orders.export.xlsx')}</DownloadLink>
            <DownloadLink href={ledgerExportUrl('csv', filter)}>{t('orders.export.csv')}</DownloadLink>
          </div>
        }
      />
      <form role="search" onSubmit={(e) => e.preventDefault()} className="mb-4 flex flex-wrap items-end gap-3">
        <Field label={t('orders.ledger.fields.bookingPeriod')} className="w-44">
          {(c) => <Input {...c} type="month" value={values.period} onChange={(e) => update({ period: e.target.value })} />}
        </Field>
        <Field label={t('orders.filters.host')} className="w-60">
          {(c) => <HostPicker {...c} value={filter.hostId ? Number(filter.hostId) : null} onChange={(id) => update({ hostId: id === null ? '' : String(id) })} />}
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
            <span className="ml-2 text-slate-500">{t('orders.ledger.entries', { count: ledger.data.total })}</span>
          </p>
          {subtotals.data && <LedgerSubtotals subtotals={subtotals.data} period={filter.period} />}
          <Table<LedgerListEntry>
            caption={t('orders.ledger.title')}
            columns={[
              { key: 'eventAt', header: t('orders.ledger.fields.eventAt'), cell: (e) => formatInstant(e.eventAt), className: 'whitespace-nowrap' },
              { key: 'platform', header: t('orders.fields.platform'), cell: (e) => labels.platform(e.platform), className: 'whitespace-nowrap' },
              { key: 'order', header: t('orders.ledger.fields.platformOrderId'), cell: (e) => <Link to={paths.order(e.orderId)} className="font-mono text-indigo-700 hover:underline">{e.platformOrderId}</Link> },
              { key: 'status', header: t('orders.fields.status'), cell: (e) => labels.status(e.orderStatus), className: 'whitespace-nowrap' },
              { key: 'host', header: t('orders.ledger.fields.host'), cell: (e) => <Link to={paths.host(e.hostId)} className="hover:underline">{e.hostName}</Link>, className: 'whitespace-nowrap' },
              { key: 'amount', header: t('orders.ledger.fields.amount'), cell: (e) => formatMoney(e.amountFen), className: 'text-right tabular-nums' },
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
