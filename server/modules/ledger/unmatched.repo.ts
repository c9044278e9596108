import { and, count, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orders } from '../../db/schema';

// The unmatched queue by what it waits for: one group per platform and unknown account identifier (the
// order's first, the one an assignment adds to an account), with its count and GMV.

const identifier = sql<string>`json_extract(${orders.accountIdentifiers}, '$[0]')`;
const waiting = (platform?: string) => and(isNull(orders.accountId), platform ? eq(orders.platform, platform) : undefined);

export function unmatchedGroups(db: Db, f: { platform?: string | undefined }, page: number, pageSize: number) {
  const gmv = sql<number>`coalesce(sum(CASE WHEN ${orders.status} <> 'invalid' THEN ${orders.gmvFen} ELSE 0 END), 0)`;
  const items = db.select({
    platform: orders.platform, identifier,
    // Every identifier the group's rows name (a Douyin row names the buyin id and the short id): an account created for the group takes them all.
    identifiers: sql<string>`max(${orders.accountIdentifiers})`,
    orders: count(), gmvFen: gmv,
    estimatedCommissionFen: sql<number>`coalesce(sum(CASE WHEN ${orders.status} <> 'invalid' THEN ${orders.estimatedCommissionFen} ELSE 0 END), 0)`,
    firstPaidAt: sql<number | null>`min(${orders.paidAt})`, lastPaidAt: sql<number | null>`max(${orders.paidAt})`,
  }).from(orders).where(waiting(f.platform)).groupBy(orders.platform, identifier)
    .orderBy(desc(gmv), desc(count()), orders.platform, identifier)
    .limit(pageSize).offset((page - 1) * pageSize).all();
  const totals = db.select({ groups: sql<number>`count(DISTINCT ${orders.platform} || char(0) || ${identifier})`, orders: count() })
    .from(orders).where(waiting(f.platform)).get();
  return { items, groups: totals?.groups ?? 0, orders: totals?.orders ?? 0 };
}

/** How many unmatched orders of the platform name this identifier first. */
export function unmatchedOrdersOf(db: Db, platform: string, id: string): number {
  return db.select({ n: count() }).from(orders).where(and(waiting(platform), eq(identifier, id))).get()?.n ?? 0;
}

/** Every identifier the waiting orders of the group name, the group's own first. */
export function identifiersOfGroup(db: Db, platform: string, id: string): string[] {
  const rows = db.selectDistinct({ ids: orders.accountIdentifiers }).from(orders).where(and(waiting(platform), eq(identifier, id))).all();
  return [...new Set([id, ...rows.flatMap((r) => r.ids)])];
}
