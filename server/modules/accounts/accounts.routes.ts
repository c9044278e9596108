import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam, pageOf } from '../../shared/schemas';
import { accountCreate, accountPatch, accountQuery, accountView } from '../../shared/api/accounts';
import { archiveAccount, createAccount, getAccount, hostAccounts, updateAccount } from './accounts.service';

export function accountsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/hosts/:id/accounts', tag: 'accounts', access: 'hosts.read', summary: "A host's platform accounts",
      params: idParam, query: accountQuery, response: pageOf(accountView),
      handler: ({ params, query }) => hostAccounts(deps, params.id, query),
    }),
    route({
      method: 'post', path: '/hosts/:id/accounts', tag: 'accounts', access: 'hosts.write', status: 201,
      summary: 'Add a platform account; each identifier is unique within its platform',
      params: idParam, body: accountCreate, response: accountView,
      handler: ({ params, body, actor }) => createAccount(deps, actor, params.id, body),
    }),
    route({
      method: 'get', path: '/accounts/:id', tag: 'accounts', access: 'hosts.read', summary: 'One platform account',
      params: idParam, response: accountView,
      handler: ({ params }) => getAccount(deps, params.id),
    }),
    route({
      method: 'patch', path: '/accounts/:id', tag: 'accounts', access: 'hosts.write',
      summary: "Change an account's identifiers (the list replaces the old one), handle or followers",
      params: idParam, body: accountPatch, response: accountView,
      handler: ({ params, body, actor }) => updateAccount(deps, actor, params.id, body),
    }),
    route({
      method: 'post', path: '/accounts/:id/archive', tag: 'accounts', access: 'hosts.write',
      summary: 'Archive an account (its identifiers stay reserved)',
      params: idParam, response: accountView,
      handler: ({ params, actor }) => archiveAccount(deps, actor, params.id),
    }),
  ];
}
