import type { z } from 'zod';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { orderStatuses, type OrderStatus } from '../../../server/domain/ledger';
import {
  assignedGroupView, boundsOrders, ledgerPage, unmatchedGroupPage, ledgerSubtotalsView, orderDetailView, orderPage, orderPlatforms, orderSubtotalsView,
  type LedgerEntry, type LedgerListEntry, type Order, type unmatchedGroupView, type OrderDetail, type OrderPlatform, type OrderSubtotals,
} from '../../../server/shared/api/ledger';
import { apiRequest } from '../../lib/api';
import { currentLanguage } from '../../lib/i18n';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export { boundsOrders, orderPlatforms, orderStatuses, type LedgerEntry, type LedgerListEntry, type Order, type OrderDetail, type OrderPlatform, type OrderStatus, type OrderSubtotals };

export type OrderListParams = {
  page: number; platform?: OrderPlatform | ''; status?: OrderStatus | ''; hostId?: string; sessionId?: string; period?: string;
  /** Paid on or after / on or before these agency dates (YYYY-MM-DD). */
  from?: string; to?: string; unmatched?: boolean;
};

export const orderKeys = {
  all: ['orders'] as const,
  list: (params: OrderListParams) => ['orders', 'list', params] as const,
  one: (id: Id) => ['orders', 'one', String(id)] as const,
};

export function useOrders({ unmatched, enabled = true, ...params }: OrderListParams & { enabled?: boolean }) {
  return useQuery({
    enabled,
    queryKey: orderKeys.list({ unmatched, ...params }),
    queryFn: ({ signal }) =>
      apiRequest(withQuery(apiPaths.orders, { pageSize: DEFAULT_PAGE_SIZE, ...params, unmatched: unmatched ? 'true' : undefined }), { schema: orderPage, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The list's filter without its page: what the subtotals sum and an export writes. */
export type OrderFilter = Omit<OrderListParams, 'page' | 'unmatched'>;

export function useOrderSubtotals(filter: OrderFilter, enabled = true) {
  return useQuery({
    enabled,
    queryKey: ['orders', 'subtotals', filter],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.orderSubtotals, filter), { schema: orderSubtotalsView, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The filtered orders as a file, headers and labels in the UI's language. */
export function ordersExportUrl(format: 'xlsx' | 'csv', filter: OrderFilter): string {
  return withQuery(apiPaths.ordersExport(format), { ...filter, lang: currentLanguage() });
}

export function useOrder(id: Id) {
  return useQuery({ queryKey: orderKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.order(id), { schema: orderDetailView, signal }) });
}

export type UnmatchedGroup = z.infer<typeof unmatchedGroupView>;
export type AssignGroup = { platform: UnmatchedGroup['platform']; identifier: string } & ({ accountId: number } | { newAccount: { hostId: number; handle: string | null } });

/** The unmatched queue by platform and unknown identifier, largest GMV first. */
export function useUnmatchedGroups(params: { page: number; platform?: string }) {
  return useQuery({
    queryKey: ['orders', 'unmatched-groups', params],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.unmatchedGroups, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: unmatchedGroupPage, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Gives a group's identifier to an account (or a new account of the host); every order naming it is attributed, and the ledger moves. */
export function useAssignGroup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignGroup) => apiRequest(apiPaths.unmatchedGroupAssign, { method: 'POST', body, schema: assignedGroupView }),
    onSuccess: () => Promise.all(['orders', 'ledger', 'hosts', 'accounts'].map((key) => queryClient.invalidateQueries({ queryKey: [key] }))),
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
