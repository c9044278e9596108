import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, idSchema, MAX_PAGE_SIZE, pageSchema } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export const auditEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  actorId: idSchema.nullish(),
  actorEmail: z.string().nullish(),
  action: z.string(),
  entity: z.string(),
  entityId: idSchema.nullish(),
  before: z.unknown().nullish(),
  after: z.unknown().nullish(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

const auditPageSchema = pageSchema(auditEntrySchema);

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

const actorSchema = z.object({ id: idSchema, email: z.string(), name: z.string() });

/** The people who can appear as actors, for the filter (this feature reads users itself: features stay apart). */
export function useActors() {
  return useQuery({
    queryKey: ['audit-log', 'actors'],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.users, { page: 1, pageSize: MAX_PAGE_SIZE }), { schema: pageSchema(actorSchema), signal }),
    staleTime: 5 * 60_000,
  });
}
