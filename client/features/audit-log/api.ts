import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditEntry, type AuditEntry } from '../../../server/shared/api/audit';
import { userView } from '../../../server/shared/api/users';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type { AuditEntry };

const auditPageSchema = pageOf(auditEntry);

/** `from` and `to` are instants with an offset: the API refuses ambiguous local times. */
export type AuditLogParams = {
  page: number;
  pageSize?: number;
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: string | undefined;
  to?: string | undefined;
};

export function listAuditLog(params: AuditLogParams, signal?: AbortSignal) {
  return apiRequest(withQuery(apiPaths.auditLog, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: auditPageSchema, signal });
}

export function useAuditLog(params: AuditLogParams) {
  return useQuery({ queryKey: ['audit-log', params], queryFn: ({ signal }) => listAuditLog(params, signal), placeholderData: keepPreviousData });
}

const actorSchema = userView.pick({ id: true, email: true, name: true });

/** The people who can appear as actors, for the filter (this feature reads users itself: features stay apart). */
export function useActors() {
  return useQuery({
    queryKey: ['audit-log', 'actors'],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.users, { page: 1, pageSize: MAX_PAGE_SIZE }), { schema: pageOf(actorSchema), signal }),
    staleTime: 5 * 60_000,
  });
}
