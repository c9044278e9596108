import { z } from 'zod';
import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { receiveUpload, uploadDir } from '../../http/upload';
import {
  accountPeriodParams, mismatchList, payoutBody, payoutImportResult, pitFeeList, reconcileBody, reconciliationItem, reconciliationList, reconciliationQuery,
} from '../../shared/api/reconciliation';
import { importPayouts, MAX_PAYOUT_UPLOAD_BYTES, payoutTemplate } from './payout-sheet';
import { enterPayout, markReconciled, mismatchesOf, pitFeesOf, reconciliationOf } from './reconciliation.service';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reconciliationRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/reconciliation/payouts/import-template.xlsx', tag: 'reconciliation', access: 'reconciliation.write', produces: xlsx,
      summary: 'The payout sheet template: platform, the account\'s identifier on it, period (YYYY-MM), payout in yuan',
      handler: async ({ res }) => {
        res.set({ 'Content-Type': xlsx, 'Content-Disposition': 'attachment; filename="payouts-import-template.xlsx"' }).send(await payoutTemplate());
      },
    }),
    route({
      method: 'post', path: '/reconciliation/payouts/import', tag: 'reconciliation', access: 'reconciliation.write', response: payoutImportResult, localized: true,
      summary: 'Enter the platforms\' stated payouts from a settlement sheet (.xlsx or .csv, multipart field "file"): each row as PUT .../payout would, bad rows reported',
      uploadFields: z.object({}),
      handler: async ({ req, actor, locale }) => importPayouts(deps, actor, await receiveUpload(req, uploadDir(deps.env), MAX_PAYOUT_UPLOAD_BYTES), locale),
    }),
    route({
      method: 'get', path: '/reconciliation', tag: 'reconciliation', access: 'reconciliation.read',
      summary: 'A period\'s reconciliation per platform account: orders, GMV, commissions, refunds, the ledger against the stated payout',
      query: reconciliationQuery, response: reconciliationList,
      handler: ({ query }) => reconciliationOf(deps, query.period),
    }),
    route({
      method: 'get', path: '/reconciliation/pit-fees', tag: 'reconciliation', access: 'brands.read',
      summary: 'Pit fees invoiced against received: the deals sold in the period\'s sessions, what is outstanding, overdue ones flagged',
      query: reconciliationQuery, response: pitFeeList,
      handler: ({ query }) => pitFeesOf(deps, query.period),
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
