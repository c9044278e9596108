import { complianceIssues } from '../../domain/compliance';
import { formatInstant } from '../../domain/zones';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { can } from '../../shared/permissions';
import { recordAudit } from '../../db/audit';
import { requireHost } from '../hosts/hosts.service';
import { agencyToday, currentSettings } from '../settings/settings.service';
import { insertQualification, qualificationsOfHost, rosterForCompliance, type QualificationRow } from './compliance.repo';
import type { ComplianceQuery, QualificationCreate } from '../../shared/api/compliance';

function qualificationView(q: QualificationRow, today: string, timezone: string) {
  return {
    id: q.id, hostId: q.hostId, category: q.category, certificateNumber: q.certificateNumber, expiresOn: q.expiresOn,
    valid: q.expiresOn >= today, createdAt: formatInstant(q.createdAt, timezone),
  };
}

export function addQualification(deps: AppDeps, actor: Actor, hostId: number, input: QualificationCreate) {
  const { timezone } = currentSettings(deps);
  const today = agencyToday(deps);
  return writeTransaction(deps.db, (tx) => {
    requireHost(tx, hostId);
    const at = deps.clock.now();
    const view = qualificationView(insertQualification(tx, { hostId, ...input, createdAt: at }), today, timezone);
    recordAudit(tx, { actor, at, action: 'create', entity: 'qualification', entityId: view.id, after: view });
    return view;
  });
}

export function hostQualifications(deps: AppDeps, hostId: number, query: { page: number; pageSize: number }) {
  const { timezone } = currentSettings(deps);
  const today = agencyToday(deps);
  requireHost(deps.db, hostId);
  const { items, total } = qualificationsOfHost(deps.db, hostId, query.page, query.pageSize);
  return { items: items.map((q) => qualificationView(q, today, timezone)), total, page: query.page, pageSize: query.pageSize };
}

function groupByHost<T extends { hostId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const row of rows) out.set(row.hostId, [...(out.get(row.hostId) ?? []), row]);
  return out;
}

/**
 * Per host on the roster, what is missing or expires within the window. Contracts are left out for
 * roles that may not read them (scheduler, viewer), as they are everywhere else.
 */
export function complianceReport(deps: AppDeps, actor: Actor, query: ComplianceQuery) {
  const today = agencyToday(deps);
  const { list, quals, active } = rosterForCompliance(deps.db, query.hostId);
  const qualsOf = groupByHost(quals);
  const contractsOf = groupByHost(can(actor.role, 'contracts.read') ? active : []);
  const flagged = list
    .map((h) => ({
      hostId: h.id, stageName: h.stageName, status: h.status,
      issues: complianceIssues({ ...h, qualifications: qualsOf.get(h.id) ?? [], activeContracts: contractsOf.get(h.id) ?? [] }, today, query.withinDays),
    }))
    .filter((h) => h.issues.length > 0);
  const start = (query.page - 1) * query.pageSize;
  return { items: flagged.slice(start, start + query.pageSize), total: flagged.length, page: query.page, pageSize: query.pageSize };
}

/** Qualifications expired or expiring within the window (the dashboard; the list behind it is the compliance report). */
export function expiringQualificationCount(deps: AppDeps, actor: Actor, withinDays: number): number {
  const { items } = complianceReport(deps, actor, { withinDays, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  return items.reduce((n, h) => n + h.issues.filter((i) => i.kind === 'qualification_expiring').length, 0);
}

export { checkQualifications, type SessionToSell } from './qualification-check';
