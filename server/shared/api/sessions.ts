import { z } from 'zod';
import { hostRoles } from '../../domain/schedule';
import { sessionStatuses } from '../../domain/session-status';
import { schemaText } from '../../domain/text';
import { fen, instant, isoDate, pageOf, pageQuery } from '../schemas';

const id = z.number().int().positive();
export const sessionHostInput = z.object({ hostId: id, role: z.enum(hostRoles), shareBp: z.number().int().min(0).max(10000) }).strict();
export const crewInput = z.object({ userId: id, duty: z.string().trim().min(1).max(50) }).strict();

const fields = {
  accountId: id,
  roomId: id.nullable(),
  hosts: z.array(sessionHostInput).min(1).max(10),
  crew: z.array(crewInput).max(20),
  startsAt: instant,
  endsAt: instant,
  title: z.string().trim().max(200),
  notes: z.string().max(2000),
  status: z.enum(sessionStatuses),
  platformLiveId: z.string().trim().min(1).max(64).nullable(),
};

export const sessionCreate = z.object({
  ...fields,
  roomId: fields.roomId.default(null),
  crew: fields.crew.default([]),
  title: fields.title.default(''),
  notes: fields.notes.default(''),
  status: z.enum(['planned', 'confirmed', 'completed']).default('planned'),
  platformLiveId: fields.platformLiveId.default(null),
}).strict();

export const sessionPatch = z.object(fields).partial().strict();

export const sessionResults = z.object({
  actualStartAt: instant.nullable(),
  actualEndAt: instant.nullable(),
  peakViewers: z.number().int().min(0).nullable(),
  gmvFen: fen.refine((n) => n >= 0, schemaText('GMV cannot be negative', 'GMV 不能为负数')).nullable(),
}).partial().strict();

export const sessionQuery = pageQuery.extend({
  from: instant.optional(),
  to: instant.optional(),
  hostId: z.coerce.number().int().positive().optional(),
  roomId: z.coerce.number().int().positive().optional(),
  accountId: z.coerce.number().int().positive().optional(),
  status: z.enum(sessionStatuses).optional(),
  // Title, live-room id, a host's stage or legal name, or the session's number: what a picker types.
  q: z.string().trim().max(100).optional(),
  order: z.enum(['asc', 'desc']).default('asc'),
  pageSize: z.coerce.number().int().min(1).max(200).default(200),
});

/** A warning in a booking's answer: the booking succeeded, but a host streams past maxDailyMinutes that agency day. */
export const bookingWarning = z.object({
  code: z.literal('daily_limit_exceeded'),
  hostId: id,
  date: z.string(),
  minutes: z.number(),
  limit: z.number().int(),
  message: z.string(),
});

/** A session as the API answers it: instants with the agency zone's offset. */
export const sessionView = z.object({
  id: z.number(),
  accountId: z.number(),
  roomId: z.number().nullable(),
  seriesId: z.number().nullable(),
  hosts: z.array(z.object({ hostId: z.number(), role: z.enum(hostRoles), shareBp: z.number() })),
  crew: z.array(z.object({ userId: z.number(), duty: z.string() })),
  startsAt: z.string(),
  endsAt: z.string(),
  status: z.enum(sessionStatuses),
  title: z.string(),
  notes: z.string(),
  platformLiveId: z.string().nullable(),
  actualStartAt: z.string().nullable(),
  actualEndAt: z.string().nullable(),
  peakViewers: z.number().nullable(),
  gmvFen: z.number().nullable(),
});

export const sessionPage = pageOf(sessionView);

/** A booked or changed session, with a warning per host and agency day past the daily limit. */
export const bookedSessionView = sessionView.extend({ warnings: z.array(bookingWarning) });

/**
 * One detail of a 409 schedule_conflict: the rule, the other session and its interval (SPEC's fixed shape),
 * and what a person needs to recognise that session: its title, room and hosts by stage name. The rule's
 * own fields say who or what is shared: hostIds, crewUserIds, accountId, or the room's bufferMinutes.
 */
export const scheduleConflictDetail = z.object({
  rule: z.enum(['host', 'crew', 'account', 'room']),
  sessionId: z.number().nullable(),
  startsAt: z.string(),
  endsAt: z.string(),
  message: z.string(),
  title: z.string(),
  roomId: z.number().nullable(),
  roomName: z.string().nullable(),
  hosts: z.array(z.object({ hostId: z.number(), stageName: z.string() })),
  hostIds: z.array(z.number()).optional(),
  crewUserIds: z.array(z.number()).optional(),
  accountId: z.number().optional(),
  bufferMinutes: z.number().optional(),
});

/** Any other error's detail: the field it is about, if any, and a message. */
export const problemDetail = z.object({ path: z.array(z.union([z.string(), z.number()])).optional(), message: z.string() }).catchall(z.unknown());

/** One detail of a refused series (409 or 422): an occurrence that cannot be booked, with its own error's code and details. */
export const seriesRefusalDetail = z.object({
  message: z.string(),
  occurrence: z.object({ localDate: z.string(), startsAt: z.string(), endsAt: z.string() }),
  code: z.string(),
  details: z.array(z.union([scheduleConflictDetail, problemDetail])),
});

export type Session = z.infer<typeof sessionView>;
export type ScheduleConflictDetail = z.infer<typeof scheduleConflictDetail>;
export type BookingWarning = z.infer<typeof bookingWarning>;
export type SessionCreate = z.infer<typeof sessionCreate>;
export type SessionPatch = z.infer<typeof sessionPatch>;
export type SessionResults = z.infer<typeof sessionResults>;
export type SessionQuery = z.infer<typeof sessionQuery>;

// A recurring series: booked all or nothing unless the request asks to skip the conflicting dates;
// cancelled from a date on.
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
  /** Book the occurrences that are free and skip those that conflict (409 still if none is free); off: all or nothing. */
  skipConflicts: z.boolean().default(false),
}).strict();

/** An occurrence left out of a series booked with skipConflicts, with the conflicts that kept it out. */
export const skippedOccurrence = z.object({
  localDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  conflicts: z.array(scheduleConflictDetail),
});

/** A booked series: its sessions, and a warning per host and agency day past the daily limit. */
export const seriesCreated = z.object({
  id: z.number().int(),
  rule: seriesCreate.shape.rule,
  sessionIds: z.array(z.number().int()),
  occurrences: z.number().int(),
  /** The occurrences skipped for their conflicts (only with skipConflicts; empty otherwise). */
  skipped: z.array(skippedOccurrence),
  warnings: z.array(bookingWarning),
});

export const seriesCancel = z.object({ from: isoDate.optional() }).strict();

/** The sessions of the series that were cancelled (those not yet streaming, from the date on). */
export const seriesCancelled = z.object({ id: z.number(), cancelled: z.array(z.number()) });

export type SeriesCreate = z.infer<typeof seriesCreate>;
export type SkippedOccurrence = z.infer<typeof skippedOccurrence>;
