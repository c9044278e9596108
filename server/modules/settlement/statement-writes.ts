import type Database from 'better-sqlite3';
import { perConnection } from '../../db/per-connection';
import { moneyColumns, type MoneyColumn } from './statement-view';

// The run's writes as prepared statements, compiled once per connection: a run writes a statement per
// host (a thousand in a big agency), and building each query anew through the query builder, with its
// JSON columns parsed back, cost four times SQLite's own work (benchmark settlement-run).

const snake = (c: string) => c.replace(/[A-Z]/g, (m) => `_${m.toLowerCase()}`);
const money = moneyColumns.map(snake);

export interface StatementWrite {
  money: Record<MoneyColumn, number>;
  contractId: number;
  applied: unknown;
  inputs: unknown;
  lines: unknown;
  runId: number;
  runBy: number;
  at: Date;
}

const statements = perConnection((sqlite) => ({
  insert: sqlite.prepare(`INSERT INTO statements (host_id, period, status, ${money.join(', ')}, contract_id, applied, inputs, lines, run_id, run_by, created_at, updated_at)
    VALUES (?, ?, 'draft', ${money.map(() => '?').join(', ')}, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`).pluck(),
  update: sqlite.prepare(`UPDATE statements SET ${money.map((c) => `${c} = ?`).join(', ')}, contract_id = ?, applied = ?, inputs = ?, lines = ?, run_id = ?, run_by = ?, updated_at = ? WHERE id = ?`),
  keys: sqlite.prepare('SELECT id, host_id AS hostId, status, carry_out_fen AS carryOutFen FROM statements WHERE period = ?'),
  totals: sqlite.prepare(`SELECT ${money.map((c) => `coalesce(sum(${c}), 0)`).join(', ')} FROM statements WHERE period = ?`).raw(),
}));

const fields = (w: StatementWrite) => [
  ...moneyColumns.map((c) => w.money[c]), w.contractId, JSON.stringify(w.applied), JSON.stringify(w.inputs), JSON.stringify(w.lines), w.runId, w.runBy,
];

export function insertDraft(sqlite: Database.Database, hostId: number, period: string, w: StatementWrite): number {
  return statements(sqlite).insert.get(hostId, period, ...fields(w), w.at.getTime(), w.at.getTime()) as number;
}

export function updateDraft(sqlite: Database.Database, id: number, w: StatementWrite): void {
  statements(sqlite).update.run(...fields(w), w.at.getTime(), id);
}

export interface StatementKey { id: number; hostId: number; status: 'draft' | 'approved' | 'paid'; carryOutFen: number }

/** The period's statements without their lines: what a run needs to know of them. */
export function statementKeys(sqlite: Database.Database, period: string): StatementKey[] {
  return statements(sqlite).keys.all(period) as StatementKey[];
}

/** The period's statements summed, column by column. */
export function statementTotals(sqlite: Database.Database, period: string): Record<MoneyColumn, number> {
  const row = statements(sqlite).totals.get(period) as number[];
  return Object.fromEntries(moneyColumns.map((c, i) => [c, row[i] ?? 0])) as Record<MoneyColumn, number>;
}
