import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { accountView, type AccountCreate, type AccountPatch } from '../../../server/shared/api/accounts';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest, isApiError } from '../../lib/api';
import { MAX_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';
import { hostKeys } from './api';

export type Account = z.infer<typeof accountView>;

const accountKeys = { ofHost: (hostId: Id) => [...hostKeys.all, 'accounts', String(hostId)] as const };

export function useHostAccounts(hostId: Id) {
  return useQuery({
    queryKey: accountKeys.ofHost(hostId),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.hostAccounts(hostId), { pageSize: MAX_PAGE_SIZE }), { schema: pageOf(accountView), signal }),
  });
}

export type AccountInput = AccountCreate;

export function useCreateAccount(hostId: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AccountInput) => apiRequest(apiPaths.hostAccounts(hostId), { method: 'POST', body: input, schema: accountView }),
    // Handles are searchable from the host list, so the lists refresh too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hostKeys.all }),
  });
}

export type { AccountPatch };

export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: Id; patch: AccountPatch }) => apiRequest(apiPaths.account(id), { method: 'PATCH', body: patch, schema: accountView }),
    // As for a new account: handles are searchable from the host list, so the lists refresh too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: hostKeys.all }),
  });
}

export function useArchiveAccount(hostId: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (accountId: Id) => apiRequest(apiPaths.accountArchive(accountId), { method: 'POST', schema: accountView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.ofHost(hostId) }),
  });
}

const takenSchema = z.object({ identifier: z.string(), hostId: z.number(), stageName: z.string() });
export type TakenIdentifier = z.infer<typeof takenSchema>;

/** A 409 `duplicate` names, per identifier, the host whose account already has it. */
export function takenIdentifiers(error: unknown): TakenIdentifier[] {
  if (!isApiError(error) || error.code !== 'duplicate') return [];
  return error.details.flatMap((d) => {
    const parsed = takenSchema.safeParse(d);
    return parsed.success ? [parsed.data] : [];
  });
}
