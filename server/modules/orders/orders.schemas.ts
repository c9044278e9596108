import { z } from 'zod';
import { orderStatuses } from '../../domain/ledger';
import { pageQuery, period } from '../../shared/schemas';

export const orderQuery = pageQuery.extend({
  platform: z.enum(['douyin', 'kuaishou', 'taobao', 'jd', 'wechat']).optional(),
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
