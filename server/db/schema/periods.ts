import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from '../schema';

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** A settlement period; one without a row is open. Closing locks everything booked in it. */
export const periods = sqliteTable('periods', {
  period: text('period').primaryKey(),
  status: text('status', { enum: ['open', 'closed'] }).notNull(),
  closedAt: at('closed_at'),
  closedBy: integer('closed_by').references(() => users.id),
});
