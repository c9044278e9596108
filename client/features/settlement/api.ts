import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { StatementStatus } from '../../../server/domain/settlement';
import {
  runView, statementDetail, statementListItem, type adjustmentCreate, type payment, type RunView, type StatementDetail, type StatementListItem,
} from '../../../server/shared/api/settlement';
import { pageOf } from '../../../server/shared/schemas';
import { apiRequest } from '../../lib/api';
import { DEFAULT_PAGE_SIZE, type Id } from '../../lib/pagination';
import { apiPaths, withQuery } from '../../lib/paths';

export type { RunView, StatementDetail, StatementListItem };

export type StatementListParams = { page: number; period?: string; status?: StatementStatus | ''; hostId?: Id | ''; agentId?: string; pageSize?: number };

export const statementKeys = {
  all: ['statements'] as const,
  list: (params: StatementListParams) => ['statements', 'list', params] as const,
  one: (id: Id) => ['statements', 'one', String(id)] as const,
  runs: (period: string) => ['statements', 'runs', period] as const,
};

export function useStatements(params: StatementListParams) {
  return useQuery({
    queryKey: statementKeys.list(params),
    queryFn: ({ signal }) => apiRequest(withQuery(apiPaths.statements, { pageSize: DEFAULT_PAGE_SIZE, ...params }), { schema: pageOf(statementListItem), signal }),
    placeholderData: keepPreviousData,
  });
}

/** How many of the period's statements are drafts: a run recomputes them, so it asks first. */
export function useDraftCount(period: string) {
  const drafts = useStatements({ page: 1, period, status: 'draft', pageSize: 1 });
  return drafts.data?.total ?? 0;
}

export function useStatement(id: Id, enabled = true) {
  return useQuery({ enabled, queryKey: statementKeys.one(id), queryFn: ({ signal }) => apiRequest(apiPaths.statement(id), { schema: statementDetail, signal }) });
}

/** The period's latest settlement run (runs come newest first), or null before the first. */
/** The period's last run; `enabled` false for a role that may not read runs (a manager: they list every host). */
export function useLastRun(period: string, enabled = true) {
  return useQuery({
    enabled,
    queryKey: statementKeys.runs(period),
    queryFn: async ({ signal }) => {
      const runs = await apiRequest(withQuery(apiPaths.settlementRuns, { period, pageSize: 1 }), { schema: pageOf(runView), signal });
      return runs.items[0] ?? null;
    },
  });
}

/** Everything a run, an approval or a payment changes: statements, runs and the periods' counts. */
function useInvalidateSettlement() {
  const queryClient = useQueryClient();
  return () => Promise.all([queryClient.invalidateQueries({ queryKey: statementKeys.all }), queryClient.invalidateQueries({ queryKey: ['periods'] })]);
}

export function useRunSettlement() {
  const invalidate = useInvalidateSettlement();
  return useMutation({
    mutationFn: (period: string) => apiRequest(apiPaths.settlementRuns, { method: 'POST', body: { period }, schema: runView }),
    onSuccess: invalidate,
  });
}

/** A statement change answers the statement recomputed: it replaces the cached one, and the lists refresh. */
function useStatementMutation<V>(id: Id, mutationFn: (input: V) => Promise<StatementDetail>) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidateSettlement();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(statementKeys.one(id), detail);
      return invalidate();
    },
  });
}

export type AdjustmentInput = z.input<typeof adjustmentCreate>;
export type PaymentInput = z.input<typeof payment>;

export function useAddAdjustment(id: Id) {
  return useStatementMutation(id, (input: AdjustmentInput) =>
    apiRequest(apiPaths.statementAdjustments(id), { method: 'POST', body: input, schema: statementDetail }));
}

export function useRemoveAdjustment(id: Id) {
  return useStatementMutation(id, (adjustmentId: number) =>
    apiRequest(apiPaths.statementAdjustment(id, adjustmentId), { method: 'DELETE', schema: statementDetail }));
}

export function useApproveStatement(id: Id) {
  return useStatementMutation(id, () => apiRequest(apiPaths.statementApprove(id), { method: 'POST', schema: statementDetail }));
}

export function usePayStatement(id: Id) {
  return useStatementMutation(id, (input: PaymentInput) => apiRequest(apiPaths.statementPay(id), { method: 'POST', body: input, schema: statementDetail }));
}
