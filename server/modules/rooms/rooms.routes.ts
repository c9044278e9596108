import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { roomCreate, roomPatch, roomQuery, roomView } from '../../shared/api/rooms';
import { createRoom, getRoom, searchRooms, updateRoom } from './rooms.service';

export function roomsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/rooms', tag: 'rooms', access: 'sessions.read', summary: 'List studios (直播间)',
      query: roomQuery, response: pageOf(roomView), handler: ({ query }) => searchRooms(deps, query),
    }),
    route({
      method: 'post', path: '/rooms', tag: 'rooms', access: 'sessions.write', summary: 'Create a studio', status: 201,
      body: roomCreate, response: roomView, handler: ({ body, actor }) => createRoom(deps, actor, body),
    }),
    route({
      method: 'get', path: '/rooms/:id', tag: 'rooms', access: 'sessions.read', summary: 'One studio',
      params: idParam, response: roomView, handler: ({ params }) => getRoom(deps, params.id),
    }),
    route({
      method: 'patch', path: '/rooms/:id', tag: 'rooms', access: 'sessions.write',
      summary: 'Change a studio, or archive it (active: false)',
      params: idParam, body: roomPatch, response: roomView, handler: ({ params, body, actor }) => updateRoom(deps, actor, params.id, body),
    }),
  ];
}
