import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { userCreate, userPatch, userQuery, userView } from '../../shared/api/users';
import { createUser, getUser, searchUsers, updateUser } from './users.service';

export function usersRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/users', tag: 'users', access: 'users.read', summary: 'List staff users',
      query: userQuery, response: pageOf(userView),
      handler: ({ query }) => searchUsers(deps, query),
    }),
    route({
      method: 'post', path: '/users', tag: 'users', access: 'users.write', summary: 'Create a staff user', status: 201,
      body: userCreate, response: userView,
      handler: ({ body, actor }) => createUser(deps, actor, body),
    }),
    route({
      method: 'get', path: '/users/:id', tag: 'users', access: 'users.read', summary: 'One staff user',
      params: idParam, response: userView,
      handler: ({ params }) => getUser(deps, params.id),
    }),
    route({
      method: 'patch', path: '/users/:id', tag: 'users', access: 'users.write',
      summary: 'Change a user: name, role, password, or deactivate (active: false)',
      params: idParam, body: userPatch, response: userView,
      handler: ({ params, body, actor }) => updateUser(deps, actor, params.id, body),
    }),
  ];
}
