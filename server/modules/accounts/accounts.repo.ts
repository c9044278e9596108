import { and, asc, count, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { accountIdentifiers, hosts, platformAccounts } from '../../db/schema';
import type { Platform } from '../../domain/roster';
import type { AccountQuery } from '../../shared/api/accounts';

export type AccountRow = typeof platformAccounts.$inferSelect;

export function findAccount(db: Db, id: number): AccountRow | undefined {
  return db.select().from(platformAccounts).where(eq(platformAccounts.id, id)).get();
}

export function insertAccount(db: Db, row: typeof platformAccounts.$inferInsert): AccountRow {
  return db.insert(platformAccounts).values(row).returning().get();
}

export function updateAccountRow(db: Db, id: number, set: Partial<typeof platformAccounts.$inferInsert>): AccountRow {
  return db.update(platformAccounts).set(set).where(eq(platformAccounts.id, id)).returning().get();
}

/** The account (archived or not) that holds the identifier on the platform, with its host. */
export function accountByIdentifier(db: Db, platform: Platform, identifier: string): { accountId: number; hostId: number } | undefined {
  return db.select({ accountId: platformAccounts.id, hostId: platformAccounts.hostId }).from(accountIdentifiers)
    .innerJoin(platformAccounts, eq(platformAccounts.id, accountIdentifiers.accountId))
    .where(and(eq(accountIdentifiers.platform, platform), eq(accountIdentifiers.identifier, identifier))).get();
}

export function identifiersOf(db: Db, accountIds: number[]): Map<number, string[]> {
  const out = new Map<number, string[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return out;
  const rows = db.select().from(accountIdentifiers).where(inArray(accountIdentifiers.accountId, accountIds))
    .orderBy(asc(accountIdentifiers.id)).all();
  for (const row of rows) out.get(row.accountId)?.push(row.identifier);
  return out;
}

/** Which of these identifiers another account on the platform already holds, and whose host it is. */
export function identifiersTaken(db: Db, platform: Platform, identifiers: string[], exceptAccountId: number | null) {
  if (identifiers.length === 0) return [];
  return db.select({
    identifier: accountIdentifiers.identifier, accountId: accountIdentifiers.accountId,
    hostId: platformAccounts.hostId, stageName: hosts.stageName,
  }).from(accountIdentifiers)
    .innerJoin(platformAccounts, eq(platformAccounts.id, accountIdentifiers.accountId))
    .innerJoin(hosts, eq(hosts.id, platformAccounts.hostId))
    .where(and(
      eq(accountIdentifiers.platform, platform),
      inArray(accountIdentifiers.identifier, identifiers),
      exceptAccountId === null ? undefined : ne(accountIdentifiers.accountId, exceptAccountId),
    )).all();
}

export function replaceIdentifiers(db: Db, account: AccountRow, identifiers: string[]): void {
  db.delete(accountIdentifiers).where(eq(accountIdentifiers.accountId, account.id)).run();
  db.insert(accountIdentifiers).values(identifiers.map((identifier) => ({ platform: account.platform, identifier, accountId: account.id }))).run();
}

export function listAccountsOfHost(db: Db, hostId: number, q: AccountQuery) {
  const where = and(
    eq(platformAccounts.hostId, hostId),
    q.archived === 'exclude' ? isNull(platformAccounts.archivedAt) : q.archived === 'only' ? isNotNull(platformAccounts.archivedAt) : undefined,
  );
  const items = db.select().from(platformAccounts).where(where).orderBy(asc(platformAccounts.id))
    .limit(q.pageSize).offset((q.page - 1) * q.pageSize).all();
  const total = db.select({ n: count() }).from(platformAccounts).where(where).get()?.n ?? 0;
  return { items, total };
}

export function accountsByIds(db: Db, ids: number[]): Map<number, AccountRow> {
  if (ids.length === 0) return new Map();
  return new Map(db.select().from(platformAccounts).where(inArray(platformAccounts.id, ids)).all().map((a) => [a.id, a]));
}
