import { z } from 'zod';
import { categories } from '../../domain/roster';
import { isoDate, pageQuery } from '../schemas';

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

/** The kinds server/domain/compliance.ts reports; a reader that meets an unknown kind still lists it, by its name. */
export const complianceIssue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('missing_birth_date') }),
  z.object({ kind: z.literal('not_real_name_verified') }),
  z.object({ kind: z.literal('missing_guardian_consent'), age: z.number() }),
  z.object({ kind: z.literal('qualification_expiring'), qualificationId: z.number(), category: z.string(), expiresOn: z.string(), expired: z.boolean() }),
  z.object({ kind: z.literal('contract_expiring'), contractId: z.number(), number: z.string(), endDate: z.string() }),
]).or(z.object({ kind: z.string() }));

export const complianceView = z.object({
  hostId: z.number(), stageName: z.string(), status: z.string(),
  issues: z.array(complianceIssue),
});

export type QualificationCreate = z.infer<typeof qualificationCreate>;
export type Qualification = z.infer<typeof qualificationView>;
export type ComplianceIssue = z.infer<typeof complianceIssue>;
export type ComplianceRow = z.infer<typeof complianceView>;
export type ComplianceQuery = z.infer<typeof complianceQuery>;
