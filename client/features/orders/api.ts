import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { orderStatuses, type OrderStatus } from '../../../server/domain/ledger';
import {
  assignedOrderView, ledgerPage, ledgerSubtotalsView, orderDetailView, orderPage, orderPlatforms,
  type LedgerEntry, type LedgerListEntry, type Order, type OrderDetail, type OrderPlatform,
} from '../../../server/shared/api/ledger';
import { apiRequest } from '../../lib/api';
import { currentLanguage } from '../../lib/i18n';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export { orderPlatforms, orderStatuses, type LedgerEntry, type LedgerListEntry, type Order, type OrderDetail, type OrderPlatform, type OrderStatus };

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
      apiRequest(withQuery(apiPaths.orders, { pageSize: DEFAULT_PAGE_SIZE, ...params, unmatched: unmatched ? 'true' : undefined }), { schema: orderPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: Id) {
  return useQuery({ queryKey: orderKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.order(id), { schema: orderDetailView, signal }) });
}

/** Gives an unmatched order's identifier to an account; every order naming it is attributed, and the ledger moves. */
export function useAssignOrder(orderId: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: number) => apiRequest(apiPaths.orderAssign(orderId), { method: 'POST', body: { accountId }, schema: assignedOrderView }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: orderKeys.all }), queryClient.invalidateQueries({ queryKey: ['ledger'] })]),
  });
}

export type LedgerParams = { page: number; period?: string; hostId?: string };

export function useLedger(params: LedgerParams) {
  return useQuery({
    queryKey: ['ledger', params],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.ledger, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: ledgerPage, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useLedgerSubtotals(filter: Omit<LedgerParams, 'page'>) {
  return useQuery({
    queryKey: ['ledger', 'subtotals', filter],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.ledgerSubtotals, filter), { schema: ledgerSubtotalsView, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The filtered ledger as a file, headers and labels in the UI's language. */
export function ledgerExportUrl(format: 'xlsx' | 'csv', filter: Omit<LedgerParams, 'page'>): string {
  return withQuery(apiPaths.ledgerExport(format), { ...filter, lang: currentLanguage() });
}
