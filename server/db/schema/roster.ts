import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { hostStatuses } from '../../domain/host-status';
import { categories, platforms, type Category } from '../../domain/roster';
// A cycle with ../schema, harmless: references are resolved lazily, after both modules load.
import { users } from '../schema';

// The roster (SPEC section 4): hosts, their platform accounts and the identifiers the platforms'
// order data names those accounts by, and the hosts' qualifications.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const hosts = sqliteTable('hosts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  stageName: text('stage_name').notNull(),
  legalName: text('legal_name').notNull(),
  status: text('status', { enum: hostStatuses }).notNull(),
  agentId: integer('agent_id').references(() => users.id),
  tier: text('tier'),
  categories: text('categories', { mode: 'json' }).$type<Category[]>().notNull(),
  joinDate: text('join_date'),
  birthDate: text('birth_date'),
  notes: text('notes').notNull().default(''),
  realNameVerified: integer('real_name_verified', { mode: 'boolean' }).notNull().default(false),
  guardianConsent: integer('guardian_consent', { mode: 'boolean' }).notNull().default(false),
  // Sensitive: stored as given, never returned unmasked except by the audited reveal.
  idNumber: text('id_number'),
  phone: text('phone'),
  bankAccount: text('bank_account'),
  bankName: text('bank_name'),
  archivedAt: at('archived_at'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [
  // The list filters and sorts by these; search by name is a LIKE scan (10,000 rows stay fast).
  index('hosts_status_idx').on(t.status),
  index('hosts_agent_idx').on(t.agentId),
  index('hosts_tier_idx').on(t.tier),
  index('hosts_stage_name_idx').on(t.stageName),
  index('hosts_join_date_idx').on(t.joinDate),
  index('hosts_created_at_idx').on(t.createdAt),
]);

export const platformAccounts = sqliteTable('platform_accounts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  platform: text('platform', { enum: platforms }).notNull(),
  handle: text('handle'),
  followers: integer('followers'),
  archivedAt: at('archived_at'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [index('platform_accounts_host_idx').on(t.hostId, t.platform)]);

// One row per identifier, so that the database itself keeps (platform, identifier) unique across
// the agency, and an order row finds its account with one index lookup.
export const accountIdentifiers = sqliteTable('account_identifiers', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  platform: text('platform', { enum: platforms }).notNull(),
  identifier: text('identifier').notNull(),
  accountId: integer('account_id').notNull().references(() => platformAccounts.id),
}, (t) => [
  uniqueIndex('account_identifiers_platform_identifier_unique').on(t.platform, t.identifier),
  index('account_identifiers_account_idx').on(t.accountId),
]);

export const qualifications = sqliteTable('qualifications', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  category: text('category', { enum: categories }).notNull(),
  certificateNumber: text('certificate_number').notNull(),
  expiresOn: text('expires_on').notNull(),
  createdAt: at('created_at').notNull(),
}, (t) => [index('qualifications_host_idx').on(t.hostId, t.category), index('qualifications_expires_idx').on(t.expiresOn)]);
