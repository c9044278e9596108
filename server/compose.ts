import type { AppDeps, BaseDeps } from './deps';
import { dealsOfSession } from './modules/deals/deals.service';
import { reattributeForAccount, reattributeForSession } from './modules/ledger/ledger.service';

/**
 * The composition root: the process's dependencies and the ports through which a module reaches one
 * above it (server/deps.ts, Ports). The process entry, the tests and the benchmarks all build theirs here.
 */
export function composeDeps(base: BaseDeps): AppDeps {
  const deps: AppDeps = {
    ...base,
    ports: {
      reattributeForSession: (tx, change) => reattributeForSession(deps, tx, change),
      reattributeForAccount: (tx, account) => reattributeForAccount(deps, tx, account),
      dealsOfSession: (tx, sessionId) => dealsOfSession(tx, sessionId),
    },
  };
  return deps;
}
