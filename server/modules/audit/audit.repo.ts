import type Database from 'better-sqlite3';
import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { perConnection } from '../../db/per-connection';
import { auditLog } from '../../db/schema';
import type { Actor } from '../../deps';

export interface AuditInput {
  actor: Pick<Actor, 'id' | 'email'> | null;
  at: Date;
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Every mutation calls this inside its own transaction, so the entry and the change land together. */
export function recordAudit(db: Db, input: AuditInput): void {
  db.insert(auditLog).values({
    at: input.at,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId === null ? null : String(input.entityId),
    before: input.before ?? null,
    after: input.after ?? null,
  }).run();
}

const auditInsert = perConnection((sqlite) =>
  sqlite.prepare('INSERT INTO audit_log (at, actor_id, actor_email, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'));
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * The same entry as recordAudit, through a statement prepared once per connection: for the hot paths
 * (booking) that already hold the raw connection. Called inside the use case's transaction too.
 */
export function appendAudit(sqlite: Database.Database, input: AuditInput): void {
  auditInsert(sqlite).run(input.at.getTime(), input.actor?.id ?? null, input.actor?.email ?? null, input.action, input.entity,
    input.entityId === null ? null : String(input.entityId), json(input.before), json(input.after));
}

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
  const items = db.select().from(auditLog).where(where)
    .orderBy(desc(auditLog.id)).limit(pageSize).offset((page - 1) * pageSize).all();
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { items, total };
}
