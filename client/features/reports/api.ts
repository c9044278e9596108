import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { performanceView, reportView, type PerformanceView, type ReportDimension, type ReportView } from '../../../server/shared/api/reports';
import { apiRequest } from '../../lib/api';
import { apiPaths, withQuery } from '../../lib/paths';

export type { PerformanceView, ReportDimension, ReportView };
export type ReportRow = ReportView['rows'][number];

export const reportKeys = {
  all: ['reports'] as const,
  report: (by: string, from: string, to: string) => ['reports', by, from, to] as const,
  performance: (hostId: number, from: string, to: string) => ['reports', 'performance', hostId, from, to] as const,
};

export function useReport(q: { by: ReportDimension; from: string; to: string }) {
  return useQuery({
    queryKey: reportKeys.report(q.by, q.from, q.to),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.reports, q), { schema: reportView, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useHostPerformance(hostId: number, from: string, to: string) {
  return useQuery({
    queryKey: reportKeys.performance(hostId, from, to),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.hostPerformance(hostId), { from, to }), { schema: performanceView, signal }),
    placeholderData: keepPreviousData,
  });
}
