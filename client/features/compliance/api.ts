import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  complianceView, qualificationView, type ComplianceIssue, type ComplianceRow, type Qualification, type QualificationCreate,
} from '../../../server/shared/api/compliance';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type { ComplianceIssue, ComplianceRow, Qualification };

const keys = {
  all: ['compliance'] as const,
  report: (params: object) => ['compliance', 'report', params] as const,
  qualifications: (hostId: Id) => ['compliance', 'qualifications', String(hostId)] as const,
};

export function useComplianceReport(params: { page: number; withinDays: number }) {
  return useQuery({
    queryKey: keys.report(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.compliance, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageOf(complianceView), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useQualifications(hostId: Id) {
  return useQuery({
    queryKey: keys.qualifications(hostId),
    queryFn: ({ signal }) => apiRequest(apiPaths.hostQualifications(hostId), { schema: pageOf(qualificationView), signal }),
  });
}

export type QualificationInput = QualificationCreate;

export function useAddQualification(hostId: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QualificationInput) => apiRequest(apiPaths.hostQualifications(hostId), { method: 'POST', body: input, schema: qualificationView }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
