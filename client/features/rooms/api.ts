import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { feedView } from '../../../server/shared/api/calendars';
import { roomView } from '../../../server/shared/api/rooms';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { MAX_PAGE_SIZE } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type Room = z.infer<typeof roomView>;

// The schedule reads rooms under the same key, so a change here redraws its columns.
export const roomKeys = {
  all: ['rooms'] as const,
  list: (params: RoomListParams) => ['rooms', 'list', params] as const,
};

export type RoomListParams = { active?: boolean };

/** An agency has a handful of studios: one page holds them all. */
export function useRooms(params: RoomListParams) {
  return useQuery({
    queryKey: roomKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.rooms, { pageSize: MAX_PAGE_SIZE, active: params.active }), { schema: pageOf(roomView), signal }),
    placeholderData: keepPreviousData,
  });
}

export type RoomInput = { name: string; location: string; bufferMinutes: number };

export function useSaveRoom() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: Partial<RoomInput> & { id?: number; active?: boolean }) =>
      id === undefined
        ? apiRequest(apiPaths.rooms, { method: 'POST', body: input, schema: roomView })
        : apiRequest(apiPaths.room(id), { method: 'PATCH', body: input, schema: roomView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: roomKeys.all }),
  });
}

/** The feed URL as a phone needs it: absolute, on this site's origin. */
export const feedUrl = (path: string) => `${location.origin}${path}`;

/** Reading a feed URL creates its secret on first use, so it is fetched when asked for, not on page load. */
export function fetchRoomFeed(id: number) {
  return apiRequest(apiPaths.calendarFeed('rooms', id), { schema: feedView });
}

export function useRotateRoomFeed() {
  return useMutation({ mutationFn: (id: number) => apiRequest(apiPaths.calendarFeedRotate('rooms', id), { method: 'POST', schema: feedView }) });
}
