import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { dateRange, performanceView, reportQuery, reportView } from '../../shared/api/reports';
import { idParam } from '../../shared/schemas';
import { hostPerformance } from './performance.service';
import { reportFileName, reportWorkbook } from './reports-sheet';
import { reportOf } from './reports.service';

const xlsx = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function reportsRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/reports', tag: 'reports', access: 'reports.read',
      summary: 'GMV, commission (estimated, settled), refunds and host payouts by host, platform, session, brand or agent over a date range, with totals',
      query: reportQuery, response: reportView,
      handler: ({ query, actor }) => reportOf(deps, actor, query),
    }),
    route({
      method: 'get', path: '/reports/export.xlsx', tag: 'reports', access: 'reports.read', produces: xlsx,
      summary: 'The same report as .xlsx, its headers in the user\'s language', query: reportQuery,
      handler: async ({ query, actor, locale, res }) => {
        const report = reportOf(deps, actor, query);
        const body = await reportWorkbook(report, actor.locale ?? locale);
        res.set({ 'Content-Type': xlsx, 'Content-Disposition': `attachment; filename="${reportFileName(report)}"` }).send(body);
      },
    }),
    route({
      method: 'get', path: '/reports/hosts/:id/performance', tag: 'reports', access: 'reports.read',
      summary: 'A host\'s sessions, hours live, GMV per hour live, refund rate and statements over a date range, month by month',
      params: idParam, query: dateRange, response: performanceView,
      handler: ({ params, query, actor }) => hostPerformance(deps, actor, params.id, query),
    }),
  ];
}
