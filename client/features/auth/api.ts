import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublicUser } from '../../../server/shared/api/auth';
import { apiRequest, isApiError, noContent } from '../../lib/api';
import { currentLanguage, setLanguage } from '../../lib/i18n';
import { apiPaths, paths } from '../../lib/paths';
import { signedInCheck } from './signed-in-check';

// Who is signed in, signing in and out: the sign-in page's part of auth, without zod (signed-in-check.ts).
// One's own password and language are in account-api.ts.

export type CurrentUser = PublicUser;

const userEnvelope = signedInCheck;

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
  if (locale && locale !== currentLanguage()) void setLanguage(locale);
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
  await apiRequest(apiPaths.logout, { method: 'POST', schema: noContent });
}

/**
 * Signs out, then loads the sign-in page afresh: a full page load drops every cached answer of the previous user,
 * and no render can see a half-signed-out state.
 */
export function useSignOut() {
  return useMutation({ mutationFn: signOut, onSuccess: () => window.location.replace(paths.signIn) });
}
