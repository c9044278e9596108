import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { hostCreate, hostPatch, hostQuery, hostView, revealBody, revealView } from '../../shared/api/hosts';
import { archiveHost, createHost, getHost, revealHostField, searchHosts, updateHost } from './hosts.service';

export function hostsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/hosts', tag: 'hosts', access: 'hosts.read',
      summary: 'List hosts: search by name, handle or account identifier; filter; sort; sensitive fields masked',
      query: hostQuery, response: pageOf(hostView),
      handler: ({ query }) => searchHosts(deps, query),
    }),
    route({
      method: 'post', path: '/hosts', tag: 'hosts', access: 'hosts.write', summary: 'Add a host', status: 201,
      body: hostCreate, response: hostView,
      handler: ({ body, actor }) => createHost(deps, actor, body),
    }),
    route({
      method: 'get', path: '/hosts/:id', tag: 'hosts', access: 'hosts.read', summary: 'One host, sensitive fields masked',
      params: idParam, response: hostView,
      handler: ({ params }) => getHost(deps, params.id),
    }),
    route({
      method: 'patch', path: '/hosts/:id', tag: 'hosts', access: 'hosts.write', summary: 'Change a host',
      params: idParam, body: hostPatch, response: hostView,
      handler: ({ params, body, actor }) => updateHost(deps, actor, params.id, body),
    }),
    route({
      method: 'post', path: '/hosts/:id/archive', tag: 'hosts', access: 'hosts.write', summary: 'Archive a host',
      params: idParam, response: hostView,
      handler: ({ params, actor }) => archiveHost(deps, actor, params.id),
    }),
    route({
      method: 'post', path: '/hosts/:id/reveal', tag: 'hosts', access: 'hosts.reveal',
      summary: 'Reveal one sensitive field in clear (audited)',
      params: idParam, body: revealBody, response: revealView,
      handler: ({ params, body, actor }) => revealHostField(deps, actor, params.id, body.field),
    }),
  ];
}
