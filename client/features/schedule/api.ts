import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  bookedSessionView, seriesCreated, sessionPage, sessionView, type BookingWarning, type seriesCreate, type Session,
} from '../../../server/shared/api/sessions';
import { apiRequest } from '../../lib/api';
import { MAX_PAGE_SIZE } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type { BookingWarning, Session };

export const sessionKeys = {
  all: ['sessions'] as const,
  window: (from: string, to: string) => ['sessions', 'window', from, to] as const,
};

/** Every session overlapping [from, to), all pages (a busy agency books more than one page a week). */
async function sessionsBetween(from: string, to: string, signal: AbortSignal): Promise<Session[]> {
  const items: Session[] = [];
  for (let page = 1; ; page++) {
    const data = await apiRequest(withQuery(apiPaths.sessions, { from, to, page, pageSize: MAX_PAGE_SIZE }), { schema: sessionPage, signal });
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

function useSessionMutation<I>(mutationFn: (input: I) => Promise<z.infer<typeof bookedSessionView>>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSettled: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }) });
}

export const useCreateSession = () =>
  useSessionMutation((body: SessionBody) => apiRequest(apiPaths.sessions, { method: 'POST', body, schema: bookedSessionView }));

export const useUpdateSession = () =>
  useSessionMutation(({ id, ...body }: Partial<SessionBody> & { id: number }) => apiRequest(apiPaths.session(id), { method: 'PATCH', body, schema: bookedSessionView }));

export type ResultsBody = { actualStartAt: string | null; actualEndAt: string | null; peakViewers: number | null; gmvFen: number | null };

export function useRecordResults() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: ResultsBody & { id: number }) => apiRequest(apiPaths.sessionResults(id), { method: 'PUT', body, schema: sessionView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}

export type SeriesBody = Omit<SessionBody, 'startsAt' | 'endsAt' | 'status'> & {
  rule: z.input<typeof seriesCreate>['rule'];
  /** Book the free dates and skip the conflicting ones (the API's default is all or nothing). */
  skipConflicts?: boolean;
};

export function useCreateSeries() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SeriesBody) => apiRequest(apiPaths.sessionSeries, { method: 'POST', body, schema: seriesCreated }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.all }),
  });
}
