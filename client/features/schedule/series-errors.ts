import { z } from 'zod';
import { ApiError, isApiError } from '../../lib/api';
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
