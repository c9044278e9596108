import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { brandView } from '../../../server/shared/api/brands';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type Brand = z.infer<typeof brandView>;

export type BrandListParams = { page: number; q?: string };
export type BrandInput = { name: string; contact: string; notes: string };

const brandKeys = { all: ['brands'] as const, list: (params: BrandListParams) => ['brands', 'list', params] as const };

export function useBrands(params: BrandListParams) {
  return useQuery({
    queryKey: brandKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.brands, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageOf(brandView), signal }),
    placeholderData: keepPreviousData,
  });
}

function useBrandMutation<V>(mutationFn: (input: V) => Promise<Brand>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: brandKeys.all }) });
}

export function useCreateBrand() {
  return useBrandMutation((input: BrandInput) => apiRequest(apiPaths.brands, { method: 'POST', body: input, schema: brandView }));
}

export function useUpdateBrand(id: Id) {
  return useBrandMutation((input: Partial<BrandInput>) => apiRequest(apiPaths.brand(id), { method: 'PATCH', body: input, schema: brandView }));
}
