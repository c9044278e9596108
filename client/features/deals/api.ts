import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { DealStatus } from '../../../server/domain/deals';
import type { Category } from '../../../server/domain/roster';
import { brandView } from '../../../server/shared/api/brands';
import { dealView, type DealCreate } from '../../../server/shared/api/deals';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type Deal = z.infer<typeof dealView>;

export type DealListParams = { page: number; brandId?: string; status?: DealStatus | ''; category?: Category | '' };
export type DealInput = DealCreate;

const dealKeys = {
  all: ['deals'] as const,
  list: (params: DealListParams) => ['deals', 'list', params] as const,
  one: (id: Id) => ['deals', 'one', String(id)] as const,
};

export function useDeals(params: DealListParams) {
  return useQuery({
    queryKey: dealKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.deals, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageOf(dealView), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: Id) {
  return useQuery({ queryKey: dealKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.deal(id), { schema: dealView, signal }) });
}

export function useSaveDeal(id: Id | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<DealInput>) =>
      id === null
        ? apiRequest(apiPaths.deals, { method: 'POST', body: { sessionIds: [], ...input }, schema: dealView })
        : apiRequest(apiPaths.deal(id), { method: 'PATCH', body: input, schema: dealView }),
    // A deal's fee, status and receipt are in reconciliation's pit fees too.
    onSuccess: () => Promise.all([dealKeys.all, ['reconciliation']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

const brandNamesSchema = pageOf(brandView.pick({ id: true, name: true }));

/** Brands by id, for the picker and to name each deal's brand (deals carry only brandId). */
export function useBrandNames() {
  const brands = useQuery({
    queryKey: ['brands', 'names'],
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.brands, { page: 1, pageSize: MAX_PAGE_SIZE }), { schema: brandNamesSchema, signal }),
  });
  const items = brands.data?.items ?? [];
  return {
    options: items.map((b) => ({ value: String(b.id), label: b.name })),
    name: (id: number) => items.find((b) => b.id === id)?.name ?? `#${id}`,
  };
}
