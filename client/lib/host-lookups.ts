import { useQueries, useQuery } from '@tanstack/react-query';
import { hostView } from '../../server/shared/api/hosts';
import { pageOf } from '../../server/shared/schemas';
import { apiRequest } from './api';
import { MAX_PAGE_SIZE } from './pagination';
import { apiPaths, withQuery } from './paths';

// Hosts named by id on pages of other features (contracts, costs, orders, reconciliation): one place, since
// features do not import each other.

const hostNameSchema = hostView.pick({ id: true, stageName: true, legalName: true });

/** A name for any host id on the page, from the roster's first 200 (an agency's roster); hosts are picked with the HostPicker. */
export function useRosterNames() {
  const hosts = useQuery({
    queryKey: ['hosts', 'names'],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.hosts, { page: 1, pageSize: MAX_PAGE_SIZE }), { schema: pageOf(hostNameSchema), signal }),
  });
  const items = hosts.data?.items ?? [];
  return { name: (id: number) => items.find((h) => h.id === id)?.stageName ?? `#${id}` };
}

/** Stage names of the hosts on a page, one cached request per host; an unreadable host shows as its id. */
export function useHostNames(ids: readonly number[]): (id: number) => string {
  const unique = [...new Set(ids)].filter((id) => id > 0);
  const results = useQueries({
    queries: unique.map((id) => ({
      queryKey: ['hosts', 'one', String(id), 'name'],
      queryFn: ({ signal }: { signal: AbortSignal }) => apiRequest(apiPaths.host(id), { schema: hostNameSchema, signal }),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map(results.flatMap((r) => (r.data ? [[r.data.id, r.data.stageName] as const] : [])));
  return (id) => names.get(id) ?? `#${id}`;
}
