import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { amendmentCreate, contractCreate, contractPatch, contractQuery, contractView } from '../../shared/api/contracts';
import { amendContract, createContract, getContract, searchContracts, updateContract } from './contracts.service';

export function contractsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/contracts', tag: 'contracts', access: 'contracts.read',
      summary: 'List contracts; expiringWithinDays=30 lists active contracts ending in the next 30 days, soonest first',
      query: contractQuery, response: pageOf(contractView),
      handler: ({ query }) => searchContracts(deps, query),
    }),
    route({
      method: 'post', path: '/contracts', tag: 'contracts', access: 'contracts.write', status: 201,
      summary: 'Add a contract with its first terms; an active one signs the host',
      body: contractCreate, response: contractView,
      handler: ({ body, actor }) => createContract(deps, actor, body),
    }),
    route({
      method: 'get', path: '/contracts/:id', tag: 'contracts', access: 'contracts.read', summary: 'One contract with every version of its terms',
      params: idParam, response: contractView,
      handler: ({ params }) => getContract(deps, params.id),
    }),
    route({
      method: 'patch', path: '/contracts/:id', tag: 'contracts', access: 'contracts.write',
      summary: 'Change dates, number, status, exclusivity or platforms (terms change by amendment)',
      params: idParam, body: contractPatch, response: contractView,
      handler: ({ params, body, actor }) => updateContract(deps, actor, params.id, body),
    }),
    route({
      method: 'post', path: '/contracts/:id/amendments', tag: 'contracts', access: 'contracts.write', status: 201,
      summary: 'Amend the terms from a date: a new version; earlier versions are kept unchanged',
      params: idParam, body: amendmentCreate, response: contractView,
      handler: ({ params, body, actor }) => amendContract(deps, actor, params.id, body),
    }),
  ];
}
