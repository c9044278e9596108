import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { settlementRuns, statementAdjustments, statements } from '../../db/schema';

export type StatementRow = typeof statements.$inferSelect;
export type AdjustmentRow = typeof statementAdjustments.$inferSelect;
export type RunRow = typeof settlementRuns.$inferSelect;

export function findStatement(db: Db, id: number): StatementRow | undefined {
  return db.select().from(statements).where(eq(statements.id, id)).get();
}

export function statementsOfPeriod(db: Db, period: string): StatementRow[] {
  return db.select().from(statements).where(eq(statements.period, period)).orderBy(asc(statements.hostId)).all();
}

export function insertStatement(db: Db, row: typeof statements.$inferInsert): StatementRow {
  return db.insert(statements).values(row).returning().get();
}

export function updateStatementRow(db: Db, id: number, set: Partial<typeof statements.$inferInsert>): StatementRow {
  return db.update(statements).set(set).where(eq(statements.id, id)).returning().get();
}

export function deleteStatementRows(db: Db, ids: number[]): void {
  if (ids.length) db.delete(statements).where(inArray(statements.id, ids)).run();
}

export interface StatementFilter { period?: string; status?: StatementRow['status']; hostIds?: number[] }

function whereOf(f: StatementFilter): SQL | undefined {
  return and(
    f.period ? eq(statements.period, f.period) : undefined,
    f.status ? eq(statements.status, f.status) : undefined,
    f.hostIds ? inArray(statements.hostId, f.hostIds) : undefined,
  );
}

export function listStatements(db: Db, f: StatementFilter, page: number, pageSize: number) {
  const where = whereOf(f);
  const items = db.select().from(statements).where(where).orderBy(desc(statements.period), asc(statements.hostId))
    .limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(statements).where(where).get()?.n ?? 0;
  return { items, total };
}

/** Per period: statements by status, and the sums of the money columns. */
export function periodTotals(db: Db) {
  return db.select({
    period: statements.period, status: statements.status, n: count(),
    commissionFen: sql<number>`sum(${statements.commissionFen})`, pitFeesFen: sql<number>`sum(${statements.pitFeesFen})`,
    costsFen: sql<number>`sum(${statements.costsFen})`, payableFen: sql<number>`sum(${statements.payableFen})`,
    taxFen: sql<number>`sum(${statements.taxFen})`, netFen: sql<number>`sum(${statements.netFen})`, agencyKeepsFen: sql<number>`sum(${statements.agencyKeepsFen})`,
  }).from(statements).groupBy(statements.period, statements.status).all();
}

export function adjustmentsOf(db: Db, statementIds: number[]): Map<number, AdjustmentRow[]> {
  const out = new Map<number, AdjustmentRow[]>(statementIds.map((id) => [id, []]));
  if (statementIds.length === 0) return out;
  const rows = db.select().from(statementAdjustments).where(inArray(statementAdjustments.statementId, statementIds)).orderBy(asc(statementAdjustments.id)).all();
  for (const row of rows) out.get(row.statementId)?.push(row);
  return out;
}

export function insertAdjustment(db: Db, row: typeof statementAdjustments.$inferInsert): AdjustmentRow {
  return db.insert(statementAdjustments).values(row).returning().get();
}

export function deleteAdjustmentRow(db: Db, id: number): void {
  db.delete(statementAdjustments).where(eq(statementAdjustments.id, id)).run();
}

export function insertRun(db: Db, row: typeof settlementRuns.$inferInsert): RunRow {
  return db.insert(settlementRuns).values(row).returning().get();
}

export function findRun(db: Db, id: number): RunRow | undefined {
  return db.select().from(settlementRuns).where(eq(settlementRuns.id, id)).get();
}

export function listRuns(db: Db, period: string | undefined, page: number, pageSize: number) {
  const where = period ? eq(settlementRuns.period, period) : undefined;
  const items = db.select().from(settlementRuns).where(where).orderBy(desc(settlementRuns.id)).limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(settlementRuns).where(where).get()?.n ?? 0;
  return { items, total };
}

export function updateRunSummary(db: Db, id: number, summary: Record<string, unknown>): void {
  db.update(settlementRuns).set({ summary }).where(eq(settlementRuns.id, id)).run();
}

/** Statements by period and status (the dashboard's drafts waiting for approval), optionally of some hosts. */
export function statementCounts(db: Db, f: StatementFilter): { period: string; n: number }[] {
  return db.select({ period: statements.period, n: count() }).from(statements).where(whereOf(f)).groupBy(statements.period).orderBy(asc(statements.period)).all();
}

/** Per host and period in [fromPeriod, toPeriod]: what the statements pay (the reports' host payouts). */
export function payoutRows(db: Db, fromPeriod: string, toPeriod: string, hostIds?: number[]) {
  return db.select({ hostId: statements.hostId, period: statements.period, status: statements.status, payableFen: statements.payableFen, netFen: statements.netFen })
    .from(statements)
    .where(and(sql`${statements.period} >= ${fromPeriod}`, sql`${statements.period} <= ${toPeriod}`, hostIds ? inArray(statements.hostId, hostIds) : undefined))
    .orderBy(asc(statements.period), asc(statements.hostId)).all();
}
