import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, idSchema, pageSchema, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

/** A personal API token as listed: the secret itself is never listed, only shown once when issued. */
export const apiTokenSchema = z.object({
  id: idSchema,
  userId: idSchema,
  userEmail: z.string().nullish(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullish(),
  revokedAt: z.string().nullish(),
});
export type ApiToken = z.infer<typeof apiTokenSchema>;

export const issuedTokenSchema = z.object({ id: idSchema, userId: idSchema, name: z.string(), createdAt: z.string(), token: z.string() });
export type IssuedToken = z.infer<typeof issuedTokenSchema>;

const tokenPageSchema = pageSchema(apiTokenSchema);

export type TokenListParams = { page: number; pageSize?: number; userId?: string };

export const tokenKeys = {
  all: ['tokens'] as const,
  list: (params: TokenListParams) => ['tokens', 'list', params] as const,
};

export function listTokens(params: TokenListParams, signal?: AbortSignal) {
  return apiRequest(withQuery(apiPaths.tokens, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: tokenPageSchema, signal });
}

export function useTokens(params: TokenListParams) {
  return useQuery({ queryKey: tokenKeys.list(params), queryFn: ({ signal }) => listTokens(params, signal), placeholderData: keepPreviousData });
}

export function issueToken(input: { userId: Id; name: string }) {
  return apiRequest(apiPaths.tokens, { method: 'POST', body: input, schema: issuedTokenSchema });
}

export function useIssueToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: issueToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }) });
}

export function revokeToken(id: Id) {
  return apiRequest(apiPaths.tokenRevoke(id), { method: 'POST', schema: apiTokenSchema });
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeToken, onSuccess: () => queryClient.invalidateQueries({ queryKey: tokenKeys.all }) });
}
