import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { userView, type userCreate, type userPatch } from '../../../server/shared/api/users';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';
import type { Role } from '../../lib/roles';

export type User = z.infer<typeof userView>;

const userPageSchema = pageOf(userView);

export type UserListParams = { page: number; pageSize?: number; q?: string; role?: Role | '' };

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export function listUsers(params: UserListParams, signal?: AbortSignal) {
  const query = { pageSize: DEFAULT_PAGE_SIZE, ...params };
  return apiRequest(withQuery(apiPaths.users, query), { schema: userPageSchema, signal });
}

export function useUsers(params: UserListParams) {
  return useQuery({ queryKey: userKeys.list(params), queryFn: ({ signal }) => listUsers(params, signal), placeholderData: keepPreviousData });
}

/** Every user in one page, for pickers (an agency has tens of staff, not thousands). */
export function useAllUsers() {
  return useUsers({ page: 1, pageSize: MAX_PAGE_SIZE });
}

export type UserCreateInput = z.input<typeof userCreate>;

export function createUser(input: UserCreateInput) {
  return apiRequest(apiPaths.users, { method: 'POST', body: input, schema: userView });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}

export type UserUpdateInput = z.input<typeof userPatch>;

export function updateUser({ id, ...changes }: UserUpdateInput & { id: Id }) {
  return apiRequest(apiPaths.user(id), { method: 'PATCH', body: changes, schema: userView });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateUser, onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }) });
}
