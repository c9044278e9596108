import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { auditLog, users } from '../../db/schema';

export interface AuditFilter {
  entity?: string;
  entityId?: string;
  actorId?: number;
  action?: string;
  from?: Date;
  to?: Date;
}

function whereOf(f: AuditFilter): SQL | undefined {
  return and(
    f.entity ? eq(auditLog.entity, f.entity) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lt(auditLog.at, f.to) : undefined,
  );
}

export function listAudit(db: Db, filter: AuditFilter, page: number, pageSize: number) {
  const where = whereOf(filter);
  // The actor's name as it reads now: a colleague who has left keeps their user row, so their name too.
  const items = db.select({ entry: auditLog, actorName: users.name }).from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId)).where(where)
    .orderBy(desc(auditLog.id)).limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { items: items.map(({ entry, actorName }) => ({ ...entry, actorName })), total };
}
