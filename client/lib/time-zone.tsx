import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_TIME_ZONE, formatInstant, isValidTimeZone } from './format';

const TimeZoneContext = createContext(DEFAULT_TIME_ZONE);

/** The agency time zone from settings, given to every page by the app shell. */
export function TimeZoneProvider({ timeZone, children }: { timeZone: string | undefined; children: ReactNode }) {
  const zone = timeZone && isValidTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE;
  return <TimeZoneContext value={zone}>{children}</TimeZoneContext>;
}

export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}

/** Formats instants on the agency's clock. */
export function useFormatInstant(): (instant: string | Date | null | undefined) => string {
  const timeZone = useTimeZone();
  return (instant) => (instant ? formatInstant(instant, timeZone) : '—');
}
