import { integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
// A cycle with ../schema, harmless: references are resolved lazily, after both modules load.
import { users } from '../schema';
import { platformAccounts } from './roster';

// Reconciliation (SPEC section 9): per platform account and period, the payout the platform says it paid
// (entered by finance) and finance's mark that the account-period is reconciled, with a note.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const reconciliations = sqliteTable('reconciliations', {
  period: text('period').notNull(),
  accountId: integer('account_id').notNull().references(() => platformAccounts.id),
  payoutFen: integer('payout_fen'),
  reconciled: integer('reconciled', { mode: 'boolean' }).notNull().default(false),
  note: text('note').notNull().default(''),
  reconciledBy: integer('reconciled_by').references(() => users.id),
  reconciledAt: at('reconciled_at'),
  updatedAt: at('updated_at').notNull(),
}, (t) => [primaryKey({ columns: [t.period, t.accountId] })]);
