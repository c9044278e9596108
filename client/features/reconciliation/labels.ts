import { platforms, useRosterLabels, type Platform } from '../../lib/roster-labels';

/** The platform as people call it; a platform the roster does not know shows as it came. */
export function useAccountLabel(): (platform: string) => string {
  const roster = useRosterLabels();
  return (platform) => ((platforms as readonly string[]).includes(platform) ? roster.platform(platform as Platform) : platform);
}
