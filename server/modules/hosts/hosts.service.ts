import { canChangeHostStatus, isSigned, statusAfterSigning } from '../../domain/host-status';
import { ageOn, birthDateIssue, birthDateOfResidentId, signingIssue } from '../../domain/identity';
import { formatInstant } from '../../domain/zones';
import { text } from '../../domain/text';
import { maskSensitive, tierAllowed, type SensitiveField } from '../../domain/roster';
import { writeTransaction } from '../../db/write';
import type { Actor, AppDeps } from '../../deps';
import { notFound, ruleBroken } from '../../errors';
import type { Db } from '../../db/client';
import { recordAudit } from '../../db/audit';
import { agencyToday, currentSettings } from '../settings/settings.service';
import type { HostCreate, HostPatch, HostQuery } from '../../shared/api/hosts';
import { findHost, hostsByIds, insertHost, listHosts, updateHostRow, userExists, type HostRow } from './hosts.repo';

/** A host as every response and the audit log show it: sensitive fields masked, for every role. */
export interface ViewContext { timezone: string; today: string }

/** The agency's zone and today, which a host's view needs (its instants and age). */
export function viewContext(deps: Pick<AppDeps, 'sqlite' | 'clock'>): ViewContext {
  return { timezone: currentSettings(deps).timezone, today: agencyToday(deps) };
}

/**
 * A host as every response, list, export and audit entry shows it (SPEC section 4): sensitive values masked to
 * their last four characters, and no birth date at all but the age in whole years and whether the host is a
 * minor, enough for compliance and too little to rebuild an ID number. Admin and finance reveal a value, audited.
 */
export function hostView(host: HostRow, ctx: ViewContext) {
  const age = host.birthDate ? ageOn(host.birthDate, ctx.today) : null;
  return {
    id: host.id, stageName: host.stageName, legalName: host.legalName, status: host.status, agentId: host.agentId,
    tier: host.tier, categories: host.categories, joinDate: host.joinDate, birthDate: null, birthDateOnFile: host.birthDate !== null,
    age, minor: age === null ? null : age < 18, notes: host.notes,
    realNameVerified: host.realNameVerified, guardianConsent: host.guardianConsent,
    idNumber: maskSensitive(host.idNumber), phone: maskSensitive(host.phone),
    bankAccount: maskSensitive(host.bankAccount), bankName: maskSensitive(host.bankName),
    archived: host.archivedAt !== null,
    createdAt: formatInstant(host.createdAt, ctx.timezone), updatedAt: formatInstant(host.updatedAt, ctx.timezone),
  };
}

/** Loads a host or answers 404. */
export function requireHost(db: Db, id: number): HostRow {
  const host = findHost(db, id);
  if (!host) throw notFound('Host', id);
  return host;
}

function checkAgent(db: Db, agentId: number | null | undefined): void {
  if (agentId !== undefined && agentId !== null && !userExists(db, agentId)) {
    throw ruleBroken('agentId', text(`No staff user has id ${agentId}`, `没有 id 为 ${agentId} 的员工用户`));
  }
}

/** SPEC section 4: the age rules, judged on the agency's today, for a host who is or is becoming signed. */
export function checkSigningAge(deps: Pick<AppDeps, 'sqlite' | 'clock'>, host: Pick<HostRow, 'status' | 'birthDate' | 'guardianConsent'>, field?: string): void {
  if (!isSigned(host.status)) return;
  const issue = signingIssue(host, agencyToday(deps));
  if (issue) throw ruleBroken(field ?? issue.field, issue.message);
}

type AgeFields = Pick<HostRow, 'status' | 'birthDate' | 'guardianConsent' | 'idNumber'>;

/** The host's birth date is checked against today and the ID number before the age rules read it. */
function checkAgeRules(deps: Pick<AppDeps, 'sqlite' | 'clock'>, host: AgeFields): void {
  const problem = birthDateIssue(host, agencyToday(deps));
  if (problem) throw ruleBroken('birthDate', problem);
  checkSigningAge(deps, host);
}

/** The tier must be one the agency lists in its settings (422 naming `tier`), unless the host has it already. */
function checkTier(deps: Pick<AppDeps, 'sqlite'>, tier: string | null | undefined, current: string | null = null): void {
  const tiers = currentSettings(deps).hostTiers;
  if (tierAllowed(tier, tiers, current)) return;
  throw ruleBroken('tier', text(`Choose one of the agency's tiers: ${tiers.join(', ')}`, `请从机构设定的级别中选择：${tiers.join('、')}`));
}

export function createHost(deps: AppDeps, actor: Actor, input: HostCreate) {
  const ctx = viewContext(deps);
  return writeTransaction(deps.db, (tx) => {
    checkAgent(tx, input.agentId);
    checkTier(deps, input.tier);
    // The ID number carries the birth date: it fills a missing one, so the age rules can apply.
    const birthDate = input.birthDate ?? (input.idNumber ? birthDateOfResidentId(input.idNumber) : null);
    const fields = { ...input, categories: input.categories ?? [], birthDate, idNumber: input.idNumber ?? null, guardianConsent: input.guardianConsent ?? false };
    checkAgeRules(deps, fields);
    const at = deps.clock.now();
    const host = insertHost(tx, { ...fields, createdAt: at, updatedAt: at });
    const view = hostView(host, ctx);
    recordAudit(tx, { actor, at, action: 'create', entity: 'host', entityId: host.id, after: view });
    return view;
  });
}

export function updateHost(deps: AppDeps, actor: Actor, id: number, patch: HostPatch) {
  const ctx = viewContext(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireHost(tx, id);
    checkAgent(tx, patch.agentId);
    checkTier(deps, patch.tier, before.tier);
    if (patch.status && !canChangeHostStatus(before.status, patch.status)) {
      const resign = before.status === 'terminated' && patch.status === 'active';
      const hint = resign ? ': sign a new contract instead' : '';
      throw ruleBroken('status', text(`A host cannot go from ${before.status} to ${patch.status} by an edit${hint}`,
        `主播不能通过编辑从 ${before.status} 变为 ${patch.status}${resign ? '：请改为签订新合约' : ''}`));
    }
    const merged = { ...before, ...patch };
    const birthDate = merged.birthDate ?? (merged.idNumber ? birthDateOfResidentId(merged.idNumber) : null);
    checkAgeRules(deps, { ...merged, birthDate });
    const at = deps.clock.now();
    const after = updateHostRow(tx, id, { ...patch, birthDate, updatedAt: at });
    const view = hostView(after, ctx);
    recordAudit(tx, { actor, at, action: 'update', entity: 'host', entityId: id, before: hostView(before, ctx), after: view });
    return view;
  });
}

/** Archiving hides a host from the roster without losing history; archiving twice changes nothing. */
export function archiveHost(deps: AppDeps, actor: Actor, id: number) {
  const ctx = viewContext(deps);
  return writeTransaction(deps.db, (tx) => {
    const before = requireHost(tx, id);
    if (before.archivedAt !== null) return hostView(before, ctx);
    const at = deps.clock.now();
    const after = updateHostRow(tx, id, { archivedAt: at, updatedAt: at });
    const view = hostView(after, ctx);
    recordAudit(tx, { actor, at, action: 'archive', entity: 'host', entityId: id, before: hostView(before, ctx), after: view });
    return view;
  });
}

/** One clear sensitive value, for a role allowed to see it. The audit records who and which field, never the value. */
export function revealHostField(deps: AppDeps, actor: Actor, id: number, field: SensitiveField) {
  return writeTransaction(deps.db, (tx) => {
    const host = requireHost(tx, id);
    recordAudit(tx, { actor, at: deps.clock.now(), action: 'reveal', entity: 'host', entityId: id, after: { field } });
    return { field, value: host[field] };
  });
}

export function getHost(deps: AppDeps, id: number) {
  return hostView(requireHost(deps.db, id), viewContext(deps));
}

export function searchHosts(deps: AppDeps, query: HostQuery) {
  const ctx = viewContext(deps);
  const { items, total } = listHosts(deps.db, query);
  return { items: items.map((h) => hostView(h, ctx)), total, page: query.page, pageSize: query.pageSize };
}

/** Stage names by host id, for lists that name hosts. */
export { stageNamesOf } from './hosts.repo';

export { findHost };

/** Signing (a contract becoming active): the age rules apply, and the host becomes active, also from terminated. */
export function signHost(deps: AppDeps, tx: Db, actor: Actor, hostId: number, at: Date): void {
  const host = findHost(tx, hostId);
  if (!host) throw ruleBroken('hostId', text(`No host has id ${hostId}`, `没有 id 为 ${hostId} 的主播`));
  checkSigningAge(deps, { ...host, status: 'active' }, 'hostId');
  const status = statusAfterSigning(host.status);
  if (status === host.status) return;
  const ctx = viewContext(deps);
  const after = updateHostRow(tx, hostId, { status, updatedAt: at });
  recordAudit(tx, { actor, at, action: 'update', entity: 'host', entityId: hostId, before: hostView(host, ctx), after: hostView(after, ctx) });
}

/** The hosts as any list shows them (sensitive fields masked), by id. */
export interface HostSummary { id: number; stageName: string; legalName: string; idNumber: string | null; agentId: number | null }

/** Who the hosts are, as a statement names them: names, the ID number masked, the agent. */
export function hostSummaries(db: Db, ids: number[]): Map<number, HostSummary> {
  return new Map(hostsByIds(db, ids).map((h) => [h.id, { id: h.id, stageName: h.stageName, legalName: h.legalName, idNumber: maskSensitive(h.idNumber), agentId: h.agentId }]));
}

export { hostIdsNamed, hostIdsOfAgent } from './hosts.repo';
