import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { signedInView, type PasswordChange, type PublicUser } from '../../../server/shared/api/auth';
import { apiRequest, isApiError } from '../../lib/api';
import { currentLanguage, setLanguage, type Language } from '../../lib/i18n';
import { apiPaths, paths } from '../../lib/paths';

export type CurrentUser = PublicUser;

const userEnvelope = signedInView;

/** The cache entry of the signed-in user: null means signed out. */
export const currentUserKey = ['auth', 'me'] as const;

/** Who is signed in, or null when nobody is (401 is an answer here, not an error). */
export async function getCurrentUser(signal?: AbortSignal): Promise<CurrentUser | null> {
  try {
    return (await apiRequest(apiPaths.me, { schema: userEnvelope, signal })).user;
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useCurrentUser() {
  return useQuery({ queryKey: currentUserKey, queryFn: ({ signal }) => getCurrentUser(signal), staleTime: 5 * 60_000, retry: false });
}

export type SignInInput = { email: string; password: string };

export async function signIn(input: SignInInput): Promise<CurrentUser> {
  return (await apiRequest(apiPaths.login, { method: 'POST', body: input, schema: userEnvelope })).user;
}

/** The language the user keeps on the server follows them to every browser they sign in from. */
export function applyPreferredLanguage(locale: CurrentUser['locale']): void {
  if (locale && locale !== currentLanguage()) setLanguage(locale);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    meta: { expectsUnauthenticated: true },
    onSuccess: (user) => {
      applyPreferredLanguage(user.locale);
      queryClient.setQueryData(currentUserKey, user);
    },
  });
}

export async function signOut(): Promise<void> {
  await apiRequest(apiPaths.logout, { method: 'POST', schema: z.undefined() });
}

/**
 * Signs out, then loads the sign-in page afresh: a full page load drops every cached answer of the previous user,
 * and no render can see a half-signed-out state.
 */
export function useSignOut() {
  return useMutation({ mutationFn: signOut, onSuccess: () => window.location.replace(paths.signIn) });
}

/** One's own password; the server signs out the user's other sessions and keeps this one. */
export function useChangePassword() {
  return useMutation({
    mutationFn: (input: PasswordChange) => apiRequest(apiPaths.password, { method: 'POST', body: input, schema: z.undefined() }),
  });
}

/** Keeps the interface language on the server (and applies it here at once). */
export function useSavePreferredLanguage() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Language) => (await apiRequest(apiPaths.me, { method: 'PATCH', body: { locale }, schema: userEnvelope })).user,
    onMutate: (locale) => setLanguage(locale),
    onSuccess: (user) => queryClient.setQueryData(currentUserKey, user),
  });
}
