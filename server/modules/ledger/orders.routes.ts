import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam } from '../../shared/schemas';
import { assignBody, ledgerQuery, orderQuery } from '../../shared/api/ledger';
import { assignToAccount, getOrder, searchLedger, searchOrders } from './ledger.service';

export function ordersRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/orders', tag: 'orders', access: 'orders.read',
      summary: 'Orders, filtered by platform, status, host, session, account, period (paid), or unmatched=true',
      query: orderQuery, handler: ({ query }) => searchOrders(deps, query),
    }),
    route({
      method: 'get', path: '/orders/:id', tag: 'orders', access: 'orders.read',
      summary: 'One order with its raw platform row, attribution and ledger entries',
      params: idParam, handler: ({ params }) => getOrder(deps, params.id),
    }),
    route({
      method: 'post', path: '/orders/:id/assign', tag: 'orders', access: 'orders.write',
      summary: 'Unmatched queue: add the order\'s identifier to an account; every order naming it is attributed',
      params: idParam, body: assignBody, handler: ({ params, body, actor }) => assignToAccount(deps, actor, params.id, body.accountId),
    }),
    route({
      method: 'get', path: '/ledger', tag: 'orders', access: 'orders.read',
      summary: 'Commission ledger entries (append-only), by booking period and host, with their sum',
      query: ledgerQuery, handler: ({ query }) => searchLedger(deps, query),
    }),
  ];
}
