import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { ContractStatus } from '../../../server/domain/contracts';
import { contractTermsSchema, type ContractTerms } from '../../../server/domain/terms';
import { contractView, versionView, type amendmentCreate, type contractCreate, type contractPatch } from '../../../server/shared/api/contracts';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

/** Stored terms, read with the server's own schema; terms this client cannot read show as null, not as a crash. */
const termsSchema = z.unknown().transform((value): ContractTerms | null => contractTermsSchema.safeParse(value).data ?? null);

const versionSchema = versionView.extend({ terms: termsSchema });
export type ContractVersion = z.infer<typeof versionSchema>;

export const contractSchema = contractView.extend({ terms: termsSchema, versions: z.array(versionSchema) });
export type Contract = z.infer<typeof contractSchema>;

export type ContractListParams = { page: number; hostId?: Id | ''; status?: ContractStatus | ''; expiringWithinDays?: number; pageSize?: number };

export const contractKeys = {
  all: ['contracts'] as const,
  list: (params: ContractListParams) => ['contracts', 'list', params] as const,
  one: (id: Id) => ['contracts', 'one', String(id)] as const,
};

export function useContracts(params: ContractListParams) {
  return useQuery({
    queryKey: contractKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.contracts, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageOf(contractSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useContract(id: Id) {
  return useQuery({ queryKey: contractKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.contract(id), { schema: contractSchema, signal }) });
}

export type ContractInput = z.input<typeof contractCreate>;

function useContractMutation<V>(mutationFn: (input: V) => Promise<Contract>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: contractKeys.all }) });
}

export function useCreateContract() {
  return useContractMutation((input: ContractInput) => apiRequest(apiPaths.contracts, { method: 'POST', body: input, schema: contractSchema }));
}

export function useUpdateContract(id: Id) {
  return useContractMutation((changes: z.input<typeof contractPatch>) =>
    apiRequest(apiPaths.contract(id), { method: 'PATCH', body: changes, schema: contractSchema }));
}

export function useAmendContract(id: Id) {
  return useContractMutation((input: z.input<typeof amendmentCreate>) =>
    apiRequest(apiPaths.contractAmendments(id), { method: 'POST', body: input, schema: contractSchema }));
}

/** Hosts by id, for the host picker and to name each contract's host (contracts carry only hostId). */
export { useRosterNames as useHostNames } from '../../lib/host-lookups';
