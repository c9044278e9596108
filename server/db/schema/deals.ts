import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { dealStatuses } from '../../domain/deals';
import { categories } from '../../domain/roster';
import { sessions } from './scheduling';

// Brands and their deals (SPEC section 4), and the sessions each deal's slot is sold in.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const brands = sqliteTable('brands', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull(),
  contact: text('contact').notNull().default(''),
  notes: text('notes').notNull().default(''),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [index('brands_name_idx').on(t.name)]);

export const deals = sqliteTable('deals', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  brandId: integer('brand_id').notNull().references(() => brands.id),
  pitFeeFen: integer('pit_fee_fen').notNull(),
  category: text('category', { enum: categories }),
  commissionRateBp: integer('commission_rate_bp'),
  status: text('status', { enum: dealStatuses }).notNull(),
  notes: text('notes').notNull().default(''),
  // The brand's invoice for the pit fee and its payment (SPEC section 9: pit fees invoiced against received).
  invoicedOn: text('invoiced_on'),
  dueOn: text('due_on'),
  receivedFen: integer('received_fen').notNull().default(0),
  receivedOn: text('received_on'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [index('deals_brand_idx').on(t.brandId), index('deals_status_idx').on(t.status)]);

/** The sessions a deal's slot is sold in; the pit fee is divided among them in this order. */
export const dealSessions = sqliteTable('deal_sessions', {
  dealId: integer('deal_id').notNull().references(() => deals.id),
  sessionId: integer('session_id').notNull().references(() => sessions.id),
  position: integer('position').notNull(),
}, (t) => [primaryKey({ columns: [t.dealId, t.sessionId] }), index('deal_sessions_session_idx').on(t.sessionId)]);
