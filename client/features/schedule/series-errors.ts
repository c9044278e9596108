import { z } from 'zod';
import { expandSeries } from '../../../server/domain/recurrence';
import { ApiError, isApiError } from '../../lib/api';
import type { SeriesBody } from './api';
import { conflictsOf, type ConflictView } from './conflicts';

// A refused series (409 or 422) lists each occurrence that cannot be booked, with its own error code
// and details (the conflicts, or the rule broken): nothing was booked.

const refusalSchema = z.object({
  occurrence: z.object({ localDate: z.string(), startsAt: z.string(), endsAt: z.string() }),
  code: z.string(),
  details: z.array(z.unknown()).catch([]),
});

export type SeriesRefusal = { localDate: string; code: string; conflicts: ConflictView[]; messages: string[] };

export function seriesRefusals(error: unknown): SeriesRefusal[] {
  if (!isApiError(error) || (error.code !== 'schedule_conflict' && error.code !== 'unprocessable')) return [];
  return error.details.flatMap((d) => {
    const parsed = refusalSchema.safeParse(d);
    if (!parsed.success) return [];
    const { occurrence, code, details } = parsed.data;
    // The occurrence's own error, read with the same readers as a single booking's.
    const inner = new ApiError({ status: 0, code, details });
    return [{ localDate: occurrence.localDate, code, conflicts: conflictsOf(inner), messages: inner.fieldDetails.map((f) => f.message) }];
  });
}

/** How many occurrences the series' rule makes (0 for a rule the server would refuse). */
export function occurrencesOf(body: SeriesBody, timeZone: string): number {
  const expansion = expandSeries({ ...body.rule, timeZone });
  return expansion.ok ? expansion.occurrences.length : 0;
}
