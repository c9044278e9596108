import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { auditEntry, type AuditEntry } from '../../../server/shared/api/audit';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE } from '../../lib/pagination';
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
