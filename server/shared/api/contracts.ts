import { z } from 'zod';
import { contractStatuses } from '../../domain/contracts';
import { platforms } from '../../domain/roster';
import { contractTermsSchema } from '../../domain/terms';
import { isoDate, pageQuery } from '../schemas';

const platformList = z.array(z.enum(platforms)).max(platforms.length).transform((list) => [...new Set(list)]);
const number = z.string().trim().min(1).max(64);

export const contractCreate = z.object({
  hostId: z.number().int().positive(),
  number: number.optional(),
  startDate: isoDate,
  endDate: isoDate,
  status: z.enum(contractStatuses),
  exclusive: z.boolean().default(false),
  platforms: platformList.default([]),
  terms: contractTermsSchema,
}).strict();

// Terms are not here: they change only by amendment, so that every version stays on record.
export const contractPatch = z.object({
  number, startDate: isoDate, endDate: isoDate, status: z.enum(contractStatuses), exclusive: z.boolean(), platforms: platformList,
}).partial().strict();

export const amendmentCreate = z.object({ effectiveFrom: isoDate, terms: contractTermsSchema }).strict();

export const contractQuery = pageQuery.extend({
  hostId: z.coerce.number().int().positive().optional(),
  status: z.enum(contractStatuses).optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(366).optional(),
});

export const versionView = z.object({ version: z.number(), effectiveFrom: z.string(), terms: z.unknown(), createdAt: z.string() });

export const contractView = z.object({
  id: z.number(), hostId: z.number(), number: z.string(), startDate: z.string(), endDate: z.string(),
  status: z.enum(contractStatuses), exclusive: z.boolean(), platforms: z.array(z.enum(platforms)),
  terms: z.unknown().describe('the terms in force today (the first version before the start, the last after the end)'),
  currentVersion: z.number(), versions: z.array(versionView), createdAt: z.string(), updatedAt: z.string(),
});

export type ContractCreate = z.infer<typeof contractCreate>;
export type ContractPatch = z.infer<typeof contractPatch>;
export type AmendmentCreate = z.infer<typeof amendmentCreate>;
export type ContractQuery = z.infer<typeof contractQuery>;
