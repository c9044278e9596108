import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { periodClosed, periodView, type PeriodView } from '../../../server/shared/api/settlement';
import { apiRequest } from '../../lib/api';
import { apiPaths } from '../../lib/paths';
import { statementKeys } from './api';

export type { PeriodView };

const periodsKey = ['periods'] as const;

/** Every period finance works in, newest first: open or closed, statements by status, totals. */
export function usePeriods() {
  return useQuery({
    queryKey: periodsKey,
    queryFn: ({ signal }) => apiRequest(apiPaths.periods, { schema: z.object({ items: z.array(periodView) }), signal }),
  });
}

/** The period's state as the periods list has it; a period not listed has nothing in it yet, so it is open. */
export function usePeriodState(period: string): PeriodView['status'] {
  const periods = usePeriods();
  return periods.data?.items.find((p) => p.period === period)?.status ?? 'open';
}

export function useClosePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (period: string) => apiRequest(apiPaths.periodClose(period), { method: 'POST', schema: periodClosed }),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: periodsKey }), queryClient.invalidateQueries({ queryKey: statementKeys.all })]),
  });
}
