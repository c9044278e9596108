import { z } from 'zod';
import { orderStatuses } from '../../domain/ledger';
import { platforms } from '../../domain/roster';
import { pageQuery, period } from '../schemas';

export const orderQuery = pageQuery.extend({
  // Every platform an account may be on: an order can be assigned to a Xiaohongshu or other account by hand.
  platform: z.enum(platforms).optional(),
  status: z.enum(orderStatuses).optional(),
  hostId: z.coerce.number().int().positive().optional(),
  sessionId: z.coerce.number().int().positive().optional(),
  accountId: z.coerce.number().int().positive().optional(),
  unmatched: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  period: period.optional(),
});

export const ledgerQuery = pageQuery.extend({
  period: period.optional(),
  hostId: z.coerce.number().int().positive().optional(),
});

/** Assigning an unmatched order: its identifier is added to the account, so later orders match too. */
export const assignBody = z.object({ accountId: z.number().int().positive() }).strict();

export type OrderQuery = z.infer<typeof orderQuery>;
