import { useMutation } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ContractTerms } from '../../../server/domain/terms';
import { whatIfView } from '../../../server/shared/api/settlement';
import { apiRequest } from '../../lib/api';
import { apiPaths } from '../../lib/paths';

export type WhatIfView = z.infer<typeof whatIfView>;
export type WhatIfPeriod = WhatIfView['periods'][number];

/** The host's last closed periods recomputed under candidate terms; a question, not a write, so nothing is invalidated. */
export function useWhatIf(hostId: number) {
  return useMutation({
    mutationFn: (input: { terms: ContractTerms; periods: number }) =>
      apiRequest(apiPaths.hostWhatIf(hostId), { method: 'POST', body: input, schema: whatIfView }),
  });
}
