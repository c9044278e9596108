import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { contractStatuses } from '../../domain/contracts';
import type { Platform } from '../../domain/roster';
import type { ContractTerms } from '../../domain/terms';
// A cycle with ../schema, harmless: references are resolved lazily, after both modules load.
import { users } from '../schema';
import { hosts } from './roster';

// Contracts (SPEC sections 4 and 8). Terms live in versions: an amendment adds a version effective
// from a date, and no version is ever changed, so a statement can always name the terms it applied.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const contracts = sqliteTable('contracts', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  number: text('number').notNull(),
  startDate: text('start_date').notNull(),
  endDate: text('end_date').notNull(),
  status: text('status', { enum: contractStatuses }).notNull(),
  exclusive: integer('exclusive', { mode: 'boolean' }).notNull().default(false),
  platforms: text('platforms', { mode: 'json' }).$type<Platform[]>().notNull(),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [
  uniqueIndex('contracts_number_unique').on(t.number),
  index('contracts_host_idx').on(t.hostId, t.status),
  index('contracts_end_idx').on(t.status, t.endDate),
]);

export const contractVersions = sqliteTable('contract_versions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  contractId: integer('contract_id').notNull().references(() => contracts.id),
  version: integer('version').notNull(),
  effectiveFrom: text('effective_from').notNull(),
  terms: text('terms', { mode: 'json' }).$type<ContractTerms>().notNull(),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: at('created_at').notNull(),
}, (t) => [uniqueIndex('contract_versions_contract_version_unique').on(t.contractId, t.version)]);
