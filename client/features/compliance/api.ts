import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { categories, type Category } from '../../../server/domain/roster';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, pageSchema, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export const qualificationSchema = z.object({
  id: z.number(),
  hostId: z.number(),
  category: z.enum(categories),
  certificateNumber: z.string(),
  expiresOn: z.string(),
  valid: z.boolean(),
  createdAt: z.string(),
});
export type Qualification = z.infer<typeof qualificationSchema>;

/** The kinds server/domain/compliance.ts reports; an unknown kind is still listed, by its name. */
const issueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('missing_birth_date') }),
  z.object({ kind: z.literal('not_real_name_verified') }),
  z.object({ kind: z.literal('missing_guardian_consent'), age: z.number() }),
  z.object({ kind: z.literal('qualification_expiring'), category: z.string(), expiresOn: z.string(), expired: z.boolean() }),
  z.object({ kind: z.literal('contract_expiring'), contractId: z.number(), number: z.string(), endDate: z.string() }),
]).or(z.object({ kind: z.string() }));
export type ComplianceIssue = z.infer<typeof issueSchema>;

export const complianceRowSchema = z.object({ hostId: z.number(), stageName: z.string(), status: z.string(), issues: z.array(issueSchema) });
export type ComplianceRow = z.infer<typeof complianceRowSchema>;

const keys = {
  all: ['compliance'] as const,
  report: (params: object) => ['compliance', 'report', params] as const,
  qualifications: (hostId: Id) => ['compliance', 'qualifications', String(hostId)] as const,
};

export function useComplianceReport(params: { page: number; withinDays: number }) {
  return useQuery({
    queryKey: keys.report(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.compliance, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageSchema(complianceRowSchema), signal }),
    placeholderData: keepPreviousData,
  });
}

export function useQualifications(hostId: Id) {
  return useQuery({
    queryKey: keys.qualifications(hostId),
    queryFn: ({ signal }) => apiRequest(apiPaths.hostQualifications(hostId), { schema: pageSchema(qualificationSchema), signal }),
  });
}

export type QualificationInput = { category: Category; certificateNumber: string; expiresOn: string };

export function useAddQualification(hostId: Id) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: QualificationInput) => apiRequest(apiPaths.hostQualifications(hostId), { method: 'POST', body: input, schema: qualificationSchema }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: keys.all }),
  });
}
