import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { instant, pageOf, pageQuery } from '../../shared/schemas';
import { searchAudit } from './audit.service';

const auditQuery = pageQuery.extend({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  action: z.string().max(64).optional(),
  from: instant.optional(),
  to: instant.optional(),
});

const auditEntry = z.object({
  id: z.number(), at: z.string(), actorId: z.number().nullable(), actorEmail: z.string().nullable(),
  action: z.string(), entity: z.string(), entityId: z.string().nullable(), before: z.unknown(), after: z.unknown(),
});

export function auditRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/audit-log', tag: 'audit', access: 'audit.read',
      summary: 'Browse the audit log, newest first',
      query: auditQuery, response: pageOf(auditEntry),
      handler: ({ query }) => searchAudit(deps, query),
    }),
  ];
}
