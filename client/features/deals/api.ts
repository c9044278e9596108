import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { dealStatuses, type DealStatus } from '../../../server/domain/deals';
import { categories, type Category } from '../../../server/domain/roster';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, pageSchema, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export const dealSchema = z.object({
  id: z.number(),
  brandId: z.number(),
  sessionIds: z.array(z.number()),
  pitFeeFen: z.number(),
  category: z.enum(categories).nullable(),
  commissionRateBp: z.number().nullable(),
  status: z.enum(dealStatuses),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Deal = z.infer<typeof dealSchema>;

export type DealListParams = { page: number; brandId?: string; status?: DealStatus | ''; category?: Category | '' };
export type DealInput = { brandId: number; sessionIds?: number[]; pitFeeFen: number; category: Category | null; commissionRateBp: number | null; status: DealStatus; notes: string };

const dealKeys = {
  all: ['deals'] as const,
  list: (params: DealListParams) => ['deals', 'list', params] as const,
  one: (id: Id) => ['deals', 'one', String(id)] as const,
};

export function useDeals(params: DealListParams) {
  return useQuery({
    queryKey: dealKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.deals, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageSchema(dealSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDeal(id: Id) {
  return useQuery({ queryKey: dealKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.deal(id), { schema: dealSchema, signal }) });
}

export function useSaveDeal(id: Id | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Partial<DealInput>) =>
      id === null
        ? apiRequest(apiPaths.deals, { method: 'POST', body: { sessionIds: [], ...input }, schema: dealSchema })
        : apiRequest(apiPaths.deal(id), { method: 'PATCH', body: input, schema: dealSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dealKeys.all }),
  });
}

const brandNamesSchema = pageSchema(z.object({ id: z.number(), name: z.string() }));

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
