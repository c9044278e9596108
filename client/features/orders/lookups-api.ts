import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { accountView } from '../../../server/shared/api/accounts';
import { sessionView } from '../../../server/shared/api/sessions';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { MAX_PAGE_SIZE } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

// What orders name by id (hosts, accounts, sessions), read from the roster's and the schedule's endpoints with
// only the fields shown here. Kept apart from those features: features do not import each other.

const accountRefSchema = accountView.pick({ id: true, hostId: true, platform: true, identifiers: true, handle: true, archived: true });
export type AccountRef = z.infer<typeof accountRefSchema>;
const sessionRefSchema = sessionView.pick({ id: true, title: true, startsAt: true, endsAt: true });

export { useHostNames } from '../../lib/host-lookups';

export function useAccountsOfHost(hostId: number | null) {
  return useQuery({
    queryKey: ['hosts', 'accounts', String(hostId), 'ref'],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.hostAccounts(hostId ?? 0), { pageSize: MAX_PAGE_SIZE }), { schema: pageOf(accountRefSchema), signal }),
    enabled: hostId !== null,
  });
}

export function useAccount(id: number | null) {
  return useQuery({
    queryKey: ['accounts', 'one', String(id), 'ref'],
    queryFn: ({ signal }) => apiRequest(apiPaths.account(id ?? 0), { schema: accountRefSchema, signal }),
    enabled: id !== null,
  });
}

export function useSession(id: number | null) {
  return useQuery({
    queryKey: ['sessions', 'one', String(id), 'ref'],
    queryFn: ({ signal }) => apiRequest(apiPaths.session(id ?? 0), { schema: sessionRefSchema, signal }),
    enabled: id !== null,
  });
}
