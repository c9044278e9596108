import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { orderStatuses, type OrderStatus } from '../../../server/domain/ledger';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, pageSchema, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export { orderStatuses, type OrderStatus };

/** The platforms orders come from (the importers' five; the roster knows more). */
export const orderPlatforms = ['douyin', 'kuaishou', 'taobao', 'jd', 'wechat'] as const;
export type OrderPlatform = (typeof orderPlatforms)[number];

const orderHostSchema = z.object({ hostId: z.number(), shareBp: z.number() });

export const orderSchema = z.object({
  id: z.number(),
  platform: z.enum(orderPlatforms),
  rowKey: z.string(),
  status: z.enum(orderStatuses),
  accountIdentifiers: z.array(z.string()),
  accountId: z.number().nullable(),
  sessionId: z.number().nullable(),
  hosts: z.array(orderHostSchema),
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
export type Order = z.infer<typeof orderSchema>;

export const ledgerEntrySchema = z.object({
  id: z.number(), orderId: z.number(), hostId: z.number(), amountFen: z.number(), eventAt: z.string(), bookingPeriod: z.string(),
});
export type LedgerEntry = z.infer<typeof ledgerEntrySchema>;

/** The platform's row exactly as it came: any JSON. */
const rawSchema = z.record(z.string(), z.unknown());
const orderDetailSchema = orderSchema.extend({ raw: rawSchema, ledger: z.array(ledgerEntrySchema) });
export type OrderDetail = z.infer<typeof orderDetailSchema>;

export type OrderListParams = {
  page: number; platform?: OrderPlatform | ''; status?: OrderStatus | ''; hostId?: string; sessionId?: string; period?: string; unmatched?: boolean;
};

export const orderKeys = {
  all: ['orders'] as const,
  list: (params: OrderListParams) => ['orders', 'list', params] as const,
  one: (id: Id) => ['orders', 'one', String(id)] as const,
};

export function useOrders({ unmatched, ...params }: OrderListParams) {
  return useQuery({
    queryKey: orderKeys.list({ unmatched, ...params }),
    queryFn: ({ signal }) =>
      apiRequest(withQuery(apiPaths.orders, { pageSize: DEFAULT_PAGE_SIZE, ...params, unmatched: unmatched ? 'true' : undefined }), { schema: pageSchema(orderSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: Id) {
  return useQuery({ queryKey: orderKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.order(id), { schema: orderDetailSchema, signal }) });
}

const assignedSchema = orderDetailSchema.extend({ attributed: z.number() });

/** Gives an unmatched order's identifier to an account; every order naming it is attributed, and the ledger moves. */
export function useAssignOrder(orderId: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: number) => apiRequest(apiPaths.orderAssign(orderId), { method: 'POST', body: { accountId }, schema: assignedSchema }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: orderKeys.all }), queryClient.invalidateQueries({ queryKey: ['ledger'] })]),
  });
}

const ledgerPageSchema = pageSchema(ledgerEntrySchema).extend({ sumFen: z.number() });

export type LedgerParams = { page: number; period?: string; hostId?: string };

export function useLedger(params: LedgerParams) {
  return useQuery({
    queryKey: ['ledger', params],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.ledger, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: ledgerPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}
