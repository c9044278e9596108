import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { accountPeriodParams, mismatchList, payoutBody, reconcileBody, reconciliationItem, reconciliationList, reconciliationQuery } from '../../shared/api/reconciliation';
import { enterPayout, markReconciled, mismatchesOf, reconciliationOf } from './reconciliation.service';

export function reconciliationRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/reconciliation', tag: 'reconciliation', access: 'reconciliation.read',
      summary: 'A period\'s reconciliation per platform account: orders, GMV, commissions, refunds, the ledger against the stated payout',
      query: reconciliationQuery, response: reconciliationList,
      handler: ({ query }) => reconciliationOf(deps, query.period),
    }),
    route({
      method: 'get', path: '/reconciliation/:period/:accountId/mismatches', tag: 'reconciliation', access: 'reconciliation.read',
      summary: 'The account\'s orders paid in the period whose reported commission is off base x rate by more than one fen',
      params: accountPeriodParams, response: mismatchList,
      handler: ({ params }) => mismatchesOf(deps, params.period, params.accountId),
    }),
    route({
      method: 'put', path: '/reconciliation/:period/:accountId/payout', tag: 'reconciliation', access: 'reconciliation.write',
      summary: 'Enter the payout the platform states for the account-period',
      params: accountPeriodParams, body: payoutBody, response: reconciliationItem,
      handler: ({ params, body, actor }) => enterPayout(deps, actor, params.period, params.accountId, body.amountFen),
    }),
    route({
      method: 'post', path: '/reconciliation/:period/:accountId/reconcile', tag: 'reconciliation', access: 'reconciliation.write',
      summary: 'Mark the account-period reconciled, with a note (audited)',
      params: accountPeriodParams, body: reconcileBody, response: reconciliationItem,
      handler: ({ params, body, actor }) => markReconciled(deps, actor, params.period, params.accountId, { reconciled: true, note: body.note }),
    }),
    route({
      method: 'delete', path: '/reconciliation/:period/:accountId/reconcile', tag: 'reconciliation', access: 'reconciliation.write',
      summary: 'Undo the reconciled mark while the period is open',
      params: accountPeriodParams, response: reconciliationItem,
      handler: ({ params, actor }) => markReconciled(deps, actor, params.period, params.accountId, { reconciled: false, note: '' }),
    }),
  ];
}
