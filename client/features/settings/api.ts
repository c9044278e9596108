import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { settingsView, type Settings } from '../../../server/shared/api/settings';
import { apiRequest } from '../../lib/api';
import { apiPaths } from '../../lib/paths';

export type { Settings };

export const settingsKey = ['settings'] as const;

export function getSettings(signal?: AbortSignal) {
  return apiRequest(apiPaths.settings, { schema: settingsView, signal });
}

/** The agency's settings; the app shell also reads the time zone from here for every date it shows. */
export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => getSettings(signal), staleTime: 10 * 60_000 });
}

/** Numbers the user left empty go as null, so the server names the field that is missing. */
export type SettingsPatch = { timezone?: string; maxDailyMinutes?: number | null; attributionGraceMinutes?: number | null; agencyName?: string; hostTiers?: string[] };

export function updateSettings(patch: SettingsPatch) {
  return apiRequest(apiPaths.settings, { method: 'PATCH', body: patch, schema: settingsView });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSettings, onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings) });
}
