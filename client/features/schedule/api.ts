import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { hostRoles } from '../../../server/domain/schedule';
import { sessionStatuses } from '../../../server/domain/session-status';
import { apiRequest } from '../../lib/api';
import { MAX_PAGE_SIZE, pageSchema } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export const sessionSchema = z.object({
  id: z.number(),
  accountId: z.number(),
  roomId: z.number().nullable(),
  seriesId: z.number().nullable(),
  hosts: z.array(z.object({ hostId: z.number(), role: z.enum(hostRoles), shareBp: z.number() })),
  crew: z.array(z.object({ userId: z.number(), duty: z.string() })),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(sessionStatuses),
  title: z.string(),
  notes: z.string(),
  platformLiveId: z.string().nullable(),
  actualStartAt: z.string().nullable(),
  actualEndAt: z.string().nullable(),
  peakViewers: z.number().nullable(),
  gmvFen: z.number().nullable(),
});
export type Session = z.infer<typeof sessionSchema>;

const warningSchema = z.object({ code: z.string(), hostId: z.number(), date: z.string(), minutes: z.number(), limit: z.number() });
export type BookingWarning = z.infer<typeof warningSchema>;
const bookedSchema = sessionSchema.extend({ warnings: z.array(warningSchema).catch([]) });

export const sessionKeys = {
  all: ['sessions'] as const,
  window: (from: string, to: string) => ['sessions', 'window', from, to] as const,
};

/** Every session overlapping [from, to), all pages (a busy agency books more than one page a week). */
async function sessionsBetween(from: string, to: string, signal: AbortSignal): Promise<Session[]> {
  const items: Session[] = [];
  for (let page = 1; ; page++) {
    const data = await apiRequest(withQuery(apiPaths.sessions, { from, to, page, pageSize: MAX_PAGE_SIZE }), { schema: pageSchema(sessionSchema), signal });
    items.push(...data.items);
    if (items.length >= data.total || data.items.length === 0) return items;
  }
}

export function useSessionsBetween(from: string, to: string) {
  return useQuery({ queryKey: sessionKeys.window(from, to), queryFn: ({ signal }) => sessionsBetween(from, to, signal), placeholderData: keepPreviousData });
}

export type SessionBody = {
  accountId: number;
  roomId: number | null;
  hosts: { hostId: number; role: 'main' | 'assistant'; shareBp: number }[];
  crew: { userId: number; duty: string }[];
  startsAt: string;
  endsAt: string;
  title: string;
  notes: string;
  status: Session['status'];
};

function useSessionMutation<I>(mutationFn: (input: I) => Promise<z.infer<typeof bookedSchema>>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}

export const useCreateSession = () =>
  useSessionMutation((body: SessionBody) => apiRequest(apiPaths.sessions, { method: 'POST', body, schema: bookedSchema }));

export const useUpdateSession = () =>
  useSessionMutation(({ id, ...body }: Partial<SessionBody> & { id: number }) => apiRequest(apiPaths.session(id), { method: 'PATCH', body, schema: bookedSchema }));

export type ResultsBody = { actualStartAt: string | null; actualEndAt: string | null; peakViewers: number | null; gmvFen: number | null };

export function useRecordResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ResultsBody & { id: number }) => apiRequest(apiPaths.sessionResults(id), { method: 'PUT', body, schema: sessionSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export type SeriesBody = Omit<SessionBody, 'startsAt' | 'endsAt' | 'status'> & {
  rule: { weekdays: number[]; startTime: string; durationMinutes: number; fromDate: string; untilDate: string };
};

const seriesSchema = z.object({ id: z.number(), sessionIds: z.array(z.number()), warnings: z.array(warningSchema).catch([]) });

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesBody) => apiRequest(apiPaths.sessionSeries, { method: 'POST', body, schema: seriesSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
