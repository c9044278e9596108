import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { currentUserKey } from '../features/auth/api';
import { isApiError } from '../lib/api';

/**
 * One place decides what a 401 means: the session is gone, so the cached user becomes null
 * and the layout sends the browser to the sign-in page (returning here afterwards).
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => signOutLocallyOn401(error) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!mutation.meta?.expectsUnauthenticated) signOutLocallyOn401(error);
      },
    }),
    defaultOptions: {
      queries: {
        // A 4xx answer will not change by asking again; a network blip might.
        retry: (failures, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && failures < 2,
        refetchOnWindowFocus: false,
        staleTime: 30_000,
      },
    },
  });

  function signOutLocallyOn401(error: unknown) {
    if (isApiError(error) && error.status === 401) queryClient.setQueryData(currentUserKey, null);
  }

  return queryClient;
}
