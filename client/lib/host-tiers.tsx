import { createContext, useContext, type ReactNode } from 'react';
import { defaultSettings } from '../../server/shared/api/settings';

const HostTiersContext = createContext<readonly string[]>(defaultSettings.hostTiers);

/** The agency's host tiers (级别) from settings, given to every page by the app shell. */
export function HostTiersProvider({ tiers, children }: { tiers: readonly string[] | undefined; children: ReactNode }) {
  return <HostTiersContext value={tiers ?? defaultSettings.hostTiers}>{children}</HostTiersContext>;
}

/** The tiers a host may be given, best first. */
export function useHostTiers(): readonly string[] {
  return useContext(HostTiersContext);
}

/**
 * The choices of a tier select: the agency's tiers, and the host's own if it is no longer listed (a tier given
 * before the list existed keeps showing, and stays until changed).
 */
export function tierOptions(tiers: readonly string[], current: string, unlisted: (tier: string) => string): { value: string; label: string }[] {
  const options = tiers.map((tier) => ({ value: tier, label: tier }));
  return current && !tiers.includes(current) ? [...options, { value: current, label: unlisted(current) }] : options;
}
