import { z } from 'zod';
import { instant, pageQuery } from '../schemas';

export const auditQuery = pageQuery.extend({
  entity: z.string().max(64).optional(),
  entityId: z.string().max(64).optional(),
  actorId: z.coerce.number().int().positive().optional(),
  action: z.string().max(64).optional(),
  from: instant.optional(),
  to: instant.optional(),
});

export const auditEntry = z.object({
  id: z.number(), at: z.string(), actorId: z.number().nullable(), actorEmail: z.string().nullable(),
  actorName: z.string().nullable().describe('The acting user\'s name (null for the system)'),
  action: z.string(), entity: z.string(), entityId: z.string().nullable(), before: z.unknown(), after: z.unknown(),
});

export type AuditEntry = z.infer<typeof auditEntry>;
