import { z } from 'zod';
import { schemaText } from '../../domain/text';
import { isoDate } from '../../shared/schemas';
import { bookingWarning, crewInput, sessionHostInput } from './sessions.schemas';

export const seriesCreate = z.object({
  rule: z.object({
    weekdays: z.array(z.number().int().min(1).max(7)).min(1, schemaText('Choose at least one weekday (1 = Monday ... 7 = Sunday)', '请至少选择一个星期几（1 = 周一 … 7 = 周日）')),
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, schemaText('Expected HH:mm', '应为 HH:mm 格式的时间')),
    durationMinutes: z.number().int().min(1).max(1440),
    fromDate: isoDate,
    untilDate: isoDate,
  }).strict(),
  accountId: z.number().int().positive(),
  roomId: z.number().int().positive().nullable().default(null),
  hosts: z.array(sessionHostInput).min(1).max(10),
  crew: z.array(crewInput).max(20).default([]),
  title: z.string().trim().max(200).default(''),
  notes: z.string().max(2000).default(''),
}).strict();

/** A booked series: its sessions, and a warning per host and agency day past the daily limit. */
export const seriesCreated = z.object({
  id: z.number().int(),
  rule: seriesCreate.shape.rule,
  sessionIds: z.array(z.number().int()),
  occurrences: z.number().int(),
  warnings: z.array(bookingWarning),
});

export const seriesCancel = z.object({ from: isoDate.optional() }).strict();

export type SeriesCreate = z.infer<typeof seriesCreate>;
