import type Database from 'better-sqlite3';
import type { Actor } from '../deps';
import type { Db } from './client';
import { perConnection } from './per-connection';

export interface AuditInput {
  actor: Pick<Actor, 'id' | 'email'> | null;
  at: Date;
  action: string;
  entity: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
}

// One statement prepared per connection: the booking path writes an entry per request, and drizzle's
// insert builder costs more than the write itself.
const auditInsert = perConnection((sqlite) =>
  sqlite.prepare('INSERT INTO audit_log (at, actor_id, actor_email, action, entity, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'));
const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));

/**
 * The one way to write the audit log (SPEC section 11): every mutation calls it inside its own
 * transaction, so the entry and the change land together or not at all. The audit log is below every
 * module because every module writes it; the audit module only reads it.
 */
export function recordAudit(db: Db, input: AuditInput): void {
  const sqlite = (db as Db & { $client: Database.Database }).$client;
  auditInsert(sqlite).run(input.at.getTime(), input.actor?.id ?? null, input.actor?.email ?? null, input.action, input.entity,
    input.entityId === null ? null : String(input.entityId), json(input.before), json(input.after));
}
