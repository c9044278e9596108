import { z } from 'zod';
import { orderStatuses } from '../../domain/ledger';
import { platforms } from '../../domain/roster';
import { schemaText } from '../../domain/text';
import { exportLanguage, isoDate, pageOf, pageQuery, period } from '../schemas';

/** The platforms orders come from: the importers' five (an account may be on more, see orderQuery). */
export const orderPlatforms = ['douyin', 'kuaishou', 'taobao', 'jd', 'wechat'] as const;
export type OrderPlatform = (typeof orderPlatforms)[number];

export const orderQuery = pageQuery.extend({
  // Every platform an account may be on: an order can be assigned to a Xiaohongshu or other account by hand.
  platform: z.enum(platforms).optional(),
  status: z.enum(orderStatuses).optional(),
  hostId: z.coerce.number().int().positive().optional(),
  sessionId: z.coerce.number().int().positive().optional(),
  accountId: z.coerce.number().int().positive().optional(),
  unmatched: z.enum(['true', 'false']).transform((v) => v === 'true').optional(),
  period: period.optional(),
  // Paid (the instant SPEC section 9 counts GMV by) on or after `from`, on or before `to`: agency dates, both included.
  // A from after to is refused (422) by the service: a refinement here would stop the schema being extended.
  from: isoDate.optional().describe('paid on or after this agency date (YYYY-MM-DD)'),
  to: isoDate.optional().describe('paid on or before this agency date (YYYY-MM-DD), not before from'),
});

const ledgerFilter = z.object({
  period: period.optional(),
  hostId: z.coerce.number().int().positive().optional(),
});
export const ledgerQuery = pageQuery.extend(ledgerFilter.shape);

export const ledgerExportQuery = ledgerFilter.extend(exportLanguage);

/** The orders list's filter without its page: what the subtotals sum and the export writes. */
export const orderFilterQuery = orderQuery.omit({ page: true, pageSize: true });
export const orderExportQuery = orderFilterQuery.extend(exportLanguage);
export type OrderFilterQuery = z.infer<typeof orderFilterQuery>;

/**
 * Subtotals are summed only over a filter that bounds the orders: a period or paid dates, a host, a session, an
 * account, or the unmatched ones. Unbounded, they would read every order ever imported on the request's thread
 * (about a second per 200,000 orders); the whole history by platform or host is the reports' job.
 */
export function boundsOrders(f: Partial<Record<'period' | 'from' | 'to' | 'hostId' | 'sessionId' | 'accountId' | 'unmatched', unknown>>): boolean {
  return [f.period, f.from, f.to, f.hostId, f.sessionId, f.accountId, f.unmatched].some((v) => v !== undefined && v !== '' && v !== false);
}

const orderFigures = z.object({
  orders: z.number(),
  gmvFen: z.number().describe('GMV of the orders not invalid'), estimatedCommissionFen: z.number().describe('of the orders not invalid'),
  settledCommissionFen: z.number(),
  refunds: z.number().describe('invalid orders with a refund instant'), refundsFen: z.number().describe('their GMV'),
});
export const orderSubtotalsView = orderFigures.extend({
  byPlatform: z.array(orderFigures.extend({ platform: z.enum(platforms) })).describe('largest GMV first'),
  byHost: z.array(orderFigures.extend({ hostId: z.number(), hostName: z.string() })).nullable()
    .describe("each host's part of the orders by its session share, largest GMV first; null when the list is one host's"),
});
export type OrderSubtotals = z.infer<typeof orderSubtotalsView>;

/** The unmatched queue grouped by platform and unknown identifier. */
export const unmatchedGroupQuery = pageQuery.extend({ platform: z.enum(platforms).optional() });

export const unmatchedGroupView = z.object({
  platform: z.enum(platforms), identifier: z.string().describe('the first account identifier the orders name'),
  identifiers: z.array(z.string()).describe('every identifier the rows name: an account created for the group takes them all'),
  orders: z.number(), gmvFen: z.number().describe('GMV waiting, invalid orders left out'), estimatedCommissionFen: z.number(),
  firstPaidAt: z.string().nullable(), lastPaidAt: z.string().nullable(),
});
export const unmatchedGroupPage = pageOf(unmatchedGroupView).extend({ orders: z.number().describe('unmatched orders in all groups') });

/**
 * Assigning a group: the identifier joins an existing account of the platform (`accountId`), or a new account
 * of the host (`newAccount`, for a host with none there); every order naming it is attributed.
 */
export const assignGroupBody = z.object({
  platform: z.enum(platforms),
  identifier: z.string().trim().min(1).max(128),
  accountId: z.number().int().positive().optional(),
  newAccount: z.object({ hostId: z.number().int().positive(), handle: z.string().trim().max(100).nullable().optional() }).strict().optional(),
}).strict().refine((b) => (b.accountId === undefined) !== (b.newAccount === undefined), {
  message: schemaText('Name either an account or a new account, not both', '请选择一个平台账号或新建账号，二者选一'), path: ['accountId'],
});
export const assignedGroupView = z.object({ accountId: z.number(), created: z.boolean(), attributed: z.number() });

/** Assigning an unmatched order: its identifier is added to the account, so later orders match too. */
export const assignBody = z.object({ accountId: z.number().int().positive() }).strict();

export type OrderQuery = z.infer<typeof orderQuery>;

export const orderView = z.object({
  id: z.number(),
  platform: z.enum(orderPlatforms),
  rowKey: z.string(),
  status: z.enum(orderStatuses),
  accountIdentifiers: z.array(z.string()),
  accountId: z.number().nullable(),
  sessionId: z.number().nullable(),
  hosts: z.array(z.object({ hostId: z.number(), shareBp: z.number() })).describe('the attributed hosts and their shares, in session order'),
  liveRoomId: z.string().nullable(),
  product: z.string(),
  quantity: z.number(),
  gmvFen: z.number(),
  commissionBaseFen: z.number(),
  commissionRateBp: z.number(),
  commissionRateRaw: z.string(),
  estimatedCommissionFen: z.number(),
  settledCommissionFen: z.number(),
  paidAt: z.string().nullable(),
  settledAt: z.string().nullable(),
  refundedAt: z.string().nullable(),
  importId: z.number().nullable(),
});

export const ledgerEntryView = z.object({
  id: z.number(), orderId: z.number(), hostId: z.number(), amountFen: z.number(), eventAt: z.string(), bookingPeriod: z.string(),
});

/** A ledger entry in the list: with the order's platform and the platform's own order number, and the host's name. */
export const ledgerListEntryView = ledgerEntryView.extend({
  platform: z.enum(orderPlatforms), platformOrderId: z.string(), orderStatus: z.enum(orderStatuses), hostName: z.string(),
});

export const ledgerSubtotalsView = z.object({
  totalFen: z.number(), entries: z.number(),
  byHost: z.array(z.object({ hostId: z.number(), hostName: z.string(), amountFen: z.number(), entries: z.number() })).describe('largest first'),
  byPeriod: z.array(z.object({ period: z.string(), amountFen: z.number(), entries: z.number() })).describe('newest first'),
});

export const orderDetailView = orderView.extend({
  raw: z.record(z.string(), z.unknown()).describe('the platform row exactly as it came'),
  ledger: z.array(ledgerEntryView.extend({ createdAt: z.string() })),
});

/** An unmatched order given to an account, and how many orders that attributed (it among them). */
export const assignedOrderView = orderDetailView.extend({ attributed: z.number() });

export const orderPage = pageOf(orderView);
export const ledgerPage = pageOf(ledgerListEntryView).extend({ sumFen: z.number().describe('the sum of every entry that matches, not only this page') });

export type Order = z.infer<typeof orderView>;
export type OrderDetail = z.infer<typeof orderDetailView>;
export type LedgerEntry = z.infer<typeof ledgerEntryView>;
export type LedgerListEntry = z.infer<typeof ledgerListEntryView>;
export type LedgerSubtotals = z.infer<typeof ledgerSubtotalsView>;
