import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam } from '../../shared/schemas';
import { assignBody, assignedOrderView, ledgerPage, ledgerQuery, orderDetailView, orderPage, orderQuery } from '../../shared/api/ledger';
import { assignToAccount, getOrder, searchLedger, searchOrders } from './ledger.service';

export function ordersRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/orders', tag: 'orders', access: 'orders.read',
      summary: 'Orders, filtered by platform, status, host, session, account, period (paid), or unmatched=true',
      query: orderQuery, response: orderPage, handler: ({ query }) => searchOrders(deps, query),
    }),
    route({
      method: 'get', path: '/orders/:id', tag: 'orders', access: 'orders.read',
      summary: 'One order with its raw platform row, attribution and ledger entries',
      params: idParam, response: orderDetailView, handler: ({ params }) => getOrder(deps, params.id),
    }),
    route({
      method: 'post', path: '/orders/:id/assign', tag: 'orders', access: 'orders.write',
      summary: 'Unmatched queue: add the order\'s identifier to an account; every order naming it is attributed',
      params: idParam, body: assignBody, response: assignedOrderView,
      handler: ({ params, body, actor }) => assignToAccount(deps, actor, params.id, body.accountId),
    }),
    route({
      method: 'get', path: '/ledger', tag: 'orders', access: 'orders.read',
      summary: 'Commission ledger entries (append-only), by booking period and host, with their sum',
      query: ledgerQuery, response: ledgerPage, handler: ({ query }) => searchLedger(deps, query),
    }),
  ];
}
