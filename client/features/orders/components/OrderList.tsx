import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { DownloadLink } from '../../../components/ui/DownloadLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { useSearchState } from '../../../lib/search-state';
import { useViewer } from '../../../lib/viewer';
import { boundsOrders, orderPlatforms, orderStatuses, ordersExportUrl, useOrders, useOrderSubtotals, type OrderFilter } from '../api';
import { ORDER_FILTER_KEYS, OrderFilters } from './OrderFilters';
import { OrderSubtotals } from './OrderSubtotals';
import { OrderTable } from './OrderTable';
import { UnmatchedGroups } from './UnmatchedGroups';

const pick = <T extends string>(list: readonly T[], value: string): T | '' => (list.includes(value as T) ? (value as T) : '');
const digits = (value: string) => (/^\d+$/.test(value) ? value : '');

/** Imported orders, filtered and paged on the server; `?unmatched=true` is the queue, grouped by unknown account. */
export function OrderList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { values, page, update, setPage } = useSearchState(ORDER_FILTER_KEYS);
  const unmatched = values.unmatched === 'true';
  const date = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '');
  const filter: OrderFilter = {
    period: /^\d{4}-\d{2}$/.test(values.period) ? values.period : '', from: date(values.from), to: date(values.to),
    hostId: digits(values.hostId), sessionId: digits(values.sessionId),
    platform: pick(orderPlatforms, values.platform), status: pick(orderStatuses, values.status),
  };
  const orders = useOrders({ enabled: !unmatched, page, ...filter });
  // Subtotals over a bounded filter only (a period, dates, a host or a session): the whole history is the reports' job.
  const bounded = boundsOrders(filter);
  const subtotals = useOrderSubtotals(filter, !unmatched && bounded);
  // Paid dates that end before they start are flagged beside the fields; the server would refuse the file too.
  const exportable = !unmatched && !(filter.from && filter.to && filter.from > filter.to);
  const filtered = ORDER_FILTER_KEYS.some((key) => values[key] !== '');

  return (
    <section>
      <PageHeader
        title={unmatched ? t('orders.unmatchedTitle') : t('orders.title')}
        description={unmatched ? t('orders.unmatchedDescription') : t('orders.description')}
        actions={
          <div className="flex flex-wrap gap-2">
            {exportable && (
              <>
                <DownloadLink href={ordersExportUrl('xlsx', filter)}>{t('orders.export.xlsx')}</DownloadLink>
                <DownloadLink href={ordersExportUrl('csv', filter)}>{t('orders.export.csv')}</DownloadLink>
              </>
            )}
            <ButtonLink to={unmatched ? paths.orders : paths.unmatchedOrders}>{unmatched ? t('orders.allOrders') : t('orders.unmatchedTitle')}</ButtonLink>
          </div>
        }
      />
      <OrderFilters values={values} onChange={update} />
      {unmatched ? (
        <UnmatchedGroups platform={values.platform} page={page} onPageChange={setPage} canAssign={can(viewer?.role, 'orders.write')} />
      ) : orders.isPending ? (
        <Spinner />
      ) : orders.isError ? (
        <ErrorAlert error={orders.error} onRetry={() => void orders.refetch()} />
      ) : (
        <>
          {bounded
            ? subtotals.data && <OrderSubtotals subtotals={subtotals.data} filter={filter} />
            : <p data-testid="order-subtotals-hint" className="mb-4 text-sm text-slate-600">{t('orders.subtotals.needsBound')}</p>}
          <OrderTable orders={orders.data.items} emptyMessage={filtered ? t('orders.emptyFiltered') : t('orders.empty')} />
          <Pagination page={orders.data.page} pageSize={orders.data.pageSize} total={orders.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
