import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { dealStatuses } from '../../domain/deals';
import { categories } from '../../domain/roster';

// Brands and their deals (SPEC section 4). A deal's sessions arrive with the scheduling issue.

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
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [index('deals_brand_idx').on(t.brandId), index('deals_status_idx').on(t.status)]);
