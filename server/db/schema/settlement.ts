import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { costKinds, statementStatuses } from '../../domain/settlement';
import type { AppliedTerms } from '../../domain/statement-terms';
// A cycle with ../schema, harmless: references are resolved lazily, after both modules load.
import { users } from '../schema';
import { contracts } from './contracts';
import { hosts } from './roster';

// The money's last mile (SPEC section 8): costs, settlement runs, statements and finance's adjustments.

const at = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** A host's deductible cost for a period (ad spend 投流, samples, other). */
export const costs = sqliteTable('costs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  period: text('period').notNull(),
  amountFen: integer('amount_fen').notNull(),
  kind: text('kind', { enum: costKinds }).notNull(),
  note: text('note').notNull().default(''),
  createdBy: integer('created_by').references(() => users.id),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [index('costs_period_host_idx').on(t.period, t.hostId)]);

/** One press of "run settlement" for a period: what it wrote, skipped and could not settle. */
export const settlementRuns = sqliteTable('settlement_runs', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  period: text('period').notNull(),
  runBy: integer('run_by').notNull().references(() => users.id),
  runAt: at('run_at').notNull(),
  /** The run's totals, its skipped statements and its unsettled hosts, as the API shows them. */
  summary: text('summary', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
}, (t) => [index('settlement_runs_period_idx').on(t.period)]);

/** One host, one period. A draft is recomputed in place by a re-run (its adjustments stay); approved and paid ones never are. */
export const statements = sqliteTable('statements', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  hostId: integer('host_id').notNull().references(() => hosts.id),
  period: text('period').notNull(),
  contractId: integer('contract_id').notNull().references(() => contracts.id),
  status: text('status', { enum: statementStatuses }).notNull(),
  runId: integer('run_id').notNull().references(() => settlementRuns.id),
  runBy: integer('run_by').notNull().references(() => users.id),
  commissionFen: integer('commission_fen').notNull(),
  pitFeesFen: integer('pit_fees_fen').notNull(),
  costsFen: integer('costs_fen').notNull(),
  carryInFen: integer('carry_in_fen').notNull(),
  baseFen: integer('base_fen').notNull(),
  shareFen: integer('share_fen').notNull(),
  guaranteeFen: integer('guarantee_fen').notNull(),
  adjustmentsFen: integer('adjustments_fen').notNull(),
  payableFen: integer('payable_fen').notNull(),
  taxFen: integer('tax_fen').notNull(),
  netFen: integer('net_fen').notNull(),
  carryOutFen: integer('carry_out_fen').notNull(),
  agencyKeepsFen: integer('agency_keeps_fen').notNull(),
  /** The contract, version and terms applied: kept, so a statement always names what it used. */
  applied: text('applied', { mode: 'json' }).$type<AppliedTerms>().notNull(),
  /** The run's inputs but the adjustments (settleStatement's input): an adjustment recomputes from them. */
  inputs: text('inputs', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  /** Every line with its inputs, as settleStatement explained it. */
  lines: text('lines', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  approvedBy: integer('approved_by').references(() => users.id),
  approvedAt: at('approved_at'),
  paidBy: integer('paid_by').references(() => users.id),
  paidAt: at('paid_at'),
  paymentReference: text('payment_reference'),
  paidOn: text('paid_on'),
  createdAt: at('created_at').notNull(),
  updatedAt: at('updated_at').notNull(),
}, (t) => [uniqueIndex('statements_host_period_unique').on(t.hostId, t.period), index('statements_period_status_idx').on(t.period, t.status)]);

/** Finance's lines on a statement, each with its reason (step 7); they outlive re-runs of the draft. */
export const statementAdjustments = sqliteTable('statement_adjustments', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  statementId: integer('statement_id').notNull().references(() => statements.id),
  amountFen: integer('amount_fen').notNull(),
  reason: text('reason').notNull(),
  createdBy: integer('created_by').notNull().references(() => users.id),
  createdAt: at('created_at').notNull(),
}, (t) => [index('statement_adjustments_statement_idx').on(t.statementId)]);
