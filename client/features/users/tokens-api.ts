import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { issuedTokenView, tokenPage, tokenView } from '../../../server/shared/api/tokens';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

/** A personal API token as listed: the secret itself is never listed, only shown once when issued. */
export type ApiToken = z.infer<typeof tokenView>;
export type IssuedToken = z.infer<typeof issuedTokenView>;

export type TokenListParams = { page: number; pageSize?: number; userId?: string };

export const tokenKeys = {
  all: ['tokens'] as const,
  list: (params: TokenListParams) => ['tokens', 'list', params] as const,
};

export function listTokens(params: TokenListParams, signal?: AbortSignal) {
  return apiRequest(withQuery(apiPaths.tokens, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: tokenPage, signal });
}

export function useTokens(params: TokenListParams) {
  return useQuery({ queryKey: tokenKeys.list(params), queryFn: ({ signal }) => listTokens(params, signal), placeholderData: keepPreviousData });
}

/** The user id goes back as the picker holds it; an empty one is the server's to refuse, by field. */
export function issueToken(input: { userId: Id; name: string }) {
  return apiRequest(apiPaths.tokens, { method: 'POST', body: input, schema: issuedTokenView });
}

export function useIssueToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issueToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }) });
}

export function revokeToken(id: Id) {
  return apiRequest(apiPaths.tokenRevoke(id), { method: 'POST', schema: tokenView });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }) });
}
