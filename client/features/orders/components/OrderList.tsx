import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { useSearchState } from '../../../lib/search-state';
import { useViewer } from '../../../lib/viewer';
import { orderPlatforms, orderStatuses, useOrders } from '../api';
import { ORDER_FILTER_KEYS, OrderFilters } from './OrderFilters';
import { OrderTable } from './OrderTable';
import { UnmatchedGroups } from './UnmatchedGroups';

const pick = <T extends string>(list: readonly T[], value: string): T | '' => (list.includes(value as T) ? (value as T) : '');

/** Imported orders, filtered and paged on the server; `?unmatched=true` is the queue, grouped by unknown account. */
export function OrderList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { values, page, update, setPage } = useSearchState(ORDER_FILTER_KEYS);
  const unmatched = values.unmatched === 'true';
  const period = /^\d{4}-\d{2}$/.test(values.period) ? values.period : '';
  const date = (text: string) => (/^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '');
  const orders = useOrders({
    enabled: !unmatched, page, period, from: date(values.from), to: date(values.to), hostId: values.hostId, sessionId: values.sessionId,
    platform: pick(orderPlatforms, values.platform), status: pick(orderStatuses, values.status),
  });
  const filtered = ORDER_FILTER_KEYS.some((key) => values[key] !== '');

  return (
    <section>
      <PageHeader
        title={unmatched ? t('orders.unmatchedTitle') : t('orders.title')}
        description={unmatched ? t('orders.unmatchedDescription') : t('orders.description')}
        actions={<ButtonLink to={unmatched ? paths.orders : paths.unmatchedOrders}>{unmatched ? t('orders.allOrders') : t('orders.unmatchedTitle')}</ButtonLink>}
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
          <OrderTable orders={orders.data.items} emptyMessage={filtered ? t('orders.emptyFiltered') : t('orders.empty')} />
          <Pagination page={orders.data.page} pageSize={orders.data.pageSize} total={orders.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
