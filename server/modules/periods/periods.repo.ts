import { desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periods } from '../../db/schema';

export type PeriodRow = typeof periods.$inferSelect;

export function closedPeriods(db: Db): Set<string> {
  return new Set(db.select({ p: periods.period }).from(periods).where(eq(periods.status, 'closed')).all().map((r) => r.p));
}

export function findPeriod(db: Db, period: string): PeriodRow | undefined {
  return db.select().from(periods).where(eq(periods.period, period)).get();
}

export function closePeriodRow(db: Db, period: string, closedBy: number, closedAt: Date): PeriodRow {
  return db.insert(periods).values({ period, status: 'closed', closedAt, closedBy })
    .onConflictDoUpdate({ target: periods.period, set: { status: 'closed', closedAt, closedBy } }).returning().get();
}

export function periodRows(db: Db): PeriodRow[] {
  return db.select().from(periods).orderBy(desc(periods.period)).all();
}
