import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { periodClosed, periodParam, periodView, runCreate, runQuery, runView, whatIfBody, whatIfView } from '../../shared/api/settlement';
import { idParam, pageOf } from '../../shared/schemas';
import { z } from 'zod';
import { closePeriod, listPeriods } from './periods-close.service';
import { getRun, runSettlement, searchRuns } from './settlement.service';
import { whatIf } from './what-if.service';

export function settlementRoutes(deps: AppDeps) {
  return [
    route({
      method: 'post', path: '/settlements/runs', tag: 'settlements', access: 'statements.write', status: 201, localized: true,
      summary: 'Run the settlement of a period: draft statements for every host with money in it (approved and paid ones are kept)',
      body: runCreate, response: runView,
      handler: ({ body, actor }) => runSettlement(deps, actor, body.period),
    }),
    route({
      method: 'get', path: '/settlements/runs', tag: 'settlements', access: 'settlements.read', summary: 'The settlement runs, newest first',
      query: runQuery, response: pageOf(runView),
      handler: ({ query }) => searchRuns(deps, query),
    }),
    route({
      method: 'get', path: '/settlements/runs/:id', tag: 'settlements', access: 'settlements.read', summary: 'One settlement run',
      params: idParam, response: runView,
      handler: ({ params }) => getRun(deps, params.id),
    }),
    route({
      method: 'post', path: '/hosts/:id/what-if', tag: 'settlements', access: 'contracts.read',
      summary: 'What the host\'s last N closed periods would have paid under candidate terms, next to what was paid (nothing is written)',
      params: idParam, body: whatIfBody, response: whatIfView,
      handler: ({ params, body, actor }) => whatIf(deps, actor, params.id, body),
    }),
    route({
      method: 'get', path: '/periods', tag: 'periods', access: 'periods.read',
      summary: 'The settlement periods, newest first: open or closed, statements by status, totals',
      response: z.object({ items: z.array(periodView) }),
      handler: () => listPeriods(deps),
    }),
    route({
      method: 'post', path: '/periods/:period/close', tag: 'periods', access: 'periods.write',
      summary: 'Close a period once it has ended and every statement is approved; nothing booked in it changes after',
      params: periodParam, response: periodClosed,
      handler: ({ params, actor }) => closePeriod(deps, actor, params.period),
    }),
  ];
}
