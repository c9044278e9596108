import { periodOf, previousPeriod, type Period } from '../../server/domain/periods';
import { period as periodSchema } from '../../server/shared/schemas';

/** Finance settles the month that has just ended: the period before today's, on the agency's clock. */
export function defaultPeriod(now: Date, timeZone: string): Period {
  return previousPeriod(periodOf(now, timeZone));
}

/** A period the API accepts (the shared schema's YYYY-MM). */
export function isApiPeriod(value: string): boolean {
  return periodSchema.safeParse(value).success;
}

/** The period a page shows: the one in the URL when the API would take it, else the default. */
export function periodFromSearch(value: string, now: Date, timeZone: string): Period {
  return isApiPeriod(value) ? value : defaultPeriod(now, timeZone);
}
