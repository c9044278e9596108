import { and, asc, count, desc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contracts, contractVersions } from '../../db/schema';

export type ContractRow = typeof contracts.$inferSelect;
export type VersionRow = typeof contractVersions.$inferSelect;

export function findContract(db: Db, id: number): ContractRow | undefined {
  return db.select().from(contracts).where(eq(contracts.id, id)).get();
}

export function findContractByNumber(db: Db, number: string): ContractRow | undefined {
  return db.select().from(contracts).where(eq(contracts.number, number)).get();
}

export function activeContractsOfHost(db: Db, hostId: number): ContractRow[] {
  return db.select().from(contracts).where(and(eq(contracts.hostId, hostId), eq(contracts.status, 'active'))).all();
}

export function insertContract(db: Db, row: typeof contracts.$inferInsert): ContractRow {
  return db.insert(contracts).values(row).returning().get();
}

export function updateContractRow(db: Db, id: number, set: Partial<typeof contracts.$inferInsert>): ContractRow {
  return db.update(contracts).set(set).where(eq(contracts.id, id)).returning().get();
}

export function insertVersion(db: Db, row: typeof contractVersions.$inferInsert): VersionRow {
  return db.insert(contractVersions).values(row).returning().get();
}

export function versionsOf(db: Db, contractIds: number[]): Map<number, VersionRow[]> {
  const out = new Map<number, VersionRow[]>(contractIds.map((id) => [id, []]));
  if (contractIds.length === 0) return out;
  const rows = db.select().from(contractVersions).where(inArray(contractVersions.contractId, contractIds))
    .orderBy(asc(contractVersions.version)).all();
  for (const row of rows) out.get(row.contractId)?.push(row);
  return out;
}

export interface ContractFilter {
  hostId?: number;
  status?: ContractRow['status'];
  /** Active contracts whose end date falls in [from, to]. */
  endingBetween?: { from: string; to: string };
}

export function listContracts(db: Db, f: ContractFilter, page: number, pageSize: number) {
  const where: SQL | undefined = and(
    f.hostId ? eq(contracts.hostId, f.hostId) : undefined,
    f.status ? eq(contracts.status, f.status) : undefined,
    f.endingBetween ? and(eq(contracts.status, 'active'), gte(contracts.endDate, f.endingBetween.from), lte(contracts.endDate, f.endingBetween.to)) : undefined,
  );
  // The soonest-ending first when asking what expires; otherwise the newest first.
  const order = f.endingBetween ? [asc(contracts.endDate), asc(contracts.id)] : [desc(contracts.id)];
  const items = db.select().from(contracts).where(where).orderBy(...order)
    .limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(contracts).where(where).get()?.n ?? 0;
  return { items, total };
}

/** Every contract of the hosts (all hosts when none are named), by host. */
export function contractsOfHosts(db: Db, hostIds?: number[]): ContractRow[] {
  const query = db.select().from(contracts);
  return (hostIds ? query.where(inArray(contracts.hostId, hostIds)) : query).orderBy(asc(contracts.id)).all();
}
