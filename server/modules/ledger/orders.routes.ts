import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { idParam } from '../../shared/schemas';
import { contentTypes, sendTable, type TableFormat } from '../../http/table-download';
import {
  assignBody, assignedGroupView, assignedOrderView, assignGroupBody, unmatchedGroupPage, unmatchedGroupQuery, ledgerExportQuery, ledgerPage, ledgerQuery, ledgerSubtotalsView, orderDetailView, orderExportQuery, orderFilterQuery, orderPage, orderQuery, orderSubtotalsView,
} from '../../shared/api/ledger';
import { ledgerTable } from './ledger-export';
import { ordersTable } from './order-export';
import { assignGroup, searchUnmatchedGroups } from './unmatched.service';
import { assignToAccount, getOrder, ledgerSubtotalsOf, orderSubtotalsOf, searchLedger, searchOrders } from './ledger.service';

const ledgerExport = (deps: AppDeps, format: TableFormat) => route({
  method: 'get', path: `/ledger/export.${format}`, tag: 'orders', access: 'orders.read', produces: contentTypes[format],
  summary: `The filtered ledger as .${format}, newest first; headers and labels in \`lang\` (else Accept-Language); money in yuan`,
  query: ledgerExportQuery,
  handler: ({ query: { lang, ...filter }, locale, res }) => sendTable(res, format, ledgerTable(deps, filter, lang ?? locale)),
});

const ordersExport = (deps: AppDeps, format: TableFormat) => route({
  method: 'get', path: `/orders/export.${format}`, tag: 'orders', access: 'orders.read', produces: contentTypes[format],
  summary: `The orders the list's filter matches as .${format}, in the list's order; headers and labels in \`lang\` (else Accept-Language); money in yuan`,
  query: orderExportQuery,
  handler: ({ query: { lang, ...filter }, locale, res }) => sendTable(res, format, ordersTable(deps, filter, lang ?? locale)),
});

export function ordersRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/orders', tag: 'orders', access: 'orders.read',
      summary: 'Orders, filtered by platform, status, host, session, account, period (paid), paid dates from..to (agency dates, both included), or unmatched=true',
      query: orderQuery, response: orderPage, handler: ({ query }) => searchOrders(deps, query),
    }),
    route({
      method: 'get', path: '/orders/unmatched-groups', tag: 'orders', access: 'orders.read',
      summary: 'The unmatched queue grouped by platform and unknown account identifier, with each group\'s count and GMV, largest GMV first',
      query: unmatchedGroupQuery, response: unmatchedGroupPage, handler: ({ query }) => searchUnmatchedGroups(deps, query),
    }),
    route({
      method: 'post', path: '/orders/unmatched-groups/assign', tag: 'orders', access: 'orders.write',
      summary: 'Assign a group: its identifier joins an account (accountId) or a new account of a host (newAccount); every order naming it is attributed',
      body: assignGroupBody, response: assignedGroupView, handler: ({ body, actor }) => assignGroup(deps, actor, body),
    }),
    route({
      method: 'get', path: '/orders/subtotals', tag: 'orders', access: 'orders.read',
      summary: 'The orders the list\'s filter matches, summed: count, GMV, estimated and settled commission, refunds; by platform, and by host (each host\'s part) unless filtered by host',
      query: orderFilterQuery, response: orderSubtotalsView, handler: ({ query }) => orderSubtotalsOf(deps, query),
    }),
    // Before '/orders/:id', which would take 'export.xlsx' for an id.
    ordersExport(deps, 'xlsx'),
    ordersExport(deps, 'csv'),
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
      method: 'get', path: '/ledger/subtotals', tag: 'orders', access: 'orders.read',
      summary: 'The ledger entries the filter matches, summed by host and by booking period',
      query: ledgerExportQuery.omit({ lang: true }), response: ledgerSubtotalsView, handler: ({ query }) => ledgerSubtotalsOf(deps, query),
    }),
    ledgerExport(deps, 'xlsx'),
    ledgerExport(deps, 'csv'),
    route({
      method: 'get', path: '/ledger', tag: 'orders', access: 'orders.read',
      summary: 'Commission ledger entries (append-only), newest first, with the platform order number, by booking period and host, with their sum',
      query: ledgerQuery, response: ledgerPage, handler: ({ query }) => searchLedger(deps, query),
    }),
  ];
}
