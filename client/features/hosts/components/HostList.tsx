import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/ui/ButtonLink';
import { ErrorAlert } from '../../../components/ui/ErrorAlert';
import { PageHeader } from '../../../components/ui/PageHeader';
import { Pagination } from '../../../components/ui/Pagination';
import { Spinner } from '../../../components/ui/Spinner';
import { paths } from '../../../lib/paths';
import { can } from '../../../lib/permissions';
import { categories, hostStatuses, platforms } from '../../../lib/roster-labels';
import { useSearchState } from '../../../lib/search-state';
import { useViewer } from '../../../lib/viewer';
import { hostsExportUrl, useHosts, type HostListParams, type HostSort } from '../api';
import { HostBulkActions } from './HostBulkActions';
import { HOST_FILTER_KEYS, HostFilters } from './HostFilters';
import { HostTable } from './HostTable';

const FILTERS = ['q', 'status', 'agentId', 'platform', 'tier', 'category'] as const;
const SORTS: readonly HostSort[] = ['stageName', 'joinDate', 'createdAt'];
const pick = <T extends string>(list: readonly T[], value: string): T | '' => (list.includes(value as T) ? (value as T) : '');

/** The roster: search by name, handle or identifier, filter, sort, page; everything in the URL. */
export function HostList() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { values, page, update, setPage } = useSearchState(HOST_FILTER_KEYS);
  const sort = pick(SORTS, values.sort) || 'stageName';
  const order = values.order === 'desc' ? 'desc' : 'asc';
  const params: HostListParams = {
    page, q: values.q, tier: values.tier, agentId: values.agentId, sort, order, archived: values.archived === 'include' ? 'include' : undefined,
    status: pick(hostStatuses, values.status), platform: pick(platforms, values.platform), category: pick(categories, values.category),
  };
  const hosts = useHosts(params);
  const canWrite = can(viewer?.role, 'hosts.write');

  return (
    <section>
      <PageHeader
        title={t('hosts.title')}
        description={t('hosts.description')}
        actions={
          <>
            <HostBulkActions canWrite={canWrite} exportUrl={hostsExportUrl(params)} />
            {canWrite && (
              <ButtonLink to={paths.hostNew} variant="primary">
                {t('hosts.new')}
              </ButtonLink>
            )}
          </>
        }
      />
      <HostFilters key={values.q} values={values} onChange={update} />
      {hosts.isPending ? (
        <Spinner />
      ) : hosts.isError ? (
        <ErrorAlert error={hosts.error} onRetry={() => void hosts.refetch()} />
      ) : (
        <>
          <HostTable hosts={hosts.data.items} sort={sort} order={order} onSort={(s, o) => update({ sort: s, order: o })} filtered={FILTERS.some((key) => values[key] !== '')} />
          <Pagination page={hosts.data.page} pageSize={hosts.data.pageSize} total={hosts.data.total} onPageChange={setPage} />
        </>
      )}
    </section>
  );
}
