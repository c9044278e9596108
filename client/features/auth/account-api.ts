import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { signedInView, type PasswordChange } from '../../../server/shared/api/auth';
import { apiRequest } from '../../lib/api';
import { setLanguage, type Language } from '../../lib/i18n';
import { apiPaths } from '../../lib/paths';
import { currentUserKey } from './api';

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
    mutationFn: async (locale: Language) => (await apiRequest(apiPaths.me, { method: 'PATCH', body: { locale }, schema: signedInView })).user,
    // Awaited before the request: the strings of the new language are here when the caller's onSuccess speaks.
    onMutate: (locale) => setLanguage(locale),
    onSuccess: (user) => queryClient.setQueryData(currentUserKey, user),
  });
}
