import type { AppDeps } from '../../deps';
import { route } from '../../http/route';
import { chartsQuery, chartsView, dashboardView } from '../../shared/api/reports';
import { dashboardCharts, dashboardOf } from './dashboard.service';

export function dashboardRoutes(deps: AppDeps) {
  return [
    route({
      method: 'get', path: '/dashboard', tag: 'reports', access: 'signed-in',
      summary: 'The dashboard: this month against last, sessions today and this week, who is live, what expires within 30 days, what waits; only the sections the role may read',
      response: dashboardView,
      handler: ({ actor }) => dashboardOf(deps, actor),
    }),
    route({
      method: 'get', path: '/dashboard/charts', tag: 'reports', access: 'reports.read',
      summary: 'A month\'s GMV and commission by agency day, by platform, and for its ten hosts with the most GMV',
      query: chartsQuery, response: chartsView,
      handler: ({ query }) => dashboardCharts(deps, query.period),
    }),
  ];
}
