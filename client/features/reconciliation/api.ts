import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  mismatchList, payoutImportResult, pitFeeList, reconciliationItem, reconciliationList, type PayoutImportResult, type ReconciliationItem,
} from '../../../server/shared/api/reconciliation';
import { apiRequest } from '../../lib/api';
import { apiPaths, withQuery } from '../../lib/paths';

export type { PayoutImportResult, ReconciliationItem };
export type ReconciliationList = z.infer<typeof reconciliationList>;
export type Mismatch = z.infer<typeof mismatchList>['items'][number];
export type PitFee = z.infer<typeof pitFeeList>['items'][number];

export const reconciliationKeys = {
  all: ['reconciliation'] as const,
  period: (period: string) => ['reconciliation', 'period', period] as const,
  mismatches: (period: string, accountId: number) => ['reconciliation', 'mismatches', period, accountId] as const,
  pitFees: (period: string) => ['reconciliation', 'pit-fees', period] as const,
};

/** The period's figures per platform account, with whether the period is closed (locked). */
export function useReconciliation(period: string) {
  return useQuery({
    queryKey: reconciliationKeys.period(period),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.reconciliation, { period }), { schema: reconciliationList, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMismatches(period: string, accountId: number) {
  return useQuery({
    queryKey: reconciliationKeys.mismatches(period, accountId),
    queryFn: ({ signal }) => apiRequest(apiPaths.reconciliationMismatches(period, accountId), { schema: mismatchList, signal }),
  });
}

/** The deals sold in the period's sessions: pit fees invoiced against received, overdue ones flagged. */
export function usePitFees(period: string) {
  return useQuery({
    queryKey: reconciliationKeys.pitFees(period),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.reconciliationPitFees, { period }), { schema: pitFeeList, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A write answers the account-period recomputed: it replaces that row in the cached period, then the period refreshes. */
function useAccountPeriodMutation<V>(period: string, accountId: number, mutationFn: (input: V) => Promise<ReconciliationItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (item) => {
      queryClient.setQueryData<ReconciliationList>(reconciliationKeys.period(period), (list) =>
        list && { ...list, items: list.items.map((i) => (i.accountId === accountId ? item : i)) });
      return queryClient.invalidateQueries({ queryKey: reconciliationKeys.period(period) });
    },
  });
}

export function useEnterPayout(period: string, accountId: number) {
  return useAccountPeriodMutation(period, accountId, (amountFen: number) =>
    apiRequest(apiPaths.reconciliationPayout(period, accountId), { method: 'PUT', body: { amountFen }, schema: reconciliationItem }));
}

export function useMarkReconciled(period: string, accountId: number) {
  return useAccountPeriodMutation(period, accountId, (note: string) =>
    apiRequest(apiPaths.reconciliationMark(period, accountId), { method: 'POST', body: { note }, schema: reconciliationItem }));
}

export function useUndoReconciled(period: string, accountId: number) {
  return useAccountPeriodMutation(period, accountId, () =>
    apiRequest(apiPaths.reconciliationMark(period, accountId), { method: 'DELETE', schema: reconciliationItem }));
}

/** Enters the payouts of finance's settlement sheet; the answer lists the rows refused, with their row number and reason. */
export function useImportPayouts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.set('file', file, file.name);
      return apiRequest(apiPaths.reconciliationPayoutsImport, { method: 'POST', body: form, schema: payoutImportResult });
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: reconciliationKeys.all }),
  });
}

// Hosts are named by id here; read from the roster's endpoint with only the name (features do not import each other).

export { useHostNames } from '../../lib/host-lookups';
