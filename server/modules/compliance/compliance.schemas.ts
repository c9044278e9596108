import { z } from 'zod';
import { categories } from '../../domain/roster';
import { isoDate, pageQuery } from '../../shared/schemas';

export const qualificationCreate = z.object({
  category: z.enum(categories),
  certificateNumber: z.string().trim().min(1).max(64),
  expiresOn: isoDate,
}).strict();

export const qualificationView = z.object({
  id: z.number(), hostId: z.number(), category: z.enum(categories), certificateNumber: z.string(),
  expiresOn: z.string(), valid: z.boolean().describe('not expired today'), createdAt: z.string(),
});

export const complianceQuery = pageQuery.extend({
  withinDays: z.coerce.number().int().min(0).max(366).default(30),
  hostId: z.coerce.number().int().positive().optional(),
});

export const complianceView = z.object({
  hostId: z.number(), stageName: z.string(), status: z.string(),
  issues: z.array(z.object({ kind: z.string() }).loose()),
});

export type QualificationCreate = z.infer<typeof qualificationCreate>;
export type ComplianceQuery = z.infer<typeof complianceQuery>;
