import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { CostKind } from '../../../server/domain/settlement';
import { costView, type CostCreate, type CostPatch, type CostView } from '../../../server/shared/api/costs';
import { periodView } from '../../../server/shared/api/settlement';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type Cost = CostView;
export type CostListParams = { page: number; period?: string; hostId?: string; kind?: CostKind | '' };

const costKeys = {
  all: ['costs'] as const,
  list: (params: CostListParams) => ['costs', 'list', params] as const,
};

const costPageSchema = pageOf(costView).extend({ sumFen: z.number().int() });

/** Costs by period, host and kind, with the sum of everything the filter matches (not only this page). */
export function useCosts(params: CostListParams) {
  return useQuery({
    queryKey: costKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.costs, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: costPageSchema, signal }),
    placeholderData: keepPreviousData,
  });
}

/** A cost changes what a draft statement will deduct: statements are read afresh after any change. */
function useCostMutation<V, R>(mutationFn: (input: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: costKeys.all }), queryClient.invalidateQueries({ queryKey: ['statements'] })]),
  });
}

export function useCreateCost() {
  return useCostMutation((input: CostCreate) => apiRequest(apiPaths.costs, { method: 'POST', body: input, schema: costView }));
}

export function useUpdateCost(id: Id) {
  return useCostMutation((patch: CostPatch) => apiRequest(apiPaths.cost(id), { method: 'PATCH', body: patch, schema: costView }));
}

export function useDeleteCost() {
  return useCostMutation((id: Id) => apiRequest(apiPaths.cost(id), { method: 'DELETE', schema: z.unknown() }));
}

export { useHostNames } from '../../lib/host-lookups';

const periodStatesSchema = z.object({ items: z.array(periodView.pick({ period: true, status: true })) });

/** Whether a period is closed: a closed period's costs no longer change (409), so the page offers no edit. */
export function useIsPeriodClosed() {
  const periods = useQuery({
    queryKey: ['periods', 'states'],
    queryFn: ({ signal }) => apiRequest(apiPaths.periods, { schema: periodStatesSchema, signal }),
  });
  const closed = new Set(periods.data?.items.filter((p) => p.status === 'closed').map((p) => p.period));
  return (period: string) => closed.has(period);
}
