import { z } from 'zod';
import { costKinds } from '../../domain/settlement';
import { schemaText } from '../../domain/text';
import { pageQuery, period } from '../schemas';

// A host's deductible costs for a period (SPEC section 8 step 3): ad spend 投流, samples 样品, other 其他.

const amountFen = z.number().int().min(1, schemaText('A cost is a positive number of fen', '成本须为正整数（分）'))
  .max(10_000_000_000, schemaText('At most 100,000,000 yuan', '最多 1 亿元'));
const note = z.string().trim().max(500);

export const costCreate = z.object({
  hostId: z.number().int().positive(), period, amountFen, kind: z.enum(costKinds), note: note.default(''),
}).strict();

export const costPatch = z.object({ period, amountFen, kind: z.enum(costKinds), note }).partial().strict();

export const costQuery = pageQuery.extend({
  period: period.optional(),
  hostId: z.coerce.number().int().positive().optional(),
  kind: z.enum(costKinds).optional(),
});

export const costView = z.object({
  id: z.number(), hostId: z.number(), period: z.string(), amountFen: z.number(), kind: z.enum(costKinds), note: z.string(),
  createdBy: z.number().nullable(), createdAt: z.string(), updatedAt: z.string(),
});

export type CostCreate = z.infer<typeof costCreate>;
export type CostPatch = z.infer<typeof costPatch>;
export type CostQuery = z.infer<typeof costQuery>;
export type CostView = z.infer<typeof costView>;
