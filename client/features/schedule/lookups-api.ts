import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { accountView } from '../../../server/shared/api/accounts';
import { feedView } from '../../../server/shared/api/calendars';
import { hostView } from '../../../server/shared/api/hosts';
import { roomView } from '../../../server/shared/api/rooms';
import { settingsView } from '../../../server/shared/api/settings';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { MAX_PAGE_SIZE } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

// What the schedule reads from other resources, in the shape it needs. Features do not import each
// other, so these are the schedule's own small readers; the query keys match the owners' so their
// changes refresh these too.

const hostSchema = hostView.pick({ id: true, stageName: true, status: true, archived: true });
export type ScheduleHost = z.infer<typeof hostSchema>;

const roomSchema = roomView;
export type ScheduleRoom = z.infer<typeof roomSchema>;

const accountSchema = accountView.pick({ id: true, hostId: true, platform: true, handle: true, identifiers: true, archived: true });
export type ScheduleAccount = z.infer<typeof accountSchema>;

async function allPages<T>(url: string, item: z.ZodType<T>, signal: AbortSignal): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const data = await apiRequest(withQuery(url, { page, pageSize: MAX_PAGE_SIZE }), { schema: pageOf(item), signal });
    items.push(...data.items);
    if (items.length >= data.total || data.items.length === 0) return items;
  }
}

/** Every host, archived ones too: old sessions still name them. */
export function useAllHosts() {
  return useQuery({ queryKey: ['hosts', 'schedule'], queryFn: ({ signal }) => allPages(apiPaths.hosts, hostSchema, signal), staleTime: 5 * 60_000 });
}

/** Every room, archived ones too: their buffers still count for the sessions they hold. */
export function useAllRooms() {
  return useQuery({ queryKey: ['rooms', 'schedule'], queryFn: ({ signal }) => allPages(apiPaths.rooms, roomSchema, signal) });
}

export function useAccountsOf(hostId: number | null) {
  return useQuery({
    queryKey: ['hosts', 'accounts', String(hostId)],
    queryFn: ({ signal }) => allPages(apiPaths.hostAccounts(hostId ?? 0), accountSchema, signal),
    enabled: hostId !== null,
  });
}

export function useAccount(id: number | null) {
  return useQuery({
    queryKey: ['hosts', 'account', String(id)],
    queryFn: ({ signal }) => apiRequest(apiPaths.account(id ?? 0), { schema: accountSchema, signal }),
    enabled: id !== null,
  });
}

export const accountLabel = (a: ScheduleAccount) => `${a.platform} · ${a.handle ?? a.identifiers[0] ?? `#${a.id}`}`;

/** The host's feed URL path (its secret is created on the first request). */
export function fetchHostFeed(hostId: number) {
  return apiRequest(apiPaths.calendarFeed('hosts', hostId), { schema: feedView });
}

/** The agency's settings (the daily limit a move is checked against); the settings page's own key, so a change there shows here. */
export function useScheduleSettings() {
  return useQuery({ queryKey: ['settings'], queryFn: ({ signal }) => apiRequest(apiPaths.settings, { schema: settingsView, signal }), staleTime: 10 * 60_000 });
}
