import { z } from 'zod';
import { formatInstant } from '../../domain/periods';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { instant, pageOf, pageQuery } from '../../shared/schemas';
import { currentSettings } from '../settings/settings.service';
import { listAudit } from './audit.repo';

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
      handler: ({ query }) => {
        const { page, pageSize, ...filter } = query;
        const { timezone } = currentSettings(deps);
        const { items, total } = listAudit(deps.db, filter, page, pageSize);
        return { items: items.map((e) => ({ ...e, at: formatInstant(e.at, timezone) })), total, page, pageSize };
      },
    }),
  ];
}
