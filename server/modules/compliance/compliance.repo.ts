import { and, asc, count, eq, inArray, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { contracts, hosts, qualifications } from '../../db/schema';
import type { QualifiedHost } from '../../domain/qualification';

export type QualificationRow = typeof qualifications.$inferSelect;

export function insertQualification(db: Db, row: typeof qualifications.$inferInsert): QualificationRow {
  return db.insert(qualifications).values(row).returning().get();
}

export function qualificationsOfHost(db: Db, hostId: number, page: number, pageSize: number) {
  const where = eq(qualifications.hostId, hostId);
  const items = db.select().from(qualifications).where(where)
    .orderBy(asc(qualifications.category), asc(qualifications.expiresOn), asc(qualifications.id))
    .limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(qualifications).where(where).get()?.n ?? 0;
  return { items, total };
}

/** Every host still on the roster (not archived, not terminated) with what compliance looks at. */
export function rosterForCompliance(db: Db, hostId?: number) {
  const list = db.select({
    id: hosts.id, stageName: hosts.stageName, status: hosts.status, birthDate: hosts.birthDate,
    realNameVerified: hosts.realNameVerified, guardianConsent: hosts.guardianConsent,
  }).from(hosts)
    .where(and(isNull(hosts.archivedAt), ne(hosts.status, 'terminated'), hostId ? eq(hosts.id, hostId) : undefined))
    .orderBy(asc(hosts.stageName), asc(hosts.id)).all();
  const quals = db.select({ id: qualifications.id, hostId: qualifications.hostId, category: qualifications.category, expiresOn: qualifications.expiresOn })
    .from(qualifications).where(hostId ? eq(qualifications.hostId, hostId) : undefined).all();
  const active = db.select({ id: contracts.id, hostId: contracts.hostId, number: contracts.number, endDate: contracts.endDate })
    .from(contracts).where(and(eq(contracts.status, 'active'), hostId ? eq(contracts.hostId, hostId) : undefined)).all();
  return { list, quals, active };
}

/** Every qualification of several hosts, with their stage names, for the regulated-category rule. */
export function qualifiedHostsOf(db: Db, hostIds: readonly number[]): QualifiedHost[] {
  if (hostIds.length === 0) return [];
  const names = db.select({ id: hosts.id, stageName: hosts.stageName }).from(hosts).where(inArray(hosts.id, [...hostIds])).all();
  const quals = db.select().from(qualifications).where(inArray(qualifications.hostId, [...hostIds])).all();
  return names.map((h) => ({ hostId: h.id, stageName: h.stageName, qualifications: quals.filter((q) => q.hostId === h.id) }));
}
