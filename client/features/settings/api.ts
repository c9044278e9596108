import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiRequest } from '../../lib/api';
import { apiPaths } from '../../lib/paths';

export const settingsSchema = z.object({
  timezone: z.string(),
  maxDailyMinutes: z.number().int(),
  attributionGraceMinutes: z.number().int(),
});
export type Settings = z.infer<typeof settingsSchema>;

export const settingsKey = ['settings'] as const;

export function getSettings(signal?: AbortSignal) {
  return apiRequest(apiPaths.settings, { schema: settingsSchema, signal });
}

/** The agency's settings; the app shell also reads the time zone from here for every date it shows. */
export function useSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: ({ signal }) => getSettings(signal), staleTime: 10 * 60_000 });
}

/** Numbers the user left empty go as null, so the server names the field that is missing. */
export type SettingsPatch = { timezone?: string; maxDailyMinutes?: number | null; attributionGraceMinutes?: number | null };

export function updateSettings(patch: SettingsPatch) {
  return apiRequest(apiPaths.settings, { method: 'PATCH', body: patch, schema: settingsSchema });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateSettings, onSuccess: (settings) => queryClient.setQueryData(settingsKey, settings) });
}
