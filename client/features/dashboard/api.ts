import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { chartsView, dashboardView, type ChartsView, type DashboardView } from '../../../server/shared/api/reports';
import { apiRequest } from '../../lib/api';
import { apiPaths } from '../../lib/paths';

export type { ChartsView, DashboardView };

export const dashboardKeys = {
  all: ['dashboard'] as const,
  summary: ['dashboard', 'summary'] as const,
  charts: (period: string) => ['dashboard', 'charts', period] as const,
};

/** The day's figures: only the sections the user's role may read come back. */
export function useDashboard() {
  return useQuery({
    queryKey: dashboardKeys.summary,
    queryFn: ({ signal }) => apiRequest(apiPaths.dashboard, { schema: dashboardView, signal }),
  });
}

export function useDashboardCharts(period: string) {
  return useQuery({
    queryKey: dashboardKeys.charts(period),
    queryFn: ({ signal }) => apiRequest(apiPaths.dashboardCharts(period), { schema: chartsView, signal }),
    placeholderData: keepPreviousData,
  });
}
