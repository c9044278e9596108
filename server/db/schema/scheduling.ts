import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { hostRoles } from '../../domain/schedule';
import { sessionStatuses } from '../../domain/session-status';
// A cycle with ../schema, harmless: references are resolved lazily, after both modules load.
import { users } from '../schema';
import { hosts, platformAccounts } from './roster';

// Scheduling (SPEC section 5): rooms, sessions with their hosts and crew, recurring series, calendar feeds.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const rooms = sqliteTable('rooms', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  location: text('location').notNull().default(''),
  bufferMinutes: integer('buffer_minutes').notNull().default(0),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [uniqueIndex('rooms_name_unique').on(t.name)]);

export const sessionSeries = sqliteTable('session_series', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  rule: text('rule', { mode: 'json' }).notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: at('created_at').notNull(),
});

export const sessions = sqliteTable('sessions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  accountId: integer('account_id').notNull().references(() => platformAccounts.id),
  roomId: integer('room_id').references(() => rooms.id),
  seriesId: integer('series_id').references(() => sessionSeries.id),
  startsAt: at('starts_at').notNull(),
  endsAt: at('ends_at').notNull(),
  status: text('status', { enum: sessionStatuses }).notNull(),
  title: text('title').notNull().default(''),
  notes: text('notes').notNull().default(''),
  platformLiveId: text('platform_live_id'),
  actualStartAt: at('actual_start_at'),
  actualEndAt: at('actual_end_at'),
  peakViewers: integer('peak_viewers'),
  gmvFen: integer('gmv_fen'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [
  // The conflict check reads a time window per account and room: range scans, never a table scan.
  index('sessions_starts_idx').on(t.startsAt),
  index('sessions_account_starts_idx').on(t.accountId, t.startsAt),
  // Partial: a session outside any room, series or live-room id adds nothing to these three, so a
  // booking writes fewer index pages (17 pages a booking before). Lookups by value still use them.
  index('sessions_room_starts_idx').on(t.roomId, t.startsAt).where(sql`${t.roomId} IS NOT NULL`),
  index('sessions_series_idx').on(t.seriesId).where(sql`${t.seriesId} IS NOT NULL`),
  index('sessions_live_id_idx').on(t.platformLiveId).where(sql`${t.platformLiveId} IS NOT NULL`),
]);

// A host's or crew member's sessions near a time are one index range on (person, start) thanks to a
// copy of the session's start on each row: without it the conflict check would read every session
// the person ever had. Triggers keep the copy (migration 0008_session_people_starts_triggers), so no code path can forget it.
export const sessionHosts = sqliteTable('session_hosts', {
  sessionId: integer('session_id').notNull().references(() => sessions.id),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  role: text('role', { enum: hostRoles }).notNull(),
  shareBp: integer('share_bp').notNull(),
  position: integer('position').notNull(),
  /** The session's start, copied by triggers (migration 0008_session_people_starts_triggers), never written by the app: the comment above. */
  sessionStartsAt: at('session_starts_at'),
}, (t) => [primaryKey({ columns: [t.sessionId, t.hostId] }), index('session_hosts_host_starts_idx').on(t.hostId, t.sessionStartsAt, t.sessionId)]);

export const sessionCrew = sqliteTable('session_crew', {
  sessionId: integer('session_id').notNull().references(() => sessions.id),
  userId: integer('user_id').notNull().references(() => users.id),
  duty: text('duty').notNull(),
  /** As session_hosts.session_starts_at. */
  sessionStartsAt: at('session_starts_at'),
}, (t) => [primaryKey({ columns: [t.sessionId, t.userId] }), index('session_crew_user_starts_idx').on(t.userId, t.sessionStartsAt, t.sessionId)]);

/** The secret in a host's or a room's calendar feed URL; rotating it replaces the row's token. */
export const calendarFeeds = sqliteTable('calendar_feeds', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['host', 'room'] }).notNull(),
  targetId: integer('target_id').notNull(),
  token: text('token').notNull(),
  createdAt: at('created_at').notNull(),
}, (t) => [uniqueIndex('calendar_feeds_target_unique').on(t.kind, t.targetId), uniqueIndex('calendar_feeds_token_unique').on(t.token)]);
