import { z } from 'zod';
import { dealStatuses } from '../../domain/deals';
import { categories } from '../../domain/roster';
import { bp, isoDate, pageQuery } from '../schemas';

const dealFields = {
  brandId: z.number().int().positive(),
  // The sessions the slot is sold in, in order: the pit fee is divided among them, earlier sessions first.
  sessionIds: z.array(z.number().int().positive()).max(100),
  pitFeeFen: z.number().int().min(0),
  category: z.enum(categories).nullable(),
  commissionRateBp: bp.nullable(),
  status: z.enum(dealStatuses),
  notes: z.string().max(5000),
  // The brand's invoice for the pit fee and its payment, for reconciliation (pit fees invoiced against received).
  invoicedOn: isoDate.nullable(),
  dueOn: isoDate.nullable(),
  receivedFen: z.number().int().min(0).max(100_000_000_000),
  receivedOn: isoDate.nullable(),
};

export const dealCreate = z.object(dealFields).partial()
  .required({ brandId: true, pitFeeFen: true, status: true }).strict();
export const dealPatch = z.object(dealFields).partial().strict();

export const dealQuery = pageQuery.extend({
  brandId: z.coerce.number().int().positive().optional(),
  status: z.enum(dealStatuses).optional(),
  category: z.enum(categories).optional(),
});

export const dealView = z.object({
  id: z.number(), brandId: z.number(), sessionIds: z.array(z.number()), pitFeeFen: z.number(),
  category: z.enum(categories).nullable(), commissionRateBp: z.number().nullable(), status: z.enum(dealStatuses),
  notes: z.string(), invoicedOn: z.string().nullable(), dueOn: z.string().nullable(), receivedFen: z.number(), receivedOn: z.string().nullable(),
  createdAt: z.string(), updatedAt: z.string(),
});

export type DealCreate = z.infer<typeof dealCreate>;
export type DealPatch = z.infer<typeof dealPatch>;
export type DealQuery = z.infer<typeof dealQuery>;
