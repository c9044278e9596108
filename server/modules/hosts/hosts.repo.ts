import { and, asc, count, desc, eq, inArray, isNotNull, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { containsPattern } from '../../db/like';
import { accountIdentifiers, hosts, platformAccounts, users } from '../../db/schema';
import type { HostQuery } from '../../shared/api/hosts';

export type HostRow = typeof hosts.$inferSelect;

export function findHost(db: Db, id: number): HostRow | undefined {
  return db.select().from(hosts).where(eq(hosts.id, id)).get();
}

export function userExists(db: Db, id: number): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.id, id)).get() !== undefined;
}

export function insertHost(db: Db, row: typeof hosts.$inferInsert): HostRow {
  return db.insert(hosts).values(row).returning().get();
}

export function updateHostRow(db: Db, id: number, set: Partial<typeof hosts.$inferInsert>): HostRow {
  return db.update(hosts).set(set).where(eq(hosts.id, id)).returning().get();
}

/** A LIKE pattern that finds the text anywhere, with the wildcards in it taken literally. */
// Name search, or any of the host's accounts by handle or identifier (what staff read off an order).
// The account matches are an uncorrelated IN: computed once, not once per host.
function searchWhere(q: string): SQL {
  const p = containsPattern(q);
  return sql`(${hosts.stageName} LIKE ${p} ESCAPE '\\' OR ${hosts.legalName} LIKE ${p} ESCAPE '\\'
    OR ${hosts.id} IN (SELECT ${platformAccounts.hostId} FROM ${platformAccounts} WHERE ${platformAccounts.handle} LIKE ${p} ESCAPE '\\'
      UNION SELECT ${platformAccounts.hostId} FROM ${accountIdentifiers}
        JOIN ${platformAccounts} ON ${platformAccounts.id} = ${accountIdentifiers.accountId}
        WHERE ${accountIdentifiers.identifier} LIKE ${p} ESCAPE '\\'))`;
}

function whereOf(f: HostQuery): SQL | undefined {
  return and(
    f.q ? searchWhere(f.q) : undefined,
    f.status ? eq(hosts.status, f.status) : undefined,
    f.statuses?.length ? inArray(hosts.status, f.statuses) : undefined,
    f.agentId ? eq(hosts.agentId, f.agentId) : undefined,
    f.tier ? eq(hosts.tier, f.tier) : undefined,
    f.category ? sql`EXISTS (SELECT 1 FROM json_each(${hosts.categories}) WHERE value = ${f.category})` : undefined,
    f.platform ? sql`EXISTS (SELECT 1 FROM ${platformAccounts} WHERE ${platformAccounts.hostId} = ${hosts.id}
      AND ${platformAccounts.platform} = ${f.platform} AND ${platformAccounts.archivedAt} IS NULL)` : undefined,
    f.archived === 'exclude' ? isNull(hosts.archivedAt) : f.archived === 'only' ? isNotNull(hosts.archivedAt) : undefined,
  );
}

const sortColumns = { stageName: hosts.stageName, joinDate: hosts.joinDate, createdAt: hosts.createdAt } as const;

export function listHosts(db: Db, f: HostQuery): { items: HostRow[]; total: number } {
  const where = whereOf(f);
  const direction = f.order === 'desc' ? desc : asc;
  const items = db.select().from(hosts).where(where)
    .orderBy(direction(sortColumns[f.sort]), direction(hosts.id))
    .limit(f.pageSize).offset((f.page - 1) * f.pageSize).all();
  const total = db.select({ n: count() }).from(hosts).where(where).get()?.n ?? 0;
  return { items, total };
}

export function stageNamesOf(db: Db, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  return new Map(db.select({ id: hosts.id, name: hosts.stageName }).from(hosts).where(inArray(hosts.id, ids)).all().map((h) => [h.id, h.name]));
}

export function hostsByIds(db: Db, ids: number[]): HostRow[] {
  if (ids.length === 0) return [];
  return db.select().from(hosts).where(inArray(hosts.id, ids)).all();
}

export function hostIdsOfAgent(db: Db, agentId: number): number[] {
  return db.select({ id: hosts.id }).from(hosts).where(eq(hosts.agentId, agentId)).all().map((h) => h.id);
}

/** The hosts whose stage name or legal name is exactly this (a sheet names a host as people do). */
export function hostIdsNamed(db: Db, name: string): number[] {
  return db.select({ id: hosts.id }).from(hosts).where(or(eq(hosts.stageName, name), eq(hosts.legalName, name))).all().map((h) => h.id);
}
