import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { roles } from '../domain/roles';
import { locales } from '../domain/text';

// Every table of MCN Desk. Instants are UTC epoch milliseconds; money is integer fen; rates integer bp.

const createdAt = () => integer('created_at', { mode: 'timestamp_ms' }).notNull();

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull(),
  name: text('name').notNull(),
  role: text('role', { enum: roles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  // The language the user chose for the interface; null until they choose (the browser's language applies).
  locale: text('locale', { enum: locales }),
  createdAt: createdAt(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
}, (t) => [uniqueIndex('users_email_unique').on(t.email)]);

// A signed-in browser. The cookie carries a random token; only its SHA-256 is stored.
export const authSessions = sqliteTable('auth_sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id').notNull().references(() => users.id),
  createdAt: createdAt(),
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
  lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
}, (t) => [index('auth_sessions_user_idx').on(t.userId)]);

// Personal API tokens for scripts, issued and revoked by an admin. Only the SHA-256 is stored.
export const apiTokens = sqliteTable('api_tokens', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id').notNull().references(() => users.id),
  name: text('name').notNull(),
  tokenHash: text('token_hash').notNull(),
  createdBy: integer('created_by').notNull().references(() => users.id),
  createdAt: createdAt(),
  lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
  revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  /** Optional: from this instant the token no longer signs anyone in. */
  expiresAt: integer('expires_at', { mode: 'timestamp_ms' }),
}, (t) => [uniqueIndex('api_tokens_hash_unique').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)]);

// Failed and successful sign-ins, kept in the database so the throttle holds across processes.
export const loginAttempts = sqliteTable('login_attempts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull(),
  ip: text('ip').notNull(),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  success: integer('success', { mode: 'boolean' }).notNull(),
}, (t) => [index('login_attempts_email_idx').on(t.email, t.at), index('login_attempts_ip_idx').on(t.ip, t.at)]);

// Append-only: triggers in the migrations refuse UPDATE and DELETE.
export const auditLog = sqliteTable('audit_log', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  actorId: integer('actor_id'),
  actorEmail: text('actor_email'),
  action: text('action').notNull(),
  entity: text('entity').notNull(),
  entityId: text('entity_id'),
  before: text('before', { mode: 'json' }),
  after: text('after', { mode: 'json' }),
}, (t) => [
  index('audit_log_entity_idx').on(t.entity, t.entityId),
  index('audit_log_actor_idx').on(t.actorId),
  index('audit_log_at_idx').on(t.at),
]);

export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value', { mode: 'json' }).notNull(),
  updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull().default(sql`(unixepoch() * 1000)`),
});

/** One row whose version triggers move on every change to settings (migration 0016): a cheap freshness check. */
export const settingsVersion = sqliteTable('settings_version', {
  id: integer('id').primaryKey(),
  version: integer('version').notNull(),
});

// The roster's tables live beside this file, one file per feature, and are re-exported here so that
// drizzle-kit and `db.query` see one schema.
export * from './schema/roster';
export * from './schema/contracts';
export * from './schema/deals';
export * from './schema/scheduling';
export * from './schema/orders';
export * from './schema/periods';
export * from './schema/settlement';
export * from './schema/reconciliation';
