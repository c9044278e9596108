import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { periods } from '../../db/schema';

export type PeriodRow = typeof periods.$inferSelect;

export function closedPeriods(db: Db): Set<string> {
  return new Set(db.select({ p: periods.period }).from(periods).where(eq(periods.status, 'closed')).all().map((r) => r.p));
}

export function findPeriod(db: Db, period: string): PeriodRow | undefined {
  return db.select().from(periods).where(eq(periods.period, period)).get();
}
